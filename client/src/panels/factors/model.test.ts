import { describe, expect, it } from 'vitest';
import { direction, groupCatalogue, meaning, splitByKind, type CatalogueFactor } from './model.js';

const f = (id: string, kind: CatalogueFactor['kind'], domain: CatalogueFactor['domain'], name: string): CatalogueFactor => ({ id, kind, domain, name });

describe('groupCatalogue', () => {
  it('groups protective before risk, domains in the catalogue order, names alphabetically in the language', () => {
    const list = [
      f('r1', 'RISK', 'SCHOOL', 'Truancy'),
      f('p1', 'PROTECTIVE', 'COMMUNITY', 'Organised leisure'),
      f('r2', 'RISK', 'PEERS', 'Delinquent friends'),
      f('p2', 'PROTECTIVE', 'FAMILY', 'Ömsesidig tillit'),
      f('p3', 'PROTECTIVE', 'FAMILY', 'Aktiva föräldrar'),
      f('p4', 'PROTECTIVE', 'FAMILY', 'Öppen dialog'),
    ];
    const groups = groupCatalogue(list, 'sv');
    expect(groups.map((g) => `${g.kind}/${g.domain}`)).toEqual(['PROTECTIVE/FAMILY', 'PROTECTIVE/COMMUNITY', 'RISK/PEERS', 'RISK/SCHOOL']);
    // Swedish order: Ö after A, and "Ömsesidig" after "Öppen" (m < p).
    expect(groups[0]!.factors.map((x) => x.id)).toEqual(['p3', 'p2', 'p4']);
  });

  it('leaves out empty groups and keeps every factor once', () => {
    const list = [f('a', 'RISK', 'INDIVIDUAL', 'A'), f('b', 'RISK', 'INDIVIDUAL', 'B')];
    const groups = groupCatalogue(list, 'en');
    expect(groups).toHaveLength(1);
    expect(groups[0]!.factors).toHaveLength(2);
  });
});

describe('direction and meaning of a change', () => {
  it('says up, down, same, or first when there is nothing to compare with', () => {
    expect([2, 1, 0, -1, -3, null, undefined].map(direction)).toEqual(['up', 'up', 'same', 'down', 'down', 'first', 'first']);
  });

  it('is better when a risk goes down or a protective factor up, worse the other way, nothing when unchanged', () => {
    expect(meaning('RISK', -1)).toBe('better');
    expect(meaning('RISK', 2)).toBe('worse');
    expect(meaning('PROTECTIVE', 1)).toBe('better');
    expect(meaning('PROTECTIVE', -2)).toBe('worse');
    expect(meaning('RISK', 0)).toBeNull();
    expect(meaning('PROTECTIVE', null)).toBeNull();
  });
});

describe('splitByKind', () => {
  it('separates risk and protective rows, by domain order, keeping the given order within a domain', () => {
    const rows = [
      { factor: f('r-school', 'RISK', 'SCHOOL', 'S'), n: 1 },
      { factor: f('p-fam', 'PROTECTIVE', 'FAMILY', 'F'), n: 2 },
      { factor: f('r-peer-b', 'RISK', 'PEERS', 'B'), n: 3 },
      { factor: f('r-peer-a', 'RISK', 'PEERS', 'A'), n: 4 },
    ];
    const split = splitByKind(rows);
    expect(split.RISK.map((r) => r.factor.id)).toEqual(['r-peer-b', 'r-peer-a', 'r-school']);
    expect(split.PROTECTIVE.map((r) => r.n)).toEqual([2]);
  });
});
