// The group panel's factor profile: per factor, how many of today's members carry it (level 2 or
// 3) on two days and the change, risk and protective in separate tables. The numbers are text;
// the bar beside the later count only repeats it.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { op } from '../../api/documents.js';
import { fieldMessage, toApiError } from '../../api/errors.js';
import type * as G from '../../generated/graphql.js';
import { addDays, todayIso } from '../../board/model.js';
import { FieldError } from '../../board/dialogs/Dialog.js';
import { formatDate } from '../../i18n/format.js';
import { ChangeText } from './FactorHistory.js';
import { KINDS, splitByKind } from './model.js';
import { NS } from './strings.js';
import './factors.css';

const PROFILE = op<G.GroupFactorProfileQuery, G.GroupFactorProfileQueryVariables>('GroupFactorProfile');

type Row = NonNullable<G.GroupFactorProfileQuery['groupFactorProfile']>['factors'][number];

/** The default comparison: eight weeks back, about two months of weekly follow-ups. */
export const DEFAULT_WEEKS = 8;

function KindTable({ kind, rows, from, to, members }: { kind: G.FactorKind; rows: Row[]; from: string; to: string; members: number }) {
  const { t: tf } = useTranslation(NS);
  const id = `profile-${kind.toLowerCase()}`;
  return (
    <div className="group-profile-kind">
      <h4 id={id}>{tf(`kinds.${kind}`)}</h4>
      {!rows.length ? <p className="muted">{tf('group.noneOfKind')}</p> : (
        <table className="compact group-profile-table" aria-labelledby={id}>
          <caption className="visually-hidden">{tf('group.caption', { kind: tf(`kinds.${kind}`), from: formatDate(from), to: formatDate(to) })}</caption>
          <thead>
            <tr>
              <th scope="col">{tf('group.factor')}</th>
              <th scope="col" className="num">{formatDate(from)}</th>
              <th scope="col" className="num">{formatDate(to)}</th>
              <th scope="col">{tf('group.change')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.factor.id}>
                <th scope="row">{r.factor.name} <span className="muted">({tf(`domains.${r.factor.domain}`)})</span></th>
                <td className="num">{r.countFrom}</td>
                <td className="num">
                  {r.countTo}
                  <span className={`count-bar ${kind === 'RISK' ? 'risk' : 'protective'}`} aria-hidden="true" style={{ width: `${members ? (r.countTo / members) * 3 : 0}em` }} />
                </td>
                <td><ChangeText kind={kind} change={r.change} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

export function GroupProfile({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const { t: tf } = useTranslation(NS);
  const [to, setTo] = useState(todayIso());
  const [from, setFrom] = useState(addDays(todayIso(), -7 * DEFAULT_WEEKS));
  // The dates asked for: changed by the form's button, so typing a date does not query each key.
  const [asked, setAsked] = useState({ from, to });
  const q = useQuery(PROFILE, { variables: { groupId, from: asked.from, to: asked.to || null }, fetchPolicy: 'no-cache' });
  const error = q.error ? toApiError(q.error) : null;
  const profile = q.data?.groupFactorProfile;
  const rows = splitByKind(profile?.factors ?? []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsked({ from, to });
  };
  const fromError = fieldMessage(error, 'from');
  const toError = fieldMessage(error, 'to');

  return (
    <section aria-labelledby="sec-group-profile" className="panel-section group-profile">
      <h3 id="sec-group-profile">{tf('group.title')}</h3>
      <p className="help">{tf('group.help')}</p>
      <form className="row group-profile-dates" onSubmit={submit} noValidate>
        <div>
          <label htmlFor="profile-from">{tf('group.from')}</label>
          <input id="profile-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={fromError ? true : undefined} aria-describedby={fromError ? 'profile-from-error' : undefined} />
        </div>
        <div>
          <label htmlFor="profile-to">{tf('group.to')}</label>
          <input id="profile-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={toError ? true : undefined} aria-describedby={toError ? 'profile-to-error' : undefined} />
        </div>
        <button type="submit" className="btn">{tf('group.show')}</button>
      </form>
      <FieldError id="profile-from-error" message={fromError} />
      <FieldError id="profile-to-error" message={toError} />
      {q.loading ? <p className="muted">{t('app.loading')}</p> : error ? (
        !error.fields.length && <p className="muted" role="alert">{error.code === 'BAD_USER_INPUT' ? error.message : tf('group.unavailable')}</p>
      ) : !profile ? <p className="muted">{tf('group.unavailable')}</p> : !profile.factors.length ? (
        <p className="muted">{tf('group.none')}</p>
      ) : (
        <>
          <p>{tf('group.members', { n: profile.memberCount })}</p>
          {KINDS.map((k) => <KindTable key={k} kind={k} rows={rows[k]} from={profile.from} to={profile.to} members={profile.memberCount} />)}
        </>
      )}
    </section>
  );
}
