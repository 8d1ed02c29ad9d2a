// Edits an intervention (updateIntervention with the version read). Only what the user changed is
// sent; a stale edit shows the server's translated message and the form starts again from the
// latest version (the parent reloads it), and invalid fields get their message under them.
import { useEffect, useState, type FormEvent } from 'react';
import { mutate, query } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, otherFieldProblems, toApiError, type ApiError } from '../api/errors.js';
import type * as G from '../generated/graphql.js';
import { Dialog, FieldError } from '../board/dialogs/Dialog.js';
import { notify } from '../app/notify.js';
import { changes, costProblem, formFrom, withChosen, type EditForm } from './logic.js';
import { Checks } from './Checks.js';
import { useInterventionText } from './InterventionTable.js';
import type { Detail } from './InterventionDetail.js';

const CHOICES = op<G.InterventionEditChoicesQuery, G.InterventionEditChoicesQueryVariables>('InterventionEditChoices');
const UPDATE = op<G.UpdateInterventionMutation, G.UpdateInterventionMutationVariables>('UpdateIntervention');
const LEVELS: G.PreventionLevel[] = ['GENERAL', 'SPECIFIC', 'INDIVIDUAL'];
const STATUSES: G.InterventionStatus[] = ['PLANNED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED'];
const UNITS: G.CostUnit[] = ['PER_WEEK', 'PER_DAY', 'ONE_OFF'];

interface Props {
  boardId: string;
  i: Detail;
  onClose(): void;
  onSaved(): void;
  /** The edit was refused as stale: reload the intervention. */
  onStale(): void;
}

