// Cost normalised to a week, so interventions priced per day, per week and one-off can be added
// up per prevention level (docs/managers.md):
// - PER_DAY: the daily amount × 7 (care homes and placements are paid every day);
// - PER_WEEK: as it is;
// - ONE_OFF: spread over the intervention's weeks (start to end, whole weeks, at least one); a
//   one-off without both dates is spread over 52 weeks, a municipal budget year.
// Currencies are never converted: each is summed on its own.
import type { Model } from '../graphql/model.js';
import { daysBetween } from '../assessments/levels.js';

export const WEEKS_FOR_UNDATED_ONE_OFF = 52;

export function weeklyCost(i: Model): { amount: number; currency: string } | null {
  if (i.costAmount === null || i.costAmount === undefined || !i.costCurrency) return null;
  const amount = Number(i.costAmount);
  const currency = String(i.costCurrency);
  switch (i.costUnit) {
    case 'PER_DAY':
      return { amount: amount * 7, currency };
    case 'PER_WEEK':
      return { amount, currency };
    case 'ONE_OFF': {
      const weeks = i.startDate && i.endDate
        ? Math.max(1, Math.ceil((daysBetween(String(i.startDate), String(i.endDate)) + 1) / 7))
        : WEEKS_FOR_UNDATED_ONE_OFF;
      return { amount: amount / weeks, currency };
    }
    default:
      return null;
  }
}

export type Money = Map<string, number>;

export function addCost(into: Money, i: Model): void {
  const c = weeklyCost(i);
  if (c) into.set(c.currency, (into.get(c.currency) ?? 0) + c.amount);
}

/** Rounded to öre/øre, largest amount first. */
export function moneyList(m: Money): { amount: number; currency: string }[] {
  return [...m]
    .map(([currency, amount]) => ({ currency, amount: Math.round(amount * 100) / 100 }))
    .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));
}
