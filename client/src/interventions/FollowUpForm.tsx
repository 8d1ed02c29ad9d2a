// The weekly follow-up (addFollowUp): progress, a note, the factor levels observed for the young
// people the intervention targets (by default only the factors it works on; others can be added)
// and the next follow-up date, a week on unless changed.
import { useEffect, useState, type FormEvent } from 'react';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, toApiError, type ApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { Dialog, FieldError } from '../board/dialogs/Dialog.js';
import { notify } from '../app/notify.js';
import { addDays, defaultObservations, observationInputs, utcToday, type ObservationRow } from './logic.js';
import { useInterventionText } from './InterventionTable.js';
import type { Detail } from './InterventionDetail.js';

const ADD = op<G.AddFollowUpMutation, G.AddFollowUpMutationVariables>('AddFollowUp');
const CHOICES = op<G.InterventionEditChoicesQuery, G.InterventionEditChoicesQueryVariables>('InterventionEditChoices');
const PROGRESS: G.Progress[] = ['ON_TRACK', 'DELAYED', 'STOPPED', 'DONE'];
const LEVELS = ['0', '1', '2', '3'];

export function FollowUpForm({ boardId, i, onClose, onDone }: { boardId: string; i: Detail; onClose(): void; onDone(): void }) {
  const { ti } = useInterventionText();
  const today = utcToday();
  const [date, setDate] = useState(today);
  const [progress, setProgress] = useState<G.Progress>('ON_TRACK');
  const [note, setNote] = useState('');
  const [rows, setRows] = useState<ObservationRow[]>(() => defaultObservations(i));
  const [next, setNext] = useState(addDays(today, 7));
  const [choices, setChoices] = useState<G.InterventionEditChoicesQuery | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // Which form row each sent observation came from (the server names errors by sent position).
  const [sentRows, setSentRows] = useState<number[]>([]);
  const fixed = defaultObservations(i).length;

  useEffect(() => {
    query(CHOICES, { boardId }).then(setChoices, () => undefined);
  }, [boardId]);
  const people = (choices?.board?.people ?? []).filter((p) => p.kind === 'YOUNG_PERSON');
  const factors = choices?.factors ?? [];
  const setRow = (n: number, patch: Partial<ObservationRow>) => setRows((rs) => rs.map((r, k) => (k === n ? { ...r, ...patch } : r)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const sent = observationInputs(rows);
      setSentRows(sent.map((o) => o.row));
      const observations = sent.map(({ personId, factorId, level }) => ({ personId, factorId, level }));
      await mutate(ADD, { input: { interventionId: i.id, date: date || null, progress, note: note.trim() || null, observations, nextFollowUp: next || null } });
      notify(ti('recorded'));
      onDone();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const dateMsg = fieldMessage(error, 'date');
  const nextMsg = fieldMessage(error, 'nextFollowUp');
  const noteMsg = fieldMessage(error, 'note');
  const rowMsg = (n: number) => error?.fields.filter((f) => f.field.includes(`observations.${sentRows.indexOf(n)}.`)).map((f) => f.message).join(' ') || undefined;
  const other = error && (error.fields.length === 0 ? error.message : error.fields.filter((f) => !/observations\.\d+\.|^(input\.)?(date|nextFollowUp|note)$/.test(f.field)).map((f) => f.message).join(' '));

  return (
    <Dialog title={ti('followUpTitle', { title: i.title })} onClose={onClose} className="intervention-dialog">
      <form onSubmit={submit} noValidate>
        <div className="form-row">
          <div>
            <label htmlFor="fu-date">{ti('followUpDate')}</label>
            <input id="fu-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={!!dateMsg} aria-describedby={dateMsg ? 'fu-date-error' : undefined} />
            <FieldError id="fu-date-error" message={dateMsg} />
          </div>
          <div>
            <label htmlFor="fu-next">{ti('field.nextFollowUp')}</label>
            <input id="fu-next" type="date" value={next} onChange={(e) => setNext(e.target.value)} aria-invalid={!!nextMsg} aria-describedby={nextMsg ? 'fu-next-error' : 'fu-next-help'} />
            <p id="fu-next-help" className="help">{ti('nextFollowUpHelp')}</p>
            <FieldError id="fu-next-error" message={nextMsg} />
          </div>
        </div>
        <fieldset>
          <legend>{ti('progressLabel')}</legend>
          <div className="segmented">
            {PROGRESS.map((p) => (
              <label key={p} className="choice">
                <input type="radio" name="fu-progress" value={p} checked={progress === p} onChange={() => setProgress(p)} /> {ti(`progress.${p}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label htmlFor="fu-note">{ti('followUpNote')}</label>
        <textarea id="fu-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={!!noteMsg} aria-describedby={noteMsg ? 'fu-note-error' : undefined} />
        <FieldError id="fu-note-error" message={noteMsg} />
        <fieldset className="observations">
          <legend>{ti('observations')}</legend>
          <p className="help">{ti('observationsHelp')}</p>
          {fixed === 0 && <p className="muted">{ti('noObservations')}</p>}
          <ul className="observation-rows">
            {rows.map((r, n) => {
              const m = rowMsg(n);
              const levelLabel = ti('levelFor', { person: r.personName || ti('person'), factor: r.factorName || ti('factor') });
              return (
                <li key={n}>
                  {n < fixed ? (
                    <span className="observation-what">{r.personName}: {r.factorName}</span>
                  ) : (
                    <>
                      <label className="visually-hidden" htmlFor={`fu-person-${n}`}>{ti('person')}</label>
                      <select id={`fu-person-${n}`} value={r.personId} onChange={(e) => setRow(n, { personId: e.target.value, personName: people.find((p) => p.id === e.target.value)?.alias ?? '' })}>
                        <option value="">{ti('person')}: {ti('choose')}</option>
                        {people.map((p) => <option key={p.id} value={p.id}>{p.alias}</option>)}
                      </select>
                      <label className="visually-hidden" htmlFor={`fu-factor-${n}`}>{ti('factor')}</label>
                      <select id={`fu-factor-${n}`} value={r.factorId} onChange={(e) => setRow(n, { factorId: e.target.value, factorName: factors.find((f) => f.id === e.target.value)?.name ?? '' })}>
                        <option value="">{ti('factor')}: {ti('choose')}</option>
                        {factors.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
                      </select>
                    </>
                  )}
                  <label className="visually-hidden" htmlFor={`fu-level-${n}`}>{levelLabel}</label>
                  <select id={`fu-level-${n}`} value={r.level} onChange={(e) => setRow(n, { level: e.target.value })} aria-invalid={!!m} aria-describedby={m ? `fu-row-${n}-error` : undefined}>
                    <option value="">{ti('notObserved')}</option>
                    {LEVELS.map((l) => <option key={l} value={l}>{ti('levelN', { n: l })}</option>)}
                  </select>
                  {n >= fixed && (
                    <button type="button" className="btn" onClick={() => setRows((rs) => rs.filter((_, k) => k !== n))}>{ti('removeObservation')}</button>
                  )}
                  <FieldError id={`fu-row-${n}-error`} message={m} />
                </li>
              );
            })}
          </ul>
          <button type="button" className="btn" onClick={() => setRows((rs) => [...rs, { personId: '', personName: '', factorId: '', factorName: '', level: '' }])}>{ti('addObservation')}</button>
        </fieldset>
        {other && <p role="alert" className="form-error">{other}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{ti('cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{ti('record')}</button>
        </div>
      </form>
    </Dialog>
  );
}