export function EditIntervention({ boardId, i, onClose, onSaved, onStale }: Props) {
  const { ti } = useInterventionText();
  const [choices, setChoices] = useState<G.InterventionEditChoicesQuery | null>(null);
  const [form, setForm] = useState<EditForm>(() => formFrom(i));
  const [error, setError] = useState<ApiError | null>(null);
  const [amountError, setAmountError] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    query(CHOICES, { boardId }).then(setChoices, (e) => setError(toApiError(e)));
  }, [boardId]);
  // A reload after a stale edit brings a new version: start again from it (the message stays).
  useEffect(() => setForm(formFrom(i)), [i]);

  const set = <K extends keyof EditForm>(k: K, v: EditForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const agencies = choices?.agencies ?? [];
  const contacts = agencies.find((a) => a.id === form.responsibleAgencyId)?.contacts ?? [];
  const factors = choices?.factors ?? [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setAmountError(costProblem(form) === 'badAmount');
    if (costProblem(form)) return;
    const input = changes(i.id, i.version, formFrom(i), form);
    if (Object.keys(input).length === 2) {
      notify(ti('nothingChanged'));
      onClose();
      return;
    }
    setBusy(true);
    try {
      const r = await mutate(UPDATE, { input });
      notify(ti('saved', { title: r.updateIntervention.title }));
      onSaved();
    } catch (err) {
      const api = toApiError(err);
      setError(api);
      if (api.code === 'STALE_VERSION') onStale();
    } finally {
      setBusy(false);
    }
  };

  const msg = (field: string) => fieldMessage(error, field);
  const text = (field: 'title' | 'startDate' | 'endDate' | 'nextFollowUp', type: 'text' | 'date') => {
    const m = msg(field);
    return (
      <>
        <label htmlFor={`edit-${field}`}>{ti(`field.${field}`)}</label>
        <input
          id={`edit-${field}`} type={type} value={form[field]} onChange={(e) => set(field, e.target.value)}
          aria-invalid={!!m} aria-describedby={m ? `edit-${field}-error` : undefined}
        />
        <FieldError id={`edit-${field}-error`} message={m} />
      </>
    );
  };
  const currencyMsg = msg('currency');
  const amountMsg = amountError ? ti('badAmount') : msg('amount') ?? msg('cost');
  const shown = ['title', 'description', 'startDate', 'endDate', 'nextFollowUp', 'currency', 'amount', 'cost'];
  const general = error && (error.fields.length === 0 || (otherFieldProblems(error, shown)?.length ?? 0) > 0);

  return (
    <Dialog title={ti('editTitle', { title: i.title })} onClose={onClose} className="intervention-dialog">
      <form onSubmit={submit} noValidate>
        {text('title', 'text')}
        <label htmlFor="edit-description">{ti('field.description')}</label>
        <textarea id="edit-description" rows={3} value={form.description} onChange={(e) => set('description', e.target.value)} aria-invalid={!!msg('description')} aria-describedby={msg('description') ? 'edit-description-error' : undefined} />
        <FieldError id="edit-description-error" message={msg('description')} />
        <div className="form-row">
          <div>
            <label htmlFor="edit-level">{ti('field.level')}</label>
            <select id="edit-level" value={form.level} onChange={(e) => set('level', e.target.value as G.PreventionLevel)}>
              {LEVELS.map((l) => <option key={l} value={l}>{ti(`levels.${l}`)}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="edit-status">{ti('field.status')}</label>
            <select id="edit-status" value={form.status} onChange={(e) => set('status', e.target.value as G.InterventionStatus)}>
              {STATUSES.map((s) => <option key={s} value={s}>{ti(`statuses.${s}`)}</option>)}
            </select>
          </div>
        </div>
        <div className="form-row">
          <div>{text('startDate', 'date')}</div>
          <div>{text('endDate', 'date')}</div>
          <div>{text('nextFollowUp', 'date')}</div>
        </div>
        <div className="form-row">
          <div>
            <label htmlFor="edit-agency">{ti('field.agency')}</label>
            <select id="edit-agency" value={form.responsibleAgencyId} onChange={(e) => setForm((f) => ({ ...f, responsibleAgencyId: e.target.value, responsibleContactId: '' }))}>
              <option value="">{ti('field.noAgency')}</option>
              {withChosen(agencies, i.responsibleAgency ? [i.responsibleAgency] : []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="edit-contact">{ti('field.contact')}</label>
            <select id="edit-contact" value={form.responsibleContactId} onChange={(e) => set('responsibleContactId', e.target.value)}>
              <option value="">{ti('field.noContact')}</option>
              {withChosen(contacts, i.responsibleContact && form.responsibleAgencyId === i.responsibleAgency?.id ? [i.responsibleContact] : []).map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </div>
        </div>
        <div className="form-row">
          <div>
            <label htmlFor="edit-amount">{ti('field.costAmount')}</label>
            <input id="edit-amount" inputMode="decimal" value={form.costAmount} onChange={(e) => set('costAmount', e.target.value)} aria-invalid={!!amountMsg} aria-describedby={amountMsg ? 'edit-amount-error' : undefined} />
            <FieldError id="edit-amount-error" message={amountMsg} />
          </div>
          <div>
            <label htmlFor="edit-unit">{ti('field.costUnit')}</label>
            <select id="edit-unit" value={form.costUnit} onChange={(e) => set('costUnit', e.target.value as G.CostUnit)}>
              {UNITS.map((u) => <option key={u} value={u}>{ti(`units.${u}`)}</option>)}
            </select>
          </div>
          <div>
            <label htmlFor="edit-currency">{ti('field.costCurrency')}</label>
            <input id="edit-currency" value={form.costCurrency} maxLength={8} onChange={(e) => set('costCurrency', e.target.value)} aria-invalid={!!currencyMsg} aria-describedby={currencyMsg ? 'edit-currency-error' : undefined} />
            <FieldError id="edit-currency-error" message={currencyMsg} />
          </div>
        </div>
        {choices && (
          <div className="check-columns">
            <Checks legend={ti('field.people')} items={withChosen((choices.board?.people ?? []).map((p) => ({ id: p.id, name: p.alias })), i.targetPeople.map((p) => ({ id: p.id, name: p.alias })))} chosen={form.targetPersonIds} onChange={(v) => set('targetPersonIds', v)} />
            <Checks legend={ti('field.groups')} items={withChosen(choices.board?.groups ?? [], i.targetGroups)} chosen={form.targetGroupIds} onChange={(v) => set('targetGroupIds', v)} />
            <Checks legend={ti('field.involved')} items={withChosen(agencies, i.involvedAgencies)} chosen={form.involvedAgencyIds} onChange={(v) => set('involvedAgencyIds', v)} />
            <Checks legend={ti('field.reduces')} className="factor-checks" items={withChosen(factors.filter((f) => f.kind === 'RISK'), i.reduces)} chosen={form.reducesFactorIds} onChange={(v) => set('reducesFactorIds', v)} />
            <Checks legend={ti('field.strengthens')} className="factor-checks" items={withChosen(factors.filter((f) => f.kind === 'PROTECTIVE'), i.strengthens)} chosen={form.strengthensFactorIds} onChange={(v) => set('strengthensFactorIds', v)} />
          </div>
        )}
        {/* Beside the buttons, where the eye is after pressing Save (the form scrolls). */}
        {general && <p role="alert" className="form-error">{error.code === 'STALE_VERSION' ? ti('stale') : error.fields.length ? error.fields.map((f) => f.message).join(' ') : error.message}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{ti('cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{ti('save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
