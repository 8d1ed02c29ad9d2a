// Creates the intervention a gap calls for: createIntervention pre-filled from the server's
// suggestion (level, targets, factors, responsible agency). The team adds a title and may narrow
// the targets and factors or pick another agency before creating it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../api/client.js';
import { op } from '../api/documents.js';
import { fieldMessage, toApiError, type ApiError } from '../api/errors.js';
import type { PlanningCreateInterventionMutation, PlanningCreateInterventionMutationVariables, PreventionLevel } from '../generated/graphql.js';
import { Dialog, FieldError } from '../board/dialogs/Dialog.js';
import { notify } from '../app/notify.js';
import type { Gap } from './Gaps.js';
import { NS } from './strings.js';

const CREATE = op<PlanningCreateInterventionMutation, PlanningCreateInterventionMutationVariables>('PlanningCreateIntervention');
const LEVELS: PreventionLevel[] = ['GENERAL', 'SPECIFIC', 'INDIVIDUAL'];

interface Named {
  id: string;
  name: string;
}

interface Props {
  boardId: string;
  gap: Gap;
  people: Named[];
  groups: Named[];
  factors: Named[];
  agencies: Named[];
  onDone(): void;
  onClose(): void;
}

/** A list of checkboxes, all checked to start with, for the ids the suggestion named. */
function Picks({ legend, ids, names, chosen, onToggle }: { legend: string; ids: string[]; names: Map<string, string>; chosen: Set<string>; onToggle(id: string): void }) {
  if (!ids.length) return null;
  return (
    <fieldset>
      <legend>{legend}</legend>
      {ids.map((id) => (
        <label key={id} className="choice">
          <input type="checkbox" checked={chosen.has(id)} onChange={() => onToggle(id)} /> {names.get(id) ?? id}
        </label>
      ))}
    </fieldset>
  );
}

export function CreateFromGap({ boardId, gap, people, groups, factors, agencies, onDone, onClose }: Props) {
  const { t: tp } = useTranslation(NS);
  const s = gap.suggestion!;
  const [title, setTitle] = useState('');
  const [level, setLevel] = useState<PreventionLevel>(s.level);
  const [status, setStatus] = useState<'PLANNED' | 'ACTIVE'>('PLANNED');
  const [agencyId, setAgencyId] = useState(s.responsibleAgencyId ?? '');
  const [chosen, setChosen] = useState(() => new Set([...s.targetPersonIds, ...s.targetGroupIds, ...s.reducesFactorIds, ...s.strengthensFactorIds]));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const names = new Map([...people, ...factors, ...groups.map((g) => ({ id: g.id, name: `${tp('wholeGroup')}: ${g.name}` }))].map((x) => [x.id, x.name]));
  const toggle = (id: string) => setChosen((cur) => {
    const next = new Set(cur);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  const keep = (ids: string[]) => ids.filter((id) => chosen.has(id));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await mutate(CREATE, {
        input: {
          boardId, title, level, status, responsibleAgencyId: agencyId || null,
          targetPersonIds: keep(s.targetPersonIds), targetGroupIds: keep(s.targetGroupIds),
          reducesFactorIds: keep(s.reducesFactorIds), strengthensFactorIds: keep(s.strengthensFactorIds),
        },
      });
      notify(tp('created', { title: r.createIntervention.title }));
      onDone();
    } catch (err) {
      setError(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const titleError = fieldMessage(error, 'title');
  return (
    <Dialog title={tp('dialogTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <label htmlFor="gap-title">{tp('interventionTitle')}</label>
        <input id="gap-title" value={title} onChange={(e) => setTitle(e.target.value)} required autoFocus aria-invalid={!!titleError} aria-describedby={titleError ? 'gap-title-error' : undefined} />
        <FieldError id="gap-title-error" message={titleError} />
        <label htmlFor="gap-level">{tp('level')}</label>
        <select id="gap-level" value={level} onChange={(e) => setLevel(e.target.value as PreventionLevel)}>
          {LEVELS.map((l) => <option key={l} value={l}>{tp(`levels.${l}`)}</option>)}
        </select>
        <label htmlFor="gap-status">{tp('status')}</label>
        <select id="gap-status" value={status} onChange={(e) => setStatus(e.target.value as 'PLANNED' | 'ACTIVE')}>
          <option value="PLANNED">{tp('statuses.PLANNED')}</option>
          <option value="ACTIVE">{tp('statuses.ACTIVE')}</option>
        </select>
        <label htmlFor="gap-agency">{tp('responsible')}</label>
        <select id="gap-agency" value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
          <option value="">{tp('noAgency')}</option>
          {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
        <Picks legend={tp('targets')} ids={[...s.targetGroupIds, ...s.targetPersonIds]} names={names} chosen={chosen} onToggle={toggle} />
        <Picks legend={tp('reduces')} ids={s.reducesFactorIds} names={names} chosen={chosen} onToggle={toggle} />
        <Picks legend={tp('strengthens')} ids={s.strengthensFactorIds} names={names} chosen={chosen} onToggle={toggle} />
        {error && !titleError && <p role="alert" className="form-error">{error.message}</p>}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>{tp('cancel')}</button>
          <button type="submit" className="btn btn-primary" disabled={busy}>{tp('create')}</button>
        </div>
      </form>
    </Dialog>
  );
}
