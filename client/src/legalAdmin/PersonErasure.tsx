// Erasure on request (erasePerson), for the role the policy allows (a coordinator on the board).
// Deliberately two steps: first the reason (required, a code: the access log keeps it), then typing
// the person's name as shown or their initials. Erasure cannot be undone, so the safe choice comes
// first and takes the focus at each step.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import type * as G from '../generated/graphql.js';
import { notify } from '../app/notify.js';
import { useBoard } from '../board/context.js';
import { Dialog, FieldError } from '../board/dialogs/Dialog.js';
import { ERASERS } from './roles.js';
import { confirmsName } from './confirmName.js';
import { NS } from './strings.js';

const ERASE = op<G.ErasePersonMutation, G.ErasePersonMutationVariables>('ErasePerson');
const REASONS: G.ErasureReason[] = ['SUBJECT_REQUEST', 'GUARDIAN_REQUEST', 'CONSENT_WITHDRAWN', 'NO_LONGER_NEEDED', 'ENTERED_IN_ERROR', 'UNLAWFUL'];

function EraseDialog({ name, initials, onErase, onClose }: { name: string; initials: string; onErase(reason: G.ErasureReason): void; onClose(): void }) {
  const { t } = useTranslation();
  const { t: tl } = useTranslation(NS);
  const [step, setStep] = useState<1 | 2>(1);
  const [reason, setReason] = useState<G.ErasureReason | ''>('');
  const [reasonError, setReasonError] = useState(false);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);

  const next = (e: FormEvent) => {
    e.preventDefault();
    if (!reason) return setReasonError(true);
    setStep(2);
  };
  const erase = (e: FormEvent) => {
    e.preventDefault();
    if (!reason) return setStep(1);
    if (!confirmsName(typed, name, initials)) return setMismatch(true);
    onErase(reason);
    onClose();
  };

  return (
    <Dialog title={tl('erase.dialogTitle', { name })} onClose={onClose} describedBy="erase-body">
      <p id="erase-body">{tl('erase.body')}</p>
      {step === 1 ? (
        <form onSubmit={next} noValidate>
          <label htmlFor="erase-reason">{tl('erase.reason')}</label>
          <select
            id="erase-reason" value={reason} required
            onChange={(e) => { setReason(e.target.value as G.ErasureReason | ''); setReasonError(false); }}
            aria-invalid={reasonError} aria-describedby={reasonError ? 'erase-reason-error' : undefined}
          >
            <option value="">{tl('erase.choose')}</option>
            {REASONS.map((r) => <option key={r} value={r}>{tl(`erase.reasonOption.${r}`)}</option>)}
          </select>
          <FieldError id="erase-reason-error" message={reasonError ? tl('erase.reasonRequired') : undefined} />
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose} autoFocus>{t('common.cancel')}</button>
            <button type="submit" className="btn btn-primary">{tl('erase.next')}</button>
          </div>
        </form>
      ) : (
        <form onSubmit={erase} noValidate>
          <p><strong>{tl(`erase.reasonOption.${reason || 'SUBJECT_REQUEST'}`)}</strong></p>
          <label htmlFor="erase-confirm-name">{tl('erase.typeToConfirm', { name })}</label>
          <input
            id="erase-confirm-name" value={typed} autoComplete="off" spellCheck={false} autoFocus
            onChange={(e) => { setTyped(e.target.value); setMismatch(false); }}
            aria-invalid={mismatch} aria-describedby={`erase-confirm-help${mismatch ? ' erase-confirm-error' : ''}`}
          />
          <p id="erase-confirm-help" className="help">{tl('erase.typeHelp', { name, initials })}</p>
          <FieldError id="erase-confirm-error" message={mismatch ? tl('erase.mismatch', { name }) : undefined} />
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={onClose}>{t('common.cancel')}</button>
            <button type="button" className="btn" onClick={() => setStep(1)}>{tl('erase.back')}</button>
            <button type="submit" className="btn btn-danger">{tl('erase.confirm')}</button>
          </div>
        </form>
      )}
    </Dialog>
  );
}

export function PersonErasure({ personId }: { personId: string }) {
  const { t: tl } = useTranslation(NS);
  const b = useBoard();
  const [open, setOpen] = useState(false);
  const person = b.board.people.find((p) => p.id === personId);
  if (!person || !b.editable || !b.role || !ERASERS.has(b.role)) return null;
  const name = b.nameOf(personId);

  const erase = (reason: G.ErasureReason) =>
    b.run(async () => {
      await mutate(ERASE, { id: personId, reason });
      b.select(null);
      notify(tl('erase.erased'));
      // Gone from every board: show this one as it now is.
      await b.reload?.();
    });

  return (
    <section aria-labelledby="sec-erase" className="panel-section">
      <h3 id="sec-erase">{tl('erase.title')}</h3>
      <p className="muted">{tl('erase.intro')}</p>
      <button type="button" className="btn btn-small btn-danger" disabled={b.busy} onClick={() => setOpen(true)}>{tl('erase.open')}</button>
      {open && <EraseDialog name={name} initials={person.initials} onErase={(r) => void erase(r)} onClose={() => setOpen(false)} />}
    </section>
  );
}
