// The commitments in a meeting's minutes: who does what by when, agreed at this meeting. They are
// the board's interventions' own Commitments (addCommitment with agreedOn = the meeting's date),
// so they also show on the intervention, in the overdue lists and in the minutes PDF.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, toApiError, type ApiError } from '../api/errors.js';
import { navigate } from '../app/router.js';
import { notify } from '../app/notify.js';
import { formatDate } from '../i18n/format.js';
import { planningPath } from '../planning/route.js';
import type {
  AddMeetingCommitmentMutation, AddMeetingCommitmentMutationVariables, MeetingChoicesQuery, MeetingDetailQuery, SetCommitmentDoneMutation,
  SetCommitmentDoneMutationVariables,
} from '../generated/graphql.js';

const ADD = op<AddMeetingCommitmentMutation, AddMeetingCommitmentMutationVariables>('AddMeetingCommitment');
const DONE = op<SetCommitmentDoneMutation, SetCommitmentDoneMutationVariables>('SetCommitmentDone');

export type Choices = MeetingChoicesQuery;
type Commitment = NonNullable<MeetingDetailQuery['meeting']>['commitments'][number];

const DAY_MS = 86_400_000;
const weekAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10);

function CommitmentItem({ c, canEdit, onChanged }: { c: Commitment; canEdit: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  // Shown at once; put back if the server refuses.
  const [done, setDone] = useState(c.done);
  const who = c.assigneeUser?.displayName ?? c.assigneeContact?.name ?? '';
  const text = t('meetingCommitments.item', { what: c.what, who, date: formatDate(c.dueDate), title: c.intervention.title });
  const toggle = async (next: boolean) => {
    setError(null);
    setDone(next);
    try {
      await mutate(DONE, { input: { id: c.id, version: c.version, done: next } });
      onChanged();
    } catch (err) {
      setDone(!next);
      setError(toApiError(err).message);
    }
  };
  return (
    <li>
      {canEdit ? (
        <label className="choice">
          <input type="checkbox" checked={done} onChange={(e) => void toggle(e.target.checked)} />
          <span><span className="visually-hidden">{t('meetingCommitments.done')}: </span>{text}</span>
        </label>
      ) : (
        <span>{text}{done ? ' ✓' : ''}</span>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </li>
  );
}

function AddCommitment({ boardId, meetingId, date, choices, onAdded }: { boardId: string; meetingId: string; date: string; choices: Choices; onAdded(): void }) {
  const { t } = useTranslation();
  // Only what is still in the plan: a finished or cancelled intervention takes no new commitments.
  const interventions = (choices.board?.interventions ?? []).filter((i) => i.status !== 'COMPLETED' && i.status !== 'CANCELLED');
  const [interventionId, setInterventionId] = useState('');
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [due, setDue] = useState(() => weekAfter(date));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `${f}-${meetingId}`;

  if (interventions.length === 0) {
    return (
      <p className="help">
        {t('meetingCommitments.noInterventions')}{' '}
        <a href={planningPath(boardId)} onClick={(e) => { e.preventDefault(); navigate(planningPath(boardId)); }}>{t('meetingCommitments.planning')}</a>
      </p>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const [kind, assignee] = who.split(':');
    try {
      await mutate(ADD, {
        input: {
          interventionId, what, dueDate: due, agreedOn: date,
          assigneeUserId: kind === 'user' ? assignee : null, assigneeContactId: kind === 'contact' ? assignee : null,
        },
      });
      notify(t('meetingCommitments.added'));
      setWhat('');
      setWho('');
      onAdded();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const message = error
    && (['interventionId', 'what', 'assigneeContactId', 'assigneeUserId', 'dueDate'].map((f) => fieldMessage(error, f)).find(Boolean) ?? error.message);

  return (
    <form className="situation-form" onSubmit={submit} aria-labelledby={id('add-commitment-h')}>
      <h4 id={id('add-commitment-h')}>{t('meetingCommitments.add')}</h4>
      <label>
        {t('meetingCommitments.intervention')}
        <select required value={interventionId} onChange={(e) => setInterventionId(e.target.value)}>
          <option value="" />
          {interventions.map((i) => <option key={i.id} value={i.id}>{i.title}</option>)}
        </select>
      </label>
      <label>
        {t('meetingCommitments.what')}
        <textarea required rows={2} value={what} onChange={(e) => setWhat(e.target.value)} />
      </label>
      <label>
        {t('meetingCommitments.who')}
        <select required value={who} onChange={(e) => setWho(e.target.value)}>
          <option value="" />
          <optgroup label={t('meetingCommitments.team')}>
            {(choices.board?.team ?? []).map((u) => <option key={u.id} value={`user:${u.id}`}>{u.displayName}</option>)}
          </optgroup>
          {choices.agencies.filter((a) => a.contacts.length > 0).map((a) => (
            <optgroup key={a.id} label={a.name}>
              {a.contacts.map((c) => <option key={c.id} value={`contact:${c.id}`}>{c.name}</option>)}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {t('meetingCommitments.due')}
        <input type="date" required value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      {message && <p className="form-error" role="alert">{message}</p>}
      <button type="submit" className="btn" disabled={busy}>{t('meetingCommitments.button')}</button>
    </form>
  );
}

export function MeetingCommitments(props: {
  boardId: string;
  meetingId: string;
  date: string;
  commitments: Commitment[];
  choices: Choices | null;
  canEdit: boolean;
  onChanged(): void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h4>{t('situation.meetings.commitments')}</h4>
      {props.commitments.length === 0 && <p>{t('situation.meetings.none')}</p>}
      <ul className="commitment-list">
        {props.commitments.map((c) => <CommitmentItem key={`${c.id}:${c.version}`} c={c} canEdit={props.canEdit} onChanged={props.onChanged} />)}
      </ul>
      {props.canEdit && props.choices && (
        <AddCommitment boardId={props.boardId} meetingId={props.meetingId} date={props.date} choices={props.choices} onAdded={props.onChanged} />
      )}
    </>
  );
}
