import { useTranslation } from 'react-i18next';
import { useBoard } from '../board/context.js';
import { ROLES } from '../board/palette.js';
import type { MembershipRole } from '../board/model.js';
import { formatDate } from '../i18n/format.js';
// Issue 5: the group's factor profile (sensitive: not in meeting mode).
import { GroupProfile } from './factors/GroupProfile.js';

export function GroupPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const b = useBoard();
  const group = b.board.groups.find((g) => g.id === groupId);
  if (!group) return null;
  const members = b.board.memberships.filter((m) => m.groupId === groupId).sort((a, x) => ROLES.indexOf(a.role) - ROLES.indexOf(x.role));
  const links = b.board.groupLinks.filter((l) => l.sourceId === groupId || l.targetId === groupId);
  const groupName = (id: string) => b.board.groups.find((g) => g.id === id)?.name ?? '';
  return (
    <div className="panel group-panel">
      <h2 id="panel-title">{group.name}</h2>
      {!b.meeting && group.description && <p>{group.description}</p>}
      {b.editable && (
        <div className="panel-actions">
          <button type="button" className="btn" onClick={() => b.openDialog({ kind: 'membership', personId: null, groupId })}>{t('panel.addMember')}</button>
        </div>
      )}
      <section aria-labelledby="sec-members" className="panel-section">
        <h3 id="sec-members">{t('panel.members', { n: members.length })}</h3>
        {!members.length ? <p className="muted">{t('panel.none')}</p> : (
          <ul className="plain">
            {members.map((m) => (
              <li key={m.id} className="row">
                <button type="button" className="link-button" onClick={() => b.select({ kind: 'person', id: m.personId })}>{b.nameOf(m.personId)}</button>
                {b.editable ? (
                  <>
                    <label className="visually-hidden" htmlFor={`grole-${m.id}`}>{t('memberForm.roleOf', { person: b.nameOf(m.personId) })}</label>
                    <select id={`grole-${m.id}`} value={m.role} onChange={(e) => void b.run(() => b.actions.setRole(m.id, e.target.value as MembershipRole))}>
                      {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
                    </select>
                    <button type="button" className="btn btn-small" onClick={() => void b.run(() => b.actions.endMember(m.id))} aria-label={t('panel.removeFromGroup', { person: b.nameOf(m.personId) })}>
                      {t('panel.remove')}
                    </button>
                  </>
                ) : (
                  <span>{t(`roles.${m.role}`)}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="sec-links" className="panel-section">
        <h3 id="sec-links">{t('panel.groupLinks')}</h3>
        {!links.length ? <p className="muted">{t('panel.none')}</p> : (
          <ul className="plain">
            {links.map((l) => (
              <li key={l.id} className="row">
                <span>
                  {t(`groupLinkTypes.${l.type}`)}: <strong>{groupName(l.sourceId === groupId ? l.targetId : l.sourceId)}</strong> · {t('panel.since', { date: formatDate(l.validFrom) })}
                </span>
                {b.editable && (
                  <button type="button" className="btn btn-small" onClick={() => void b.run(() => b.actions.endGroupLink(l.id))}>{t('panel.endLink')}</button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {!b.meeting && <GroupProfile groupId={groupId} />}
    </div>
  );
}
