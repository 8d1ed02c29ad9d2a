import { useTranslation } from 'react-i18next';
import { useBoard } from '../board/context.js';
import { ROLES, tieTypeStyle, valenceStyle } from '../board/palette.js';
import type { MembershipRole } from '../board/model.js';
import { Communities, Contacts, Interventions } from './PersonDetails.js';
// Issue 5: the profile with the "Assess a factor" form and the factor history.
import { PersonFactors } from './factors/PersonFactors.js';
import { PersonOverdue } from '../planning/Overdue.js';
import { LegalSection } from './LegalSection.js';
// Issue 6: how long the person's data is kept, and their reference for access requests.
import { PersonRetention } from './PersonRetention.js';
// Issue 6: erasure on request (client/src/legalAdmin).
import { PersonErasure } from '../legalAdmin/PersonErasure.js';

export function PersonPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const b = useBoard();
  const person = b.board.people.find((p) => p.id === personId);
  if (!person) return null;
  const ties = b.board.ties.filter((x) => x.sourceId === personId || x.targetId === personId);
  const memberships = b.board.memberships.filter((m) => m.personId === personId);
  const groupName = (id: string) => b.board.groups.find((g) => g.id === id)?.name ?? '';

  return (
    <div className="panel person-panel">
      <h2 id="panel-title">
        {person.toneSetter && <span aria-hidden="true">★ </span>}
        {b.nameOf(person.id)}
      </h2>
      <p className="muted">
        {t(`personKinds.${person.kind}`)}
        {person.toneSetter && <> · {t('panel.toneSetter')}</>}
      </p>
      <div className="panel-actions">
        <button type="button" className="btn" onClick={() => b.setFocus({ personId, depth: 1 })}>{t('panel.focus1')}</button>
        <button type="button" className="btn" onClick={() => b.setFocus({ personId, depth: 2 })}>{t('panel.focus2')}</button>
        {b.editable && (
          <>
            <button type="button" className="btn" aria-pressed={person.toneSetter} disabled={b.busy} onClick={() => void b.run(() => b.actions.setToneSetter(personId, !person.toneSetter))}>
              {person.toneSetter ? t('panel.unmarkToneSetter') : t('panel.markToneSetter')}
            </button>
            <button type="button" className="btn" onClick={() => b.openDialog({ kind: 'tie', sourceId: personId, targetId: null })}>{t('panel.drawTie')}</button>
            <button type="button" className="btn" disabled={!b.board.groups.length} onClick={() => b.openDialog({ kind: 'membership', personId, groupId: null })}>{t('panel.addToGroup')}</button>
            {!b.meeting && <button type="button" className="btn" onClick={() => b.openDialog({ kind: 'editPerson', personId })}>{t('panel.rename')}</button>}
          </>
        )}
      </div>

      <section aria-labelledby="sec-ties" className="panel-section">
        <h3 id="sec-ties">{t('panel.ties', { n: ties.length })}</h3>
        {!ties.length ? <p className="muted">{t('panel.none')}</p> : (
          <ul className="plain tie-list">
            {ties.map((x) => {
              const other = x.sourceId === personId ? x.targetId : x.sourceId;
              const arrow = !x.directed ? '—' : x.sourceId === personId ? '→' : '←';
              return (
                <li key={x.id}>
                  <span className="swatch" style={{ background: tieTypeStyle[x.type].colour }} aria-hidden="true" />
                  <span>
                    <span aria-hidden="true">{arrow} </span>
                    <span className="visually-hidden">{x.directed ? (x.sourceId === personId ? t('panel.towards') : t('panel.from')) : ''} </span>
                    <strong>{b.nameOf(other)}</strong> · {t(`tieTypes.${x.type}`)} · {t('panel.strengthN', { n: x.strength })} ·{' '}
                    <span className="badge" style={{ background: valenceStyle[x.valence].colour, color: valenceStyle[x.valence].text }} aria-hidden="true">{valenceStyle[x.valence].symbol}</span> {t(`valences.${x.valence}`)}
                  </span>
                  <button type="button" className="btn btn-small" onClick={() => b.select({ kind: 'tie', id: x.id })}>{t('panel.show')}</button>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="sec-groups" className="panel-section">
        <h3 id="sec-groups">{t('panel.groups')}</h3>
        {!memberships.length ? <p className="muted">{t('panel.none')}</p> : (
          <ul className="plain">
            {memberships.map((m) => (
              <li key={m.id} className="row">
                <strong>{groupName(m.groupId)}</strong>
                {b.editable ? (
                  <>
                    <label className="visually-hidden" htmlFor={`role-${m.id}`}>{t('memberForm.roleIn', { group: groupName(m.groupId) })}</label>
                    <select id={`role-${m.id}`} value={m.role} onChange={(e) => void b.run(() => b.actions.setRole(m.id, e.target.value as MembershipRole))}>
                      {ROLES.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
                    </select>
                    <button type="button" className="btn btn-small" onClick={() => void b.run(() => b.actions.endMember(m.id))}>
                      {t('panel.leaveGroup')}
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

      {b.meeting ? (
        <p className="notice">{t('meeting.detailsHidden')}</p>
      ) : (
        <>
          <Communities personId={personId} />
          <PersonFactors personId={personId} />
          <Contacts personId={personId} />
          {/* Issue 6: the consents about the person and the information shared about them. */}
          <LegalSection personId={personId} />
          <Interventions boardId={b.boardId} personId={personId} groupIds={memberships.map((m) => m.groupId)} />
          {/* Issue 5: overdue follow-ups and commitments, and planning for this person. */}
          <PersonOverdue boardId={b.boardId} personId={personId} />
          <PersonRetention personId={personId} />
          <PersonErasure personId={personId} />
        </>
      )}
    </div>
  );
}
