// Hand-worked small graphs: every expected number below is derived in the comment beside it from
// the networkx definitions written out in docs/analysis.md, not taken from this code's output.
import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyse.js';
import { board, byId } from './fixtures/build.js';

describe('path a-b-c-d', () => {
  const a = analyseBoard(board(['a-b', 'b-c', 'c-d']));
  it('betweenness: b and c lie on 2 of the 3 = (n-1)(n-2)/2 pairs not involving them', () => {
    const bc = byId(a.people, 'betweenness');
    expect(bc.a).toBe(0);
    expect(bc.b).toBeCloseTo(2 / 3, 12);
    expect(bc.c).toBeCloseTo(2 / 3, 12);
  });
  it('closeness: a sums distances 1+2+3=6 -> 3/6; b sums 1+1+2=4 -> 3/4', () => {
    const cl = byId(a.people, 'closeness');
    expect(cl.a).toBeCloseTo(0.5, 12);
    expect(cl.b).toBeCloseTo(0.75, 12);
  });
  it('degree, degree centrality = degree/(n-1), k-core 1, density 3/6', () => {
    expect(byId(a.people, 'degree')).toEqual({ a: 1, b: 2, c: 2, d: 1 });
    expect(byId(a.people, 'degreeCentrality').b).toBeCloseTo(2 / 3, 12);
    expect(byId(a.people, 'kCore')).toEqual({ a: 1, b: 1, c: 1, d: 1 });
    expect(a.graph.density).toBeCloseTo(0.5, 12);
  });
  it('every tie of a path is a bridge, with the people left on each side', () => {
    const found = a.bridges.map((b) => [...b.people].sort().join('-') + ':' + [...b.sides].sort().join('/'));
    expect(found.sort()).toEqual(['a-b:1/3', 'b-c:2/2', 'c-d:1/3']);
  });
});

describe('star with centre c and four leaves', () => {
  const a = analyseBoard(board(['c-l1', 'c-l2', 'c-l3', 'c-l4']));
  it('centre is on all 6 leaf pairs: betweenness 6/6 = 1; closeness 4/4 = 1; leaf 4/(1+2+2+2)', () => {
    const bc = byId(a.people, 'betweenness');
    const cl = byId(a.people, 'closeness');
    expect(bc.c).toBeCloseTo(1, 12);
    expect(bc.l1).toBe(0);
    expect(cl.c).toBeCloseTo(1, 12);
    expect(cl.l1).toBeCloseTo(4 / 7, 12);
  });
  it('PageRank solves x_c = 0.03 + 3.4 x_l, x_l = 0.03 + 0.2125 x_c: x_c = 0.132/0.2775', () => {
    const pr = byId(a.people, 'pageRank');
    const xc = 0.132 / 0.2775;
    expect(pr.c!).toBeCloseTo(xc, 4);
    expect(pr.l2!).toBeCloseTo(0.03 + 0.2125 * xc, 4);
  });
});

describe('triangle a-b-c with pendant d on c', () => {
  const a = analyseBoard(board(['a-b', 'b-c', 'c-a', 'c-d']));
  it('c carries pairs (a,d),(b,d): 2/3; closeness d = 3/(1+2+2), a = 3/(1+1+2)', () => {
    expect(byId(a.people, 'betweenness')).toEqual({ a: 0, b: 0, c: expect.closeTo(2 / 3, 12), d: 0 });
    const cl = byId(a.people, 'closeness');
    expect(cl.d).toBeCloseTo(0.6, 12);
    expect(cl.a).toBeCloseTo(0.75, 12);
    expect(cl.c).toBeCloseTo(1, 12);
  });
  it('k-core: triangle is the 2-core, the pendant only the 1-core; only c-d is a bridge', () => {
    expect(byId(a.people, 'kCore')).toEqual({ a: 2, b: 2, c: 2, d: 1 });
    expect(a.bridges.map((b) => b.tieIds)).toEqual([['t3']]);
  });
});

describe('two triangles joined by the bridge c-d', () => {
  const a = analyseBoard(board(['a-b', 'b-c', 'c-a', 'd-e', 'e-f', 'f-d', 'c-d']));
  it('c and d each carry the 2x3 cross pairs: 6 / ((5*4)/2) = 0.6', () => {
    const bc = byId(a.people, 'betweenness');
    expect(bc.c).toBeCloseTo(0.6, 12);
    expect(bc.d).toBeCloseTo(0.6, 12);
    expect(bc.a).toBe(0);
  });
  it('the joining tie is the only bridge, splitting 3/3', () => {
    expect(a.bridges).toEqual([{ people: ['c', 'd'], tieIds: ['t6'], sides: [3, 3] }]);
  });
});

