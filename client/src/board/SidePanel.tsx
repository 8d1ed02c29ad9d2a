// The right-hand panel: what is selected (person, tie, group), else the changes list, else help.
import { useTranslation } from 'react-i18next';
import { useBoard } from './context.js';
import type { Selection } from './BoardCanvas.js';
import { ChangesPanel } from './ChangesPanel.js';
import { PersonPanel } from '../panels/PersonPanel.js';
import { TiePanel } from '../panels/TiePanel.js';
import { GroupPanel } from '../panels/GroupPanel.js';
import { formatDate } from '../i18n/format.js';

export function SidePanel({ selection, onClose }: { selection: Selection | null; onClose(): void }) {
  const { t } = useTranslation();
  const b = useBoard();
  let body: React.ReactNode = null;
  if (selection?.kind === 'person') body = <PersonPanel personId={selection.id} />;
  else if (selection?.kind === 'tie') body = <TiePanel tieId={selection.id} />;
  else if (selection?.kind === 'group') body = <GroupPanel groupId={selection.id} />;
  else if (selection?.kind === 'groupLink') {
    const l = b.board.groupLinks.find((x) => x.id === selection.id);
    const name = (id: string) => b.board.groups.find((g) => g.id === id)?.name ?? '';
    if (l)
      body = (
        <div className="panel">
          <h2 id="panel-title">{t(`groupLinkTypes.${l.type}`)}: {name(l.sourceId)} — {name(l.targetId)}</h2>
          <p>{t('panel.since', { date: formatDate(l.validFrom) })}</p>
          {!b.meeting && l.note && <p>{l.note}</p>}
          {b.editable && <button type="button" className="btn" onClick={() => void b.run(() => b.actions.endGroupLink(l.id))}>{t('panel.endLink')}</button>}
        </div>
      );
  } else if (selection?.kind === 'endedTie') {
    const x = b.changes?.endedTies.find((e) => e.id === selection.id);
    if (x)
      body = (
        <div className="panel">
          <h2 id="panel-title">{b.nameOf(x.sourceId)} — {b.nameOf(x.targetId)}</h2>
          <p>{t(`tieTypes.${x.type}`)} · {t('panel.strengthN', { n: x.strength })} · {t(`valences.${x.valence}`)}</p>
          <p>{t('changes.endedOn', { date: formatDate(x.validTo ?? '') })}</p>
        </div>
      );
  }
  if (!body && b.changes) body = <ChangesPanel changes={b.changes} />;

  return (
    <aside className="side-panel" aria-labelledby={body ? 'panel-title' : 'panel-help-title'}>
      {selection && (
        <button type="button" className="btn btn-small panel-close" onClick={onClose}>
          {b.changes ? t('panel.backToChanges') : t('panel.close')}
        </button>
      )}
      {body ?? (
        <div className="panel">
          <h2 id="panel-help-title">{t('panel.helpTitle')}</h2>
          <ul className="help-list">
            {b.editable && <li>{t('panel.helpAdd')}</li>}
            {b.editable && <li>{t('panel.helpTie')}</li>}
            <li>{t('panel.helpSelect')}</li>
            <li>{t('panel.helpKeyboard')}</li>
          </ul>
        </div>
      )}
    </aside>
  );
}
