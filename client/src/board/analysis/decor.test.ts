import { describe, expect, it } from 'vitest';
import { buildDecor, decorateElements, type DecorInput, type PersonMetrics } from './decor.js';
import { COMMUNITY_FILLS, METRIC_RAMP } from './colour.js';
import type { ElementDef } from '../elements.js';

const metrics: PersonMetrics[] = [
  { id: 'a', degree: 1, betweenness: 0.4, closeness: 0.5, pageRank: 0.2, community: 0 },
  { id: 'b', degree: 6, betweenness: 0.1, closeness: 0.5, pageRank: 0.3, community: 1 },
  { id: 'c', degree: 11, betweenness: 0, closeness: 0.5, pageRank: 0.5, community: 0 },
];
const base: DecorInput = { metrics, sizeBy: null, colourBy: null, highlight: false, brokers: [], bridgeTies: [], whatIf: null, path: null, meeting: false };

const defs: ElementDef[] = [
  { group: 'nodes', data: { id: 'a', label: 'Ann' }, classes: 'person young' },
  { group: 'nodes', data: { id: 'b', label: 'Bo' }, classes: 'person figure' },
  { group: 'nodes', data: { id: 'c', label: 'Cy' }, classes: 'person young' },
  { group: 'nodes', data: { id: 'g', label: 'Group' }, classes: 'group' },
  { group: 'edges', data: { id: 't1', source: 'a', target: 'b' }, classes: 'tie badged' },
  { group: 'edges', data: { id: 't2', source: 'b', target: 'c' }, classes: 'tie badged' },
  { group: 'edges', data: { id: 'l1', source: 'g', target: 'g' }, classes: 'glink' },
];
const byId = (list: ElementDef[]) => new Map(list.map((d) => [String(d.data.id), d]));

describe('buildDecor', () => {
  it('is nothing when nothing is chosen', () => {
    expect(buildDecor(base)).toBeNull();
  });

  it('sizes by area: betweenness 0.4, 0.1, 0 → 88, 44 (half the diameter for a quarter), 24 (the floor)', () => {
    const d = buildDecor({ ...base, sizeBy: 'betweenness' })!;
    expect(['a', 'b', 'c'].map((id) => d.nodes.get(id)!.data.anSize)).toEqual([88, 44, 24]);
    // Meeting mode draws everything 1.35 times larger.
    const m = buildDecor({ ...base, sizeBy: 'betweenness', meeting: true })!;
    expect(['a', 'b', 'c'].map((id) => m.nodes.get(id)!.data.anSize)).toEqual([118.8, 59.4, 32.4]);
  });

  it('colours degree 1, 6, 11 in bins 0, 2, 4 (width (11 − 1) / 5 = 2)', () => {
    const d = buildDecor({ ...base, colourBy: 'degree' })!;
    expect(['a', 'b', 'c'].map((id) => d.nodes.get(id)!.data.anFill)).toEqual([METRIC_RAMP[0], METRIC_RAMP[2], METRIC_RAMP[4]]);
  });

  it('colours by community with the letter in the label', () => {
    const d = buildDecor({ ...base, colourBy: 'community' })!;
    expect(d.nodes.get('b')).toMatchObject({ data: { anFill: COMMUNITY_FILLS[1] }, prefix: 'B · ' });
    expect(d.nodes.get('c')!.prefix).toBe('A · ');
  });
});

describe('decorateElements', () => {
  it('adds classes, data and the letter, leaves groups and group links alone', () => {
    const out = byId(decorateElements(defs, buildDecor({ ...base, colourBy: 'community', highlight: true, brokers: ['b'], bridgeTies: ['t2'] })));
    expect(out.get('b')).toMatchObject({ classes: 'person figure an-fill an-broker', data: { label: 'B · Bo', anFill: COMMUNITY_FILLS[1] } });
    expect(out.get('t2')!.classes).toBe('tie badged an-bridge');
    expect(out.get('t1')!.classes).toBe('tie badged');
    expect(out.get('g')).toBe(defs[3]);
    expect(out.get('l1')).toBe(defs[6]);
  });

  it('fades everything off the path, and draws planned ties only between people on the canvas', () => {
    const marks = { removed: new Set(['c']), removedTies: new Set(['t2']), isolated: [], splitOff: ['a'], componentsBefore: 1, componentsAfter: 2 };
    const planned = [{ sourceId: 'a', targetId: 'b' }, { sourceId: 'a', targetId: 'zz' }];
    const w = byId(decorateElements(defs, buildDecor({ ...base, metrics: null, whatIf: { marks, planned } })));
    expect(w.get('c')!.classes).toBe('person young an-removed');
    expect(w.get('t2')!.classes).toBe('tie badged an-removed');
    expect(w.get('a')!.classes).toBe('person young an-split');
    expect(w.get('planned:0')).toMatchObject({ group: 'edges', data: { source: 'a', target: 'b' }, classes: 'an-planned' });
    expect(w.has('planned:1')).toBe(false);

    const p = byId(decorateElements(defs, buildDecor({ ...base, metrics: null, path: { people: ['a', 'b'], ties: ['t1'] } })));
    expect(p.get('a')!.classes).toBe('person young an-path an-path-end');
    expect(p.get('t1')!.classes).toBe('tie badged an-path');
    expect(p.get('c')!.classes).toBe('person young an-faded');
    expect(p.get('t2')!.classes).toBe('tie badged an-faded');
    expect(p.get('g')!.classes).toBe('group');

    // Sized by a metric too: off the path still fades (everyone has a size, not everyone is on it).
    const both = byId(decorateElements(defs, buildDecor({ ...base, sizeBy: 'degree', path: { people: ['a', 'b'], ties: ['t1'] } })));
    expect(both.get('c')!.classes).toBe('person young an-size an-faded');
    expect(both.get('a')!.classes).toBe('person young an-size an-path an-path-end');
  });

  it('gives back the very same list without a decor', () => {
    expect(decorateElements(defs, null)).toBe(defs);
  });
});