describe('disconnected: a-b, c-d and isolated e', () => {
  const a = analyseBoard(board(['a-b', 'c-d'], { people: ['e'] }));
  it('components and largest component', () => {
    expect(a.graph.components).toBe(3);
    expect(a.graph.largestComponent).toBe(2);
  });
  it('Wasserman-Faust closeness: a reaches 1 of 4 others at distance 1 -> (1/1)(1/4)', () => {
    const cl = byId(a.people, 'closeness');
    expect(cl.a).toBeCloseTo(0.25, 12);
    expect(cl.e).toBe(0);
  });
  it('PageRank with dangling e: x_e = 0.03/0.83, x_p = (0.03 + 0.17 x_e)/0.15', () => {
    const pr = byId(a.people, 'pageRank');
    const xe = 0.03 / 0.83;
    expect(pr.e!).toBeCloseTo(xe, 5);
    expect(pr.a!).toBeCloseTo((0.03 + 0.17 * xe) / 0.15, 5);
  });
});

describe('directed chain a>b>c', () => {
  const g = board(['a>b', 'b>c']);
  it('undirected by default: b betweenness 1/1', () => {
    expect(byId(analyseBoard(g).people, 'betweenness').b).toBeCloseTo(1, 12);
  });
  it('directed: b on a->c, scaled by 1/((n-1)(n-2)) = 1/2; closeness counts distances INTO a node', () => {
    const a = analyseBoard(g, { directed: true });
    expect(byId(a.people, 'betweenness').b).toBeCloseTo(0.5, 12);
    const cl = byId(a.people, 'closeness');
    expect(cl.c).toBeCloseTo((2 / 3) * (2 / 2), 12); // reached from a (2) and b (1)
    expect(cl.b).toBeCloseTo((1 / 1) * (1 / 2), 12); // reached from a only
    expect(cl.a).toBe(0);
    expect(byId(a.people, 'degree')).toEqual({ a: 1, b: 2, c: 1 });
    expect(a.graph.density).toBeCloseTo(2 / 6, 12);
  });
});

describe('weights: square a-b-c-d-a, strengths ab=5 bc=5 cd=1 da=1 (lengths .2 .2 1 1)', () => {
  const g = board([
    ['a-b', { strength: 5 }],
    ['b-c', { strength: 5 }],
    ['c-d', { strength: 1 }],
    ['d-a', { strength: 1 }],
  ]);
  it('unweighted: each node splits its opposite pair: 0.5/3', () => {
    const bc = byId(analyseBoard(g).people, 'betweenness');
    for (const v of ['a', 'b', 'c', 'd']) expect(bc[v]).toBeCloseTo(1 / 6, 12);
  });
  it('weighted: a-c only via b (0.4 < 2); b-d via a or c (1.2 each): b 1/3, a and c 1/6, d 0', () => {
    const a = analyseBoard(g, { weighted: true });
    expect(byId(a.people, 'betweenness')).toEqual({
      a: expect.closeTo(1 / 6, 12),
      b: expect.closeTo(1 / 3, 12),
      c: expect.closeTo(1 / 6, 12),
      d: 0,
    });
    // d: distances 1 (c), 1 (a), 1.2 (b) -> 3/3.2
    expect(byId(a.people, 'closeness').d).toBeCloseTo(3 / 3.2, 12);
  });
});

describe('parallel ties count once', () => {
  const g = board([['a-b', { strength: 2, type: 'FRIEND' }], ['a-b', { strength: 4, type: 'CLASSMATE' }], 'b-c']);
  it('degree counts the pair once and weighted degree takes the strongest tie', () => {
    const a = analyseBoard(g);
    expect(byId(a.people, 'degree')).toEqual({ a: 1, b: 2, c: 1 });
    expect(byId(a.people, 'weightedDegree')).toEqual({ a: 4, b: 7, c: 3 });
    expect(a.graph.ties).toBe(2);
  });
  it('a doubly recorded pair is still a bridge, listing both ties', () => {
    const found = analyseBoard(g).bridges.find((b) => b.people.includes('a'));
    expect(found?.tieIds).toEqual(['t0', 't1']);
  });
});

describe('k-core: K4 {a,b,c,d}, e tied to a and b, f tied to e', () => {
  it('K4 is the 3-core, e survives to the 2-core, f only the 1-core', () => {
    const a = analyseBoard(board(['a-b', 'a-c', 'a-d', 'b-c', 'b-d', 'c-d', 'e-a', 'e-b', 'f-e']));
    expect(byId(a.people, 'kCore')).toEqual({ a: 3, b: 3, c: 3, d: 3, e: 2, f: 1 });
  });
});

describe('edge cases', () => {
  it('empty board and single person', () => {
    expect(analyseBoard({ nodes: [], edges: [] }).graph).toMatchObject({ people: 0, components: 0, density: 0 });
    const one = analyseBoard({ nodes: [{ id: 'x' }], edges: [] });
    expect(one.people[0]).toMatchObject({ degree: 0, betweenness: 0, closeness: 0, pageRank: 1, kCore: 0 });
  });
  it('a tie naming an unknown person is an input error', () => {
    expect(() => analyseBoard({ nodes: [{ id: 'x' }], edges: [{ id: 't', source: 'x', target: 'y', type: 'FRIEND', strength: 1, valence: 'SUPPORTIVE', directed: false }] })).toThrow(/UNKNOWN_PERSON/);
  });
});
