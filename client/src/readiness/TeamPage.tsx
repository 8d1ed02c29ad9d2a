// The municipality's readiness team: everyone on staff sees who is on it; whoever the policy lets
// keep it (rule admin-readiness-team: administrators) adds and removes members and sets the
// address each one's alerts are e-mailed to (setReadinessTeamMember).
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, toApiError, type ApiError } from '../api/errors.js';
import { notify } from '../app/notify.js';
import { formatDate } from '../i18n/format.js';
import type {
  ReadinessTeamQuery, ReadinessTeamQueryVariables, SetReadinessTeamMemberMutation, SetReadinessTeamMemberMutationVariables, TeamCandidatesQuery,
  TeamCandidatesQueryVariables,
} from '../generated/graphql.js';
import { looksLikeEmail } from './email.js';
import './readiness.css';

const TEAM = op<ReadinessTeamQuery, ReadinessTeamQueryVariables>('ReadinessTeam');
const CANDIDATES = op<TeamCandidatesQuery, TeamCandidatesQueryVariables>('TeamCandidates');
const SET = op<SetReadinessTeamMemberMutation, SetReadinessTeamMemberMutationVariables>('SetReadinessTeamMember');

/** The roles the policy lets keep the team (policy.json, rule admin-readiness-team). */
export const TEAM_KEEPERS = new Set(['ADMIN']);

type Member = ReadinessTeamQuery['readinessTeam'][number];
type Candidate = TeamCandidatesQuery['users']['nodes'][number];

/** Every account that may be on the team: not an outside reporter, not disabled (the server refuses those too). */
async function allCandidates(): Promise<Candidate[]> {
  const out: Candidate[] = [];
  let after: string | null = null;
  for (;;) {
    const r: TeamCandidatesQuery = await query(CANDIDATES, { after });
    out.push(...r.users.nodes.filter((u) => u.role !== 'REPORTER' && u.disabled !== true));
    if (!r.users.pageInfo.hasNextPage || !r.users.pageInfo.endCursor) return out;
    after = r.users.pageInfo.endCursor;
  }
}

/** Translated message for a failed change: the field's own, or the whole answer's. */
function problem(error: ApiError, field: string): string {
  return fieldMessage(error, field) ?? error.message;
}

