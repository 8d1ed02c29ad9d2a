// The list beside the highlighted board: what changed since the last meeting, each item a button
// that shows it on the board.
import { useTranslation } from 'react-i18next';
import { useBoard } from './context.js';
import { changeCount, type ChangeSet, type ChangedTie } from './changes.js';
import type { Tie } from './model.js';
import { formatDate } from '../i18n/format.js';

export function ChangesPanel({ changes }: { changes: ChangeSet }) {
  const { t } = useTranslation();
  const b = useBoard();
  const groupName = (id: string) => b.board.groups.find((g) => g.id === id)?.name ?? '';
  const pair = (x: { sourceId: string; targetId: string; directed?: boolean }) => `${b.nameOf(x.sourceId)} ${x.directed ? '→' : '—'} ${b.nameOf(x.targetId)}`;
  const tieText = (x: Tie) => `${pair(x)}: ${t(`tieTypes.${x.type}`)}, ${t('panel.strengthN', { n: x.strength })}, ${t(`valences.${x.valence}`)}`;
  const changedText = (c: ChangedTie) => {
    const parts: string[] = [];
    if (c.before.type !== c.tie.type) parts.push(`${t(`tieTypes.${c.before.type}`)} → ${t(`tieTypes.${c.tie.type}`)}`);
    if (c.before.strength !== c.tie.strength) parts.push(t('changes.strength', { from: c.before.strength, to: c.tie.strength }));
    if (c.before.valence !== c.tie.valence) parts.push(`${t(`valences.${c.before.valence}`)} → ${t(`valences.${c.tie.valence}`)}`);
    if (c.before.directed !== c.tie.directed) parts.push(c.tie.directed ? t('changes.nowDirected') : t('changes.nowUndirected'));
    return `${pair(c.tie)}: ${parts.join(', ') || t('changes.edited')}`;
  };
  const n = changeCount(changes);

  return (
    <div className="panel changes-panel">
      <h2 id="panel-title">{t('changes.title', { date: formatDate(changes.since) })}</h2>
      <p aria-live="polite">{n ? t('changes.count', { count: n }) : t('changes.none')}</p>
      {changes.newTies.length > 0 && (
        <section aria-labelledby="chg-new" className="panel-section">
          <h3 id="chg-new"><span className="chg-dot chg-dot-new" aria-hidden="true" />{t('changes.newTies')}</h3>
          <ul className="plain">
            {changes.newTies.map((x) => (
              <li key={x.id}>
                <button type="button" className="link-button" onClick={() => b.select({ kind: 'tie', id: x.id })}>{tieText(x)}</button>
                <span className="muted"> · {formatDate(x.validFrom)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {changes.changedTies.length > 0 && (
        <section aria-labelledby="chg-changed" className="panel-section">
          <h3 id="chg-changed"><span className="chg-dot chg-dot-changed" aria-hidden="true" />{t('changes.changedTies')}</h3>
          <ul className="plain">
            {changes.changedTies.map((c) => (
              <li key={c.tie.id}>
                <button type="button" className="link-button" onClick={() => b.select({ kind: 'tie', id: c.tie.id })}>{changedText(c)}</button>
                <span className="muted"> · {formatDate(c.lastChangedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {changes.endedTies.length > 0 && (
        <section aria-labelledby="chg-ended" className="panel-section">
          <h3 id="chg-ended"><span className="chg-dot chg-dot-ended" aria-hidden="true" />{t('changes.endedTies')}</h3>
          <ul className="plain">
            {changes.endedTies.map((x) => (
              <li key={x.id}>
                <button type="button" className="link-button" onClick={() => b.select({ kind: 'endedTie', id: x.id })}>{tieText(x)}</button>
                <span className="muted"> · {t('changes.endedOn', { date: formatDate(x.validTo ?? '') })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {changes.memberships.length > 0 && (
        <section aria-labelledby="chg-members" className="panel-section">
          <h3 id="chg-members"><span className="chg-dot chg-dot-new" aria-hidden="true" />{t('changes.memberships')}</h3>
          <ul className="plain">
            {changes.memberships.map((m) => {
              const who = b.nameOf(m.membership.personId);
              const group = groupName(m.membership.groupId);
              const text =
                m.kind === 'joined'
                  ? t('changes.joined', { who, group, role: t(`roles.${m.membership.role}`) })
                  : m.kind === 'left'
                    ? t('changes.left', { who, group })
                    : t('changes.roleChanged', { who, group, from: t(`roles.${m.previousRole}`), to: t(`roles.${m.membership.role}`) });
              return (
                <li key={`${m.kind}-${m.membership.id}`}>
                  <button type="button" className="link-button" onClick={() => b.select({ kind: 'person', id: m.membership.personId })}>{text}</button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {(changes.newGroupLinks.length > 0 || changes.endedGroupLinks.length > 0) && (
        <section aria-labelledby="chg-links" className="panel-section">
          <h3 id="chg-links">{t('changes.groupLinks')}</h3>
          <ul className="plain">
            {changes.newGroupLinks.map((l) => (
              <li key={l.id}>{t('changes.linkNew', { type: t(`groupLinkTypes.${l.type}`), from: groupName(l.sourceId), to: groupName(l.targetId) })}</li>
            ))}
            {changes.endedGroupLinks.map((l) => (
              <li key={l.id}>{t('changes.linkEnded', { type: t(`groupLinkTypes.${l.type}`), from: groupName(l.sourceId), to: groupName(l.targetId) })}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
