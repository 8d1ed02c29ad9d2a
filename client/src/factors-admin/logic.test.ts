import { describe, expect, it } from 'vitest';
import { catalogueOrder, nameIn } from './logic.js';

import type { FactorDomain, FactorKind } from '../generated/graphql.js';

const f = (id: string, kind: FactorKind, domain: FactorDomain, en: string, retired = false, sv = `${en} (sv)`) =>
  ({ id, kind, domain, retired, nameEn: en, nameSv: sv, nameDa: `${en} (da)` });

describe('the factor catalogue', () => {
  it('names a factor in the UI language, English when that name is missing', () => {
    const x = f('1', 'RISK', 'SCHOOL', 'Truancy', false, 'Skolk');
    expect(nameIn(x, 'sv')).toBe('Skolk');
    expect(nameIn(x, 'da-DK')).toBe('Truancy (da)');
    expect(nameIn(x, 'en-GB')).toBe('Truancy');
    expect(nameIn({ ...x, nameSv: '' }, 'sv')).toBe('Truancy');
  });

  it('lists active before retired, risk before protective, by domain, then by name', () => {
    const list = [
      f('a', 'PROTECTIVE', 'INDIVIDUAL', 'Self-control'),
      f('b', 'RISK', 'SCHOOL', 'Truancy'),
      f('c', 'RISK', 'INDIVIDUAL', 'Substance use'),
      f('d', 'RISK', 'INDIVIDUAL', 'Attitudes'),
      f('e', 'RISK', 'INDIVIDUAL', 'Aardvark', true),
    ];
    expect(catalogueOrder(list, 'en').map((x) => x.id)).toEqual(['d', 'c', 'b', 'a', 'e']);
  });
});
