import { describe, expect, it } from 'vitest';
import { computePlan, type PlanInput } from './compute.js';
import type { Level } from '../assessments/levels.js';

const day = '2026-03-10';
const lv = (kind: 'RISK' | 'PROTECTIVE', level: number): Level => ({ kind, level, assessedOn: '2026-03-01' });

function input(over: Partial<PlanInput> = {}): PlanInput {
  return {
    asOf: day,
    scope: 'BOARD',
    groupId: null,
    people: [
      { id: 'ann', groupIds: ['g1'], areaIds: [], contactAgencyIds: ['school'] },
      { id: 'bo', groupIds: ['g1'], areaIds: [], contactAgencyIds: [] },
    ],
    interventions: [],
    levels: new Map([
      ['ann', new Map([['truancy', lv('RISK', 3)], ['drugs', lv('RISK', 1)], ['club', lv('PROTECTIVE', 0)]])],
      ['bo', new Map([['truancy', lv('RISK', 2)], ['club', lv('PROTECTIVE', 2)]])],
    ]),
    teamAgencyIds: ['social'],
    ...over,
  };
}

const intervention = (id: string, over: Record<string, unknown>) => ({
  id, status: 'ACTIVE', level: 'SPECIFIC', targetPersonIds: [], targetGroupIds: [], targetAreaIds: [], strengthensIds: [], reducesIds: [], involvedAgencyIds: [], responsibleAgencyId: null, ...over,
});

describe('the planning matrix', () => {
  it('rows are present risks (≥ 2) and weak protective factors (≤ 1); a level-1 risk or active protective factor is not a row', () => {
    const plan = computePlan(input());
    const rows = Object.fromEntries(plan.rows.map((r) => [r.factorId, r.entries.map((e) => e.personId)]));
    expect(rows).toEqual({ truancy: ['ann', 'bo'], club: ['ann'] });
  });

  it('with nothing planned, every row is a gap, everyone lacks an active intervention, and the agencies have nothing', () => {
    const kinds = computePlan(input()).gaps.map((g) => [g.kind, g.factorId ?? g.agencyId ?? g.personIds.join()]);
    expect(kinds).toEqual([
      ['UNADDRESSED_RISK', 'truancy'],
      ['NO_ACTIVE_INTERVENTION', 'ann'],
      ['NO_ACTIVE_INTERVENTION', 'bo'],
      ['UNSUPPORTED_PROTECTIVE', 'club'],
      ['AGENCY_WITHOUT_ASSIGNMENT', 'school'],
      ['AGENCY_WITHOUT_ASSIGNMENT', 'social'],
    ]);
  });

  it('a group-targeted intervention reducing the risk covers its members; a person-targeted one only that person', () => {
    const viaGroup = computePlan(input({ interventions: [intervention('i1', { targetGroupIds: ['g1'], reducesIds: ['truancy'], responsibleAgencyId: 'school' })] }));
    expect(viaGroup.rows.find((r) => r.factorId === 'truancy')!.entries.map((e) => e.interventionIds)).toEqual([['i1'], ['i1']]);
    expect(viaGroup.gaps.map((g) => g.kind)).toEqual(['UNSUPPORTED_PROTECTIVE', 'AGENCY_WITHOUT_ASSIGNMENT']);

    const onlyAnn = computePlan(input({ interventions: [intervention('i2', { targetPersonIds: ['ann'], reducesIds: ['truancy'], involvedAgencyIds: ['social'] })] }));
    const gap = onlyAnn.gaps.find((g) => g.kind === 'UNADDRESSED_RISK')!;
    expect(gap.personIds).toEqual(['bo']);
    expect(gap.suggestion).toEqual({ level: 'INDIVIDUAL', targetPersonIds: ['bo'], targetGroupIds: [], reducesFactorIds: ['truancy'], strengthensFactorIds: [], responsibleAgencyId: null });
    expect(onlyAnn.gaps.filter((g) => g.kind === 'NO_ACTIVE_INTERVENTION').map((g) => g.personIds)).toEqual([['bo']]);
  });

  it('a planned intervention covers a factor but is not an active one; ended, completed or cancelled ones do neither', () => {
    const plan = computePlan(input({
      interventions: [
        intervention('planned', { status: 'PLANNED', targetGroupIds: ['g1'], reducesIds: ['truancy'] }),
        intervention('ended', { targetGroupIds: ['g1'], strengthensIds: ['club'], endDate: '2026-03-09' }),
        intervention('done', { status: 'COMPLETED', targetGroupIds: ['g1'], strengthensIds: ['club'] }),
        intervention('later', { targetGroupIds: ['g1'], strengthensIds: ['club'], startDate: '2026-04-01' }),
      ],
    }));
    expect(plan.columns.map((i) => i.id)).toEqual(['planned', 'later']);
    expect(plan.gaps.filter((g) => g.kind === 'UNADDRESSED_RISK')).toEqual([]);
    // 'later' covers the protective factor (in the plan) but is not running yet.
    expect(plan.gaps.filter((g) => g.kind === 'UNSUPPORTED_PROTECTIVE')).toEqual([]);
    expect(plan.gaps.filter((g) => g.kind === 'NO_ACTIVE_INTERVENTION').length).toBe(2);
  });

  it('flags an intervention that targets no factor, and an area-wide one reaches everyone in the area', () => {
    const people = input().people.map((p) => ({ ...p, areaIds: ['area1'] }));
    const plan = computePlan(input({ people, interventions: [intervention('patrol', { targetAreaIds: ['area1'], responsibleAgencyId: 'social' })] }));
    expect(plan.gaps.filter((g) => g.kind === 'NO_FACTOR_TARGETED').map((g) => g.interventionId)).toEqual(['patrol']);
    expect(plan.gaps.filter((g) => g.kind === 'NO_ACTIVE_INTERVENTION')).toEqual([]);
  });

  it('for a group, a gap all members share is planned for the group; a person scope shows only what reaches them', () => {
    const group = computePlan(input({ scope: 'GROUP', groupId: 'g1' }));
    expect(group.gaps.find((g) => g.kind === 'UNADDRESSED_RISK')!.suggestion).toMatchObject({ level: 'SPECIFIC', targetGroupIds: ['g1'], targetPersonIds: [] });
    const elsewhere = intervention('other', { targetPersonIds: ['zed'], reducesIds: ['truancy'] });
    const person = computePlan(input({ scope: 'PERSON', people: [input().people[0]!], interventions: [elsewhere] }));
    expect(person.columns).toEqual([]);
  });
});
