// One intervention in full: every field, its follow-ups latest first (with the levels observed)
// and the commitments agreed for it. Editors edit it and record the weekly follow-up from here.
import type { InterventionDetailQuery } from '../generated/graphql.js';
import { formatDate } from '../i18n/format.js';
import { latestFirst } from './logic.js';
import { NextFollowUp, useInterventionText } from './InterventionTable.js';

export type Detail = NonNullable<InterventionDetailQuery['intervention']>;

export function InterventionDetail({ i, canEdit, onEdit, onFollowUp }: { i: Detail; canEdit: boolean; onEdit(): void; onFollowUp(): void }) {
  const x = useInterventionText();
  const { ti, none } = x;
  const date = (d: string | null | undefined) => (d ? formatDate(d) : none);
  return (
    <>
      {canEdit && (
        <p className="intervention-actions">
          <button type="button" className="btn" onClick={onEdit}>{ti('edit')}</button>
          <button type="button" className="btn btn-primary" onClick={onFollowUp}>{ti('followUp')}</button>
        </p>
      )}
      {i.followUpOverdue && i.nextFollowUp && <p className="overdue-flag" role="status">{ti('overdueSince', { date: formatDate(i.nextFollowUp) })}</p>}
      <section className="card" aria-labelledby="intervention-details">
        <h2 id="intervention-details">{ti('details')}</h2>
        <dl className="intervention-fields">
          <dt>{ti('description')}</dt>
          <dd>{i.description || none}</dd>
          <dt>{ti('col.level')}</dt>
          <dd>{ti(`levels.${i.level}`)}</dd>
          <dt>{ti('col.status')}</dt>
          <dd>{ti(`statuses.${i.status}`)}</dd>
          <dt>{ti('period')}</dt>
          <dd>{ti('from')}: {date(i.startDate)} · {ti('to')}: {date(i.endDate)}</dd>
          <dt>{ti('col.responsible')}</dt>
          <dd>{ti('agency')}: {i.responsibleAgency?.name ?? none} · {ti('contact')}: {i.responsibleContact?.name ?? none}</dd>
          <dt>{ti('involved')}</dt>
          <dd>{x.list(i.involvedAgencies.map((a) => a.name))}</dd>
          <dt>{ti('col.targets')}</dt>
          <dd>{x.targets(i)}</dd>
          <dt>{ti('col.strengthens')}</dt>
          <dd>{x.list(i.strengthens.map((f) => f.name))}</dd>
          <dt>{ti('col.reduces')}</dt>
          <dd>{x.list(i.reduces.map((f) => f.name))}</dd>
          <dt>{ti('col.cost')}</dt>
          <dd>{x.cost(i)}</dd>
          <dt>{ti('col.nextFollowUp')}</dt>
          <dd><NextFollowUp i={i} /></dd>
        </dl>
      </section>
      <section aria-labelledby="intervention-followups">
        <h2 id="intervention-followups">{ti('followUps')}</h2>
        {i.followUps.length === 0 ? (
          <p className="muted">{ti('noFollowUps')}</p>
        ) : (
          <ol className="followup-list">
            {latestFirst(i.followUps).map((f) => (
              <li key={f.id}>
                <strong>{formatDate(f.date)}</strong>: <span className={`progress progress-${f.progress.toLowerCase()}`}>{ti(`progress.${f.progress}`)}</span>
                {f.note && <p>{f.note}</p>}
                {f.observations.length > 0 && (
                  <ul>
                    {f.observations.map((o) => (
                      <li key={o.id}>{ti('observed', { person: o.person.alias, factor: o.factor.name, level: o.level })}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="intervention-commitments">
        <h2 id="intervention-commitments">{ti('commitments')}</h2>
        {i.commitments.length === 0 ? (
          <p className="muted">{ti('noCommitments')}</p>
        ) : (
          <table className="data-table" aria-labelledby="intervention-commitments">
            <thead>
              <tr>
                {(['what', 'who', 'due', 'agreed', 'state'] as const).map((c) => <th key={c} scope="col">{ti(`commitmentCol.${c}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {i.commitments.map((c) => (
                <tr key={c.id}>
                  <td>{c.what}</td>
                  <td>{c.assigneeContact?.name ?? c.assigneeUser?.displayName ?? none}</td>
                  <td>{formatDate(c.dueDate)}</td>
                  <td>{date(c.agreedOn)}</td>
                  <td>
                    {c.done ? ti('commitmentState.done', { date: date(c.doneOn) }) : c.overdue ? <strong className="overdue-flag">{ti('commitmentState.overdue')}</strong> : ti('commitmentState.open')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
