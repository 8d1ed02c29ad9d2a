// The interventions page's pure rules: the edit form's values and what an edit changes, the
// follow-up form's default observation rows, and the order follow-ups are shown in.
import type { CostUnit, InterventionFieldsFragment, InterventionStatus, PreventionLevel, UpdateInterventionInput } from '../generated/graphql.js';

/** Today as the server counts it (UTC), so "overdue" means the same on both sides. */
export function utcToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface EditForm {
  title: string;
  description: string;
  level: PreventionLevel;
  status: InterventionStatus;
  startDate: string;
  endDate: string;
  responsibleAgencyId: string;
  responsibleContactId: string;
  involvedAgencyIds: string[];
  targetPersonIds: string[];
  targetGroupIds: string[];
  strengthensFactorIds: string[];
  reducesFactorIds: string[];
  /** Empty: no cost. Kept as typed so the server can say what is wrong with it. */
  costAmount: string;
  costUnit: CostUnit;
  costCurrency: string;
  nextFollowUp: string;
}

const ids = (list: { id: string }[]) => list.map((x) => x.id);

export function formFrom(i: InterventionFieldsFragment): EditForm {
  return {
    title: i.title,
    description: i.description ?? '',
    level: i.level,
    status: i.status,
    startDate: i.startDate ?? '',
    endDate: i.endDate ?? '',
    responsibleAgencyId: i.responsibleAgency?.id ?? '',
    responsibleContactId: i.responsibleContact?.id ?? '',
    involvedAgencyIds: ids(i.involvedAgencies),
    targetPersonIds: ids(i.targetPeople),
    targetGroupIds: ids(i.targetGroups),
    strengthensFactorIds: ids(i.strengthens),
    reducesFactorIds: ids(i.reduces),
    costAmount: i.cost ? String(i.cost.amount) : '',
    costUnit: i.cost?.unit ?? 'PER_WEEK',
    costCurrency: i.cost?.currency ?? '',
    nextFollowUp: i.nextFollowUp ?? '',
  };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

function costOf(f: EditForm): UpdateInterventionInput['cost'] {
  if (f.costAmount.trim() === '') return null;
  // A number the server can judge (negative, too large); text that is no number at all is NaN,
  // which JSON sends as null, so it is caught here instead (see costProblem).
  return { amount: Number(f.costAmount.replace(',', '.')), unit: f.costUnit, currency: f.costCurrency.trim().toUpperCase() };
}

/** 'badAmount' when the amount typed is not a number (the server never sees it). */
export function costProblem(f: EditForm): 'badAmount' | null {
  return f.costAmount.trim() !== '' && !Number.isFinite(Number(f.costAmount.replace(',', '.'))) ? 'badAmount' : null;
}

/**
 * The update that turns `before` into `after`: only what changed, so an edit says what the user
 * meant to change (an empty text or date clears it; lists are replaced whole).
 */
export function changes(id: string, version: number, before: EditForm, after: EditForm): UpdateInterventionInput {
  const input: UpdateInterventionInput = { id, version };
  if (after.title !== before.title) input.title = after.title;
  if (after.description.trim() !== before.description.trim()) input.description = after.description.trim() || null;
  if (after.level !== before.level) input.level = after.level;
  if (after.status !== before.status) input.status = after.status;
  for (const k of ['startDate', 'endDate', 'nextFollowUp'] as const) if (after[k] !== before[k]) input[k] = after[k] || null;
  if (after.responsibleAgencyId !== before.responsibleAgencyId) input.responsibleAgencyId = after.responsibleAgencyId || null;
  if (after.responsibleContactId !== before.responsibleContactId) input.responsibleContactId = after.responsibleContactId || null;
  for (const k of ['involvedAgencyIds', 'targetPersonIds', 'targetGroupIds', 'strengthensFactorIds', 'reducesFactorIds'] as const) {
    if (!sameSet(after[k], before[k])) input[k] = after[k];
  }
  if (after.costAmount !== before.costAmount || after.costUnit !== before.costUnit || after.costCurrency !== before.costCurrency) input.cost = costOf(after);
  return input;
}

export interface ObservationRow {
  personId: string;
  personName: string;
  factorId: string;
  factorName: string;
  /** '' until the user records a level. */
  level: string;
}

/**
 * One row per target person and factor the intervention works on (reduces, then strengthens):
 * what a weekly follow-up is about. Other factors can be added by hand.
 */
export function defaultObservations(i: Pick<InterventionFieldsFragment, 'targetPeople' | 'reduces' | 'strengthens'>): ObservationRow[] {
  const factors = [...i.reduces, ...i.strengthens.filter((f) => !i.reduces.some((r) => r.id === f.id))];
  return i.targetPeople.flatMap((p) => factors.map((f) => ({ personId: p.id, personName: p.alias, factorId: f.id, factorName: f.name, level: '' })));
}

/**
 * The rows given a level (and a person and factor), as addFollowUp observations: one per person
 * and factor, the last wins. `row` is the form row each came from, to put the server's
 * per-observation errors (observations.N.…) back beside it.
 */
export function observationInputs(rows: ObservationRow[]): { personId: string; factorId: string; level: number; row: number }[] {
  const byKey = new Map<string, { personId: string; factorId: string; level: number; row: number }>();
  rows.forEach((r, row) => {
    if (r.level === '' || !r.personId || !r.factorId) return;
    const key = `${r.personId} ${r.factorId}`;
    byKey.delete(key);
    byKey.set(key, { personId: r.personId, factorId: r.factorId, level: Number(r.level), row });
  });
  return [...byKey.values()];
}

/** Latest first: by date, then by when it was recorded. */
export function latestFirst<T extends { date: string; createdAt: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date)));
}

/** An amount with its currency in the UI language, e.g. "DKK 9,600.00" / "9 600,00 kr." */
export function formatAmount(amount: number, currency: string, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency, maximumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/**
 * The choices with those the intervention has now first (so they are seen without scrolling), and
 * any it has that the list no longer offers (e.g. a retired factor).
 */
export function withChosen(items: { id: string; name: string }[], current: { id: string; name: string }[]) {
  const has = new Set(current.map((c) => c.id));
  return [...current, ...items.filter((i) => !has.has(i.id))];
}