function MemberRow({ m, keeper, mine, onChanged }: { m: Member; keeper: boolean; mine: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const name = m.user.displayName;
  const [email, setEmail] = useState(m.email ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = `team-email-error-${m.user.id}`;

  const change = async (member: boolean) => {
    const value = email.trim();
    if (member && value && !looksLikeEmail(value)) {
      setError(t('readinessTeam.badEmail'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await mutate(SET, { userId: m.user.id, member, email: member ? value || null : null });
      notify(t(member ? 'readinessTeam.saved' : 'readinessTeam.removed', { name }));
      onChanged();
    } catch (err) {
      setError(problem(toApiError(err), 'email'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{m.user.username}</td>
      <td>{t(`userRoles.${m.user.role}`)}</td>
      <td>{formatDate(m.since.slice(0, 10))}</td>
      <td>
        {keeper ? (
          <form className="team-email" onSubmit={(e) => { e.preventDefault(); void change(true); }} noValidate>
            <input
              type="email"
              autoComplete="off"
              aria-label={t('readinessTeam.emailFor', { name })}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={!!error}
              aria-describedby={error ? errorId : undefined}
            />
            <button type="submit" className="btn btn-small" disabled={busy} aria-label={t('readinessTeam.saveFor', { name })}>{t('readinessTeam.save')}</button>
            {error && <p id={errorId} className="form-error" role="alert">{error}</p>}
          </form>
        ) : (
          // The server shows an address only to its member and to those who keep the team.
          m.email ?? t(mine ? 'readinessTeam.noEmail' : 'readinessTeam.hidden')
        )}
      </td>
      {keeper && (
        <td>
          <button type="button" className="btn btn-small" disabled={busy} aria-label={t('readinessTeam.removeFor', { name })} onClick={() => void change(false)}>
            {t('readinessTeam.remove')}
          </button>
        </td>
      )}
    </tr>
  );
}

function AddMember({ candidates, onAdded }: { candidates: Candidate[]; onAdded(): void }) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<{ field: 'userId' | 'email'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = email.trim();
    if (!userId) return setError({ field: 'userId', text: t('readinessTeam.chooseUser') });
    if (value && !looksLikeEmail(value)) return setError({ field: 'email', text: t('readinessTeam.badEmail') });
    setBusy(true);
    setError(null);
    try {
      await mutate(SET, { userId, member: true, email: value || null });
      notify(t('readinessTeam.added', { name: candidates.find((c) => c.id === userId)?.displayName ?? '' }));
      setUserId('');
      setEmail('');
      onAdded();
    } catch (err) {
      const api = toApiError(err);
      const field = fieldMessage(api, 'userId') ? 'userId' : 'email';
      setError({ field, text: problem(api, field) });
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (field: 'userId' | 'email') => (error?.field === field ? 'team-add-error' : undefined);
  return (
    <form className="situation-form card" onSubmit={submit} noValidate aria-labelledby="team-add-h">
      <h2 id="team-add-h">{t('readinessTeam.add')}</h2>
      <label>
        {t('readinessTeam.user')}
        <select value={userId} onChange={(e) => setUserId(e.target.value)} aria-invalid={error?.field === 'userId'} aria-describedby={errorFor('userId')}>
          <option value="">{t('readinessTeam.choose')}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>{`${c.displayName} (${c.username}, ${t(`userRoles.${c.role}`)})`}</option>
          ))}
        </select>
      </label>
      <label>
        {t('readinessTeam.email')}
        <span className="help" id="team-add-email-help">{t('readinessTeam.emailHelp')}</span>
        <input
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={error?.field === 'email'}
          aria-describedby={['team-add-email-help', errorFor('email')].filter(Boolean).join(' ')}
        />
      </label>
      {error && <p id="team-add-error" className="form-error" role="alert">{error.text}</p>}
      <button type="submit" className="btn btn-primary" disabled={busy}>{t('readinessTeam.addButton')}</button>
    </form>
  );
}

export function TeamPage({ role }: { role: string }) {
  const { t } = useTranslation();
  const keeper = TEAM_KEEPERS.has(role);
  const [data, setData] = useState<ReadinessTeamQuery | null>(null);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => {
    setError(null);
    query(TEAM, {}).then(setData, (e) => setError(toApiError(e)));
    if (keeper) allCandidates().then(setCandidates, (e) => setError(toApiError(e)));
  }, [keeper]);
  useEffect(load, [load]);

  if (!data) return <main id="main" className="page" aria-busy="true">{error?.message ?? '…'}</main>;
  const team = data.readinessTeam;
  const onTeam = new Set(team.map((m) => m.user.id));
  return (
    <main id="main" className="page">
      <h1>{t('readinessTeam.title')}</h1>
      <p>{t('readinessTeam.intro')}</p>
      {!keeper && <p className="help">{t('readinessTeam.keptBy')}</p>}
      {team.length === 0 ? (
        <p>{t('readinessTeam.empty')}</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table className="heatmap team-table">
            <caption className="visually-hidden">{t('readinessTeam.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('readinessTeam.name')}</th>
                <th scope="col">{t('readinessTeam.username')}</th>
                <th scope="col">{t('readinessTeam.role')}</th>
                <th scope="col">{t('readinessTeam.since')}</th>
                <th scope="col">{t('readinessTeam.email')}</th>
                {keeper && <th scope="col">{t('readinessTeam.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {team.map((m) => <MemberRow key={`${m.user.id}:${m.email ?? ''}`} m={m} keeper={keeper} mine={m.user.id === data.me?.id} onChanged={load} />)}
            </tbody>
          </table>
        </div>
      )}
      {error && <p className="form-error" role="alert">{error.message}</p>}
      {keeper && <AddMember candidates={candidates.filter((c) => !onTeam.has(c.id))} onAdded={load} />}
    </main>
  );
}
