// The forms on an alert's page: record convening, log a decision or an action, mark an action
// done, close. Each reports the server's translated message next to the field it is about.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, toApiError, type ApiError } from '../api/errors.js';
import type {
  CloseAlertMutation, CloseAlertMutationVariables, LogAlertActionMutation, LogAlertActionMutationVariables, LogAlertDecisionMutation,
  LogAlertDecisionMutationVariables, RecordConveningMutation, RecordConveningMutationVariables, SetAlertActionDoneMutation,
  SetAlertActionDoneMutationVariables,
} from '../generated/graphql.js';

const CONVENE = op<RecordConveningMutation, RecordConveningMutationVariables>('RecordConvening');
const DECIDE = op<LogAlertDecisionMutation, LogAlertDecisionMutationVariables>('LogAlertDecision');
const ACT = op<LogAlertActionMutation, LogAlertActionMutationVariables>('LogAlertAction');
const DONE = op<SetAlertActionDoneMutation, SetAlertActionDoneMutationVariables>('SetAlertActionDone');
const CLOSE = op<CloseAlertMutation, CloseAlertMutationVariables>('CloseAlert');

/** `datetime-local` value for now, in the device's time zone. */
const localNow = () => {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

function useSubmit(run: () => Promise<unknown>, onDone: () => void) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await run();
      onDone();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

function Problem({ error, fields }: { error: ApiError | null; fields: string[] }): ReactNode {
  if (!error) return null;
  const text = fields.map((f) => fieldMessage(error, f)).find(Boolean) ?? error.message;
  return <p className="form-error" role="alert">{text}</p>;
}

export function ConveneForm({ alertId, team, onDone }: { alertId: string; team: { id: string; displayName: string }[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [at, setAt] = useState(localNow);
  // Untouched, the time is "now" as the server sees it: the field holds whole minutes, and the
  // minute the alert was raised in would start before the alert itself.
  const [touched, setTouched] = useState(false);
  const [ids, setIds] = useState<string[]>([]);
  const [others, setOthers] = useState('');
  const [note, setNote] = useState('');
  const { error, busy, submit } = useSubmit(
    () => mutate(CONVENE, {
      input: {
        alertId, convenedAt: touched ? new Date(at).toISOString() : null, attendeeIds: ids,
        otherAttendees: others.split('\n').map((s) => s.trim()).filter(Boolean), note: note || null,
      },
    }),
    onDone,
  );
  return (
    <form className="situation-form" onSubmit={submit}>
      <label>
        {t('situation.alert.convenedAt')}
        <input type="datetime-local" required value={at} onChange={(e) => { setAt(e.target.value); setTouched(true); }} />
      </label>
      <fieldset>
        <legend>{t('situation.alert.attendees')}</legend>
        {team.map((u) => (
          <label key={u.id}>
            <input type="checkbox" checked={ids.includes(u.id)} onChange={(e) => setIds(e.target.checked ? [...ids, u.id] : ids.filter((x) => x !== u.id))} />
            {u.displayName}
          </label>
        ))}
      </fieldset>
      <label>
        {t('situation.alert.others')}
        <textarea rows={2} value={others} onChange={(e) => setOthers(e.target.value)} />
      </label>
      <label>
        {t('situation.alert.note')}
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <Problem error={error} fields={['convenedAt', 'attendeeIds', 'note']} />
      <button type="submit" className="btn btn-primary" disabled={busy}>{t('situation.alert.conveneButton')}</button>
    </form>
  );
}

export function DecisionForm({ alertId, onDone }: { alertId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const { error, busy, submit } = useSubmit(() => mutate(DECIDE, { input: { alertId, text } }).then(() => setText('')), onDone);
  return (
    <form className="situation-form" onSubmit={submit}>
      <label>
        {t('situation.alert.decision')}
        <textarea required rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <Problem error={error} fields={['text']} />
      <button type="submit" className="btn" disabled={busy}>{t('situation.alert.addDecision')}</button>
    </form>
  );
}

export function ActionForm({ alertId, onDone }: { alertId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [what, setWhat] = useState('');
  const [who, setWho] = useState('');
  const [due, setDue] = useState(() => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  const { error, busy, submit } = useSubmit(
    () => mutate(ACT, { input: { alertId, action: { what, who, due } } }).then(() => { setWhat(''); setWho(''); }),
    onDone,
  );
  return (
    <form className="situation-form" onSubmit={submit}>
      <label>
        {t('situation.alert.what')}
        <input required value={what} onChange={(e) => setWhat(e.target.value)} />
      </label>
      <label>
        {t('situation.alert.who')}
        <input required value={who} onChange={(e) => setWho(e.target.value)} />
      </label>
      <label>
        {t('situation.alert.due')}
        <input type="date" required value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      <Problem error={error} fields={['what', 'who', 'due']} />
      <button type="submit" className="btn" disabled={busy}>{t('situation.alert.addAction')}</button>
    </form>
  );
}

export function DoneToggle({ id, done, label, onDone }: { id: string; done: boolean; label: string; onDone: () => void }) {
  const { t } = useTranslation();
  // Shown at once; put back if the server refuses.
  const [on, setOn] = useState(done);
  const change = (value: boolean) => {
    setOn(value);
    mutate(DONE, { id, done: value }).then(onDone, () => setOn(!value));
  };
  return (
    <label className="row-actions">
      <input type="checkbox" checked={on} aria-label={label} onChange={(e) => change(e.target.checked)} />
      {t('situation.alert.done')}
    </label>
  );
}

export function CloseForm({ alertId, onDone }: { alertId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState('');
  const [level, setLevel] = useState<'NORMAL' | 'ELEVATED' | 'CRITICAL'>('NORMAL');
  const { error, busy, submit } = useSubmit(() => mutate(CLOSE, { input: { alertId, summary, areaLevel: level } }), onDone);
  return (
    <form className="situation-form" onSubmit={submit}>
      <label>
        {t('situation.alert.summary')}
        <textarea required rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <label>
        {t('situation.alert.levelAfter')}
        <select value={level} onChange={(e) => setLevel(e.target.value as typeof level)}>
          {(['NORMAL', 'ELEVATED', 'CRITICAL'] as const).map((l) => (
            <option key={l} value={l}>{t(`situation.levels.${l}`)}</option>
          ))}
        </select>
      </label>
      <Problem error={error} fields={['summary']} />
      <button type="submit" className="btn btn-primary" disabled={busy}>{t('situation.alert.closeButton')}</button>
    </form>
  );
}
