import { describe, expect, it } from 'vitest';
import { addCost, moneyList, weeklyCost } from './cost.js';

describe('weekly cost', () => {
  it('normalises per day, per week and one-off to a week', () => {
    expect(weeklyCost({ costAmount: 4100, costUnit: 'PER_DAY', costCurrency: 'SEK' })).toEqual({ amount: 28700, currency: 'SEK' });
    expect(weeklyCost({ costAmount: 2000, costUnit: 'PER_WEEK', costCurrency: 'DKK' })).toEqual({ amount: 2000, currency: 'DKK' });
    // 2026-01-05 to 2026-02-01 is 28 days: 4 weeks.
    expect(weeklyCost({ costAmount: 8000, costUnit: 'ONE_OFF', costCurrency: 'DKK', startDate: '2026-01-05', endDate: '2026-02-01' })).toEqual({ amount: 2000, currency: 'DKK' });
    // 29 days start to end inclusive is 5 started weeks.
    expect(weeklyCost({ costAmount: 1000, costUnit: 'ONE_OFF', costCurrency: 'DKK', startDate: '2026-01-05', endDate: '2026-02-02' })?.amount).toBe(200);
    expect(weeklyCost({ costAmount: 5200, costUnit: 'ONE_OFF', costCurrency: 'SEK' })?.amount).toBe(100);
    expect(weeklyCost({ costAmount: null })).toBeNull();
  });

  it('sums each currency on its own, largest first, rounded to hundredths', () => {
    const m = new Map<string, number>();
    addCost(m, { costAmount: 10, costUnit: 'PER_DAY', costCurrency: 'SEK' });
    addCost(m, { costAmount: 100, costUnit: 'ONE_OFF', costCurrency: 'DKK', startDate: '2026-01-01', endDate: '2026-01-21' });
    addCost(m, { costAmount: 1, costUnit: 'PER_WEEK', costCurrency: 'SEK' });
    expect(moneyList(m)).toEqual([{ currency: 'SEK', amount: 71 }, { currency: 'DKK', amount: 33.33 }]);
  });
});
