// The analysis on the board (issue 4, part 8) in a real browser against the real server, on the demo
// board: sizes and colours by metric and community, brokers and bridges, a what-if, the path
// finder, meeting mode. What the board shows is checked against figures computed here from the
// demo's ties (tests/support/reference-graph.ts shares no code with the server or the client).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { boardState, launchChromium, login, seriousAxeViolations, shot, waitForBoard, watchedPage } from '../support/browser.js';
import { adjacency, allShortestPaths, betweenness, bridges, components, without, type Adjacency } from '../support/reference-graph.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let api: TestClient;
const errors: string[] = [];

interface DemoBoard {
  id: string;
  people: { id: string; alias: string }[];
  ties: { id: string; source: { id: string }; target: { id: string }; type: string }[];
  memberships: { person: { id: string }; group: { id: string } }[];
  groups: { id: string; name: string }[];
}
let demo: DemoBoard;
let adj: Adjacency;
const idOf = (alias: string) => demo.people.find((p) => p.alias === alias)!.id;
const aliasOf = (id: string) => demo.people.find((p) => p.id === id)!.alias;

type Snapshot = {
  status: string;
  whatIf: { removed: string[]; isolated: string[]; splitOff: string[]; serverIsolated: string[]; componentsBefore: number; componentsAfter: number } | null;
  path: { fromId: string; toId: string; found: boolean; people: string[]; ties: string[] } | null;
};
const snapshot = () => page.evaluate(() => (window as unknown as { __tavla: { analysis: () => unknown } }).__tavla.analysis()) as Promise<Snapshot>;

/** Person nodes: id, label, drawn width and fill, classes. */
const people = () =>
  page.evaluate(() =>
    (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla
      .cy()
      .nodes('.person')
      .map((n) => ({ id: n.id(), label: String(n.data('label')), width: n.width(), fill: String(n.style('background-color')), classes: n.classes() })),
  );

async function expectAxeClean(name: string) {
  const v = await seriousAxeViolations(page);
  expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

const panel = () => page.locator('#analysis-panel');
const region = (name: string) => panel().getByRole('region', { name });

beforeAll(async () => {
  server = await startTestServer();
  api = await new TestClient(server.url).login('coordinator');
  const boards = (await api.ok<{ boards: { id: string; title: string }[] }>('{ boards { id title } }')).boards;
  const boardId = boards.find((b) => b.title.startsWith('Solbakken'))!.id;
  demo = (
    await api.ok<{ board: DemoBoard }>(
      `query($id: ID!) { board(id: $id) { id people { id alias } ties { id type source { id } target { id } }
        memberships { person { id } group { id } } groups { id name } } }`,
      { id: boardId },
    )
  ).board;
  adj = adjacency(demo.people.map((p) => p.id), demo.ties.map((t) => ({ source: t.source.id, target: t.target.id })));

  browser = await launchChromium();
  page = await watchedPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('analysis on the board', () => {
  it('the server ranks betweenness as an independent computation from the demo ties does', async () => {
    const server = (
      await api.ok<{ boardAnalysis: { people: { person: { id: string }; betweenness: number }[] } }>(
        'query($id: ID!) { boardAnalysis(boardId: $id) { people { person { id } betweenness } } }',
        { id: demo.id },
      )
    ).boardAnalysis.people;
    const ref = betweenness(adj);
    expect(server).toHaveLength(demo.people.length);
    for (const p of server) expect(p.betweenness, aliasOf(p.person.id)).toBeCloseTo(ref.get(p.person.id)!, 9);
    const top = [...ref].sort((a, b) => b[1] - a[1]);
    // A clear first (not a tie), or "the largest node" would not say who.
    expect(top[0]![1]).toBeGreaterThan(top[1]![1] * 1.5);
    expect(aliasOf(top[0]![0])).toBe('Yusuf');
  });

  it('sizes the board by betweenness: the largest node is the person ranked first', async () => {
    await login(page, server.url);
    await page.getByRole('link', { name: /Solbakken/ }).click();
    await waitForBoard(page);
    await page.getByRole('button', { name: 'Analysis', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __tavla: { analysis: () => { status: string } } }).__tavla.analysis().status === 'ready');
    await panel().getByText(new RegExp(`^${demo.people.length} people and \\d+ tied pairs`)).waitFor();
    await expectAxeClean('analysis panel');

    await page.getByLabel('Size by').selectOption('betweenness');
    await page.waitForFunction((n) => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.an-size').length === n, demo.people.length);
    const ref = betweenness(adj);
    const nodes = (await people()).sort((a, b) => b.width - a.width);
    const first = [...ref].sort((a, b) => b[1] - a[1])[0]![0];
    expect(nodes[0]!.id).toBe(first);
    expect(nodes[0]!.width).toBeCloseTo(88, 5);
    expect(nodes[1]!.width).toBeLessThan(88);
    // Area ∝ value: the diameter of everyone above the floor is 88·√(b / b_max).
    const max = ref.get(first)!;
    for (const n of nodes) expect(n.width, aliasOf(n.id)).toBeCloseTo(Math.max(24, 88 * Math.sqrt(ref.get(n.id)! / max)), 0);
    await page.locator('.legend').getByText(/Size: Betweenness/).waitFor();
    await shot(page, 'analysis-01-betweenness');
  });

  it('the list view shows every person’s metrics, the same figures', async () => {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const table = page.getByTestId('list-view').locator('table').first();
    await table.getByRole('columnheader', { name: 'Betweenness' }).waitFor();
    const ref = betweenness(adj);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ name: tr.querySelector('th')!.textContent!, betweenness: tr.querySelector('[data-column="betweenness"]')!.textContent!, degree: tr.querySelector('[data-column="degree"]')!.textContent! })),
    );
    expect(rows).toHaveLength(demo.people.length);
    for (const p of demo.people) {
      const row = rows.find((r) => r.name.replace(/^★ /, '').startsWith(p.alias))!;
      expect(row.betweenness, p.alias).toBe(ref.get(p.id)!.toFixed(2));
      expect(row.degree, p.alias).toBe(String(adj.get(p.id)!.size));
    }
    await expectAxeClean('list view with metrics');
    await page.getByRole('button', { name: 'Board', exact: true }).click();
  });

  it('colours by degree: darker for more ties, the lightest and darkest at the ends, five ranges in the legend', async () => {
    await page.getByLabel('Colour by').selectOption('degree');
    await page.waitForFunction((n) => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.an-fill').length === n, demo.people.length);
    const lum = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map((x) => Number(x) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const nodes = (await people()).map((n) => ({ ...n, degree: adj.get(n.id)!.size, lum: lum(n.fill) })).sort((a, b) => a.degree - b.degree);
    for (let i = 1; i < nodes.length; i++) expect(nodes[i]!.lum, `${nodes[i]!.label}`).toBeLessThanOrEqual(nodes[i - 1]!.lum);
    const lo = nodes[0]!.degree, hi = nodes[nodes.length - 1]!.degree;
    expect(hi).toBeGreaterThan(lo);
    // Every fill at least 3:1 against the white board.
    for (const n of nodes) expect((1.05 / (n.lum + 0.05)), n.label).toBeGreaterThanOrEqual(3);
    // Five equal ranges from the smallest to the largest degree, e.g. 1 – 2.8 … 8.2 – 10 for 1..10.
    const legend = page.locator('.legend');
    await legend.getByText('Colour: Degree (people)').waitFor();
    const fmt = (v: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(v);
    await legend.getByText(`${fmt(lo)} – ${fmt(lo + (hi - lo) / 5)}`, { exact: true }).waitFor();
    await legend.getByText(`${fmt(lo + (4 * (hi - lo)) / 5)} – ${fmt(hi)}`, { exact: true }).waitFor();
    await expectAxeClean('colour by degree');
  });

  it('colours by community: one colour and one letter per community the server found', async () => {
    const server = (
      await api.ok<{ boardAnalysis: { communities: number; people: { person: { id: string }; community: number }[] } }>(
        'query($id: ID!) { boardAnalysis(boardId: $id) { communities people { person { id } community } } }',
        { id: demo.id },
      )
    ).boardAnalysis;
    await page.getByLabel('Colour by').selectOption('community');
    await page.waitForFunction((n) => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.an-fill').length === n, demo.people.length);
    const nodes = await people();
    const community = new Map(server.people.map((p) => [p.person.id, p.community]));
    expect(server.communities).toBeGreaterThan(1);
    expect(new Set(nodes.map((n) => n.fill)).size).toBe(Math.min(8, server.communities));
    for (const a of nodes) {
      // The letter is the second channel: A for community 0, B for 1, …
      expect(a.label.startsWith(`${String.fromCharCode(65 + community.get(a.id)!)} · `), a.label).toBe(true);
      for (const b of nodes) expect(a.fill === b.fill, `${a.label} / ${b.label}`).toBe(community.get(a.id) === community.get(b.id));
    }
    const legend = page.locator('.legend');
    await legend.getByText('Communities found in the ties').waitFor();
    for (let c = 0; c < server.communities; c++) {
      const n = server.people.filter((p) => p.community === c).length;
      await legend.getByText(`${String.fromCharCode(65 + c)}: ${n} people`).waitFor();
    }
    await shot(page, 'analysis-02-communities');
    await expectAxeClean('communities');
  });

  it('highlights brokers and bridge ties, the same as worked out from the groups and ties', async () => {
    await page.getByLabel('Highlight brokers and bridges').check();
    await page.waitForFunction(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().nodes('.an-broker').length > 0);
    // A broker: own groups plus the groups of the people tied to them number two or more.
    const groupsOf = (id: string) => new Set(demo.memberships.filter((m) => m.person.id === id).map((m) => m.group.id));
    const expectedBrokers = demo.people
      .map((p) => p.id)
      .filter((id) => new Set([...groupsOf(id), ...[...adj.get(id)!].flatMap((n) => [...groupsOf(n)])]).size >= 2);
    expect(expectedBrokers.map(aliasOf).sort()).toEqual(['Benji', 'Bilal', 'Dennis', 'Kev', 'Mikke', 'Olle', 'Patrick', 'Yusuf']);
    const s = await boardState(page);
    expect(s.nodes.filter((n) => n.classes.includes('an-broker')).map((n) => n.id).sort()).toEqual([...expectedBrokers].sort());
    const pair = (a: string, b: string) => [a, b].sort().join('|');
    const expectedBridges = bridges(adj).map(([a, b]) => pair(a, b));
    expect(expectedBridges.length).toBeGreaterThan(0);
    expect([...new Set(s.edges.filter((e) => e.classes.includes('an-bridge')).map((e) => pair(e.source, e.target)))].sort()).toEqual(expectedBridges.sort());
    // And in words.
    const list = panel().getByTestId('bridges');
    const items = await list.locator('li').allInnerTexts();
    expect(items).toHaveLength(expectedBridges.length);
    for (const [x, y] of bridges(adj)) {
      expect(items.some((i) => i.startsWith(`${aliasOf(x)} — ${aliasOf(y)}`) || i.startsWith(`${aliasOf(y)} — ${aliasOf(x)}`)), `${aliasOf(x)}–${aliasOf(y)}`).toBe(true);
    }
    await expect(panel().getByTestId('brokers').locator('li').count()).resolves.toBe(expectedBrokers.length);
    await shot(page, 'analysis-03-brokers-bridges');
    await page.getByLabel('Highlight brokers and bridges').uncheck();
    await page.getByLabel('Colour by').selectOption('');
  });

  it('what-if: taking out three boys marks who is left with no tie, and leaving it restores the board', async () => {
    const out = ['Yusuf', 'Bilal', 'Ahmad'].map(idOf);
    const before = components(adj).length;
    const after = without(adj, out);
    const expectedIsolated = [...after.keys()].filter((id) => adj.get(id)!.size > 0 && after.get(id)!.size === 0);
    // Amira's one tie is to Yusuf, the boxing coach's two are to Bilal and Ahmad.
    expect(expectedIsolated.map(aliasOf)).toEqual(expect.arrayContaining(['Amira', 'Hamid (boksetræner)']));
    const labelsBefore = (await people()).map((n) => n.label).sort();

    const w = region('What if…');
    for (const alias of ['Yusuf', 'Bilal', 'Ahmad']) {
      await w.getByLabel('Person to take out').selectOption({ label: alias });
      await w.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await expect(w.getByTestId('what-if-chosen').locator('li').count()).resolves.toBe(3);
    await w.getByRole('button', { name: 'Show what-if' }).click();
    await page.waitForFunction(() => (window as unknown as { __tavla: { analysis: () => { whatIf: unknown } } }).__tavla.analysis().whatIf !== null);
    const snap = (await snapshot()).whatIf!;
    expect(snap.serverIsolated.sort()).toEqual([...expectedIsolated].sort());
    expect(snap.isolated.sort()).toEqual([...expectedIsolated].sort());
    expect([snap.componentsBefore, snap.componentsAfter]).toEqual([before, components(after).length]);

    const s = await boardState(page);
    const with_ = (cls: string) => s.nodes.filter((n) => n.classes.includes(cls)).map((n) => n.id).sort();
    expect(with_('an-removed')).toEqual([...out].sort());
    expect(with_('an-isolated')).toEqual([...expectedIsolated].sort());
    for (const e of s.edges.filter((x) => x.classes.includes('tie'))) {
      expect(e.classes.includes('an-removed'), `${aliasOf(e.source)}–${aliasOf(e.target)}`).toBe(out.includes(e.source) || out.includes(e.target));
    }
    await w.getByText(`Connected parts: ${before} → ${components(after).length}`).waitFor();
    const isolated = w.getByTestId('what-if-isolated');
    await isolated.getByText(`Left with no tie (${expectedIsolated.length})`).waitFor();
    for (const id of expectedIsolated) await isolated.getByText(aliasOf(id), { exact: true }).waitFor();
    await page.getByText('What-if view: nothing has been changed on the board.').first().waitFor();
    await shot(page, 'analysis-04-what-if');
    await expectAxeClean('what-if');

    // Nothing was written: the server still has every person and tie.
    const now = (await api.ok<{ board: DemoBoard }>('query($id: ID!) { board(id: $id) { people { id } ties { id } } }', { id: demo.id })).board;
    expect(now.people).toHaveLength(demo.people.length);
    expect(now.ties).toHaveLength(demo.ties.length);

    await page.getByRole('button', { name: 'Leave what-if' }).first().click();
    await page.waitForFunction(() => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().$('.an-removed, .an-isolated, .an-split').length === 0);
    expect((await people()).map((n) => n.label).sort()).toEqual(labelsBefore);
    expect(await page.getByText('What-if view: nothing has been changed on the board.').count()).toBe(0);
  });

  it('finds the path between two people, step by step with tie types; "no path" when the filters cut it', async () => {
    const amira = idOf('Amira'), per = idOf('Per (træner)');
    const expected = allShortestPaths(adj, amira, per);
    expect(expected).toHaveLength(1);
    const route = expected[0]!;
    expect(route.map(aliasOf)).toEqual(['Amira', 'Yusuf', 'Emil', 'Per (træner)']);

    const p = region('Path between two people');
    await p.getByLabel('From').selectOption({ label: 'Amira' });
    await p.getByLabel('To').selectOption({ label: 'Per (træner)' });
    await p.getByRole('button', { name: 'Find path' }).click();
    await p.getByText('Amira to Per (træner): 3 steps').waitFor();
    const snap = (await snapshot()).path!;
    expect(snap.people).toEqual(route);
    const s = await boardState(page);
    expect(s.nodes.filter((n) => n.classes.includes('an-path')).map((n) => n.id).sort()).toEqual([...route].sort());
    const onPath = s.edges.filter((e) => e.classes.includes('an-path'));
    expect(onPath.length).toBeGreaterThanOrEqual(3);
    for (const e of onPath) expect(Math.abs(route.indexOf(e.source) - route.indexOf(e.target))).toBe(1);
    expect(s.nodes.some((n) => n.classes.includes('an-faded'))).toBe(true);
    // The tie types of each step, from the demo's ties.
    const typeName: Record<string, string> = { FAMILY: 'Family', FRIEND: 'Friend', PROTECTIVE_ADULT: 'Protective adult', CLASSMATE: 'Classmate', OTHER: 'Other' };
    const steps = p.locator('ol li');
    await expect(steps.count()).resolves.toBe(3);
    for (let i = 0; i < 3; i++) {
      const types = demo.ties
        .filter((t) => [t.source.id, t.target.id].sort().join() === [route[i], route[i + 1]].sort().join())
        .map((t) => typeName[t.type] ?? t.type);
      expect(await steps.nth(i).innerText()).toBe(`${aliasOf(route[i]!)} → ${aliasOf(route[i + 1]!)}: ${types.join(', ')}`);
    }
    await shot(page, 'analysis-05-path');
    await expectAxeClean('path');

    // Without family ties Amira has no tie at all: no path, said plainly.
    const noFamily = adjacency(demo.people.map((x) => x.id), demo.ties.filter((t) => t.type !== 'FAMILY').map((t) => ({ source: t.source.id, target: t.target.id })));
    expect(allShortestPaths(noFamily, amira, per)).toEqual([]);
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^Family/ }).uncheck();
    await p.getByText('No path: Amira and Per (træner) are not connected by the ties counted.').waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await p.getByText('Amira to Per (træner): 3 steps').waitFor();
    await page.getByRole('button', { name: /^Filters/ }).click();
  });

  it('works by keyboard alone: choose both people and find the path', async () => {
    const emil = idOf('Emil'), noah = idOf('Noah');
    const p = region('Path between two people');
    await p.getByLabel('From').focus();
    await page.keyboard.type('Emil');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Noah');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await p.getByText(/^Emil to Noah: 2 steps$/).waitFor();
    const snap = (await snapshot()).path!;
    expect([snap.fromId, snap.toId]).toEqual([emil, noah]);
    expect(allShortestPaths(adj, emil, noah).map((r) => r.join())).toContain(snap.people.join());
  });

  it('meeting mode: the same analysis, names by the meeting’s rules', async () => {
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await page.getByText(/Meeting mode: names are hidden/).waitFor();
    const nodes = await people();
    const initials = new Map(nodes.map((n) => [n.id, n.label]));
    const p = region('Path between two people');
    await p.getByText(`${initials.get(idOf('Emil'))} to ${initials.get(idOf('Noah'))}: 2 steps`).waitFor();
    const text = await page.locator('body').innerText();
    for (const alias of ['Yusuf', 'Mikke', 'Bilal', 'Olle', 'Benji', 'Dennis', 'Amira', 'Emil', 'Noah']) expect(text, alias).not.toContain(alias);
    // Sizes are bigger on a projector, the ranking the same.
    const largest = [...nodes].sort((a, b) => b.width - a.width)[0]!;
    expect(largest.id).toBe(idOf('Yusuf'));
    expect(largest.width).toBeCloseTo(88 * 1.35, 5);
    await shot(page, 'analysis-06-meeting');
    await expectAxeClean('meeting mode with analysis');
    await page.getByRole('button', { name: 'Leave meeting mode…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Show names' }).click();
    await page.waitForFunction(() => !document.body.innerText.includes('Meeting mode: names are hidden'));
  });

  it('speaks Swedish and Danish too', async () => {
    await page.getByLabel('Language').selectOption('sv');
    await panel().getByRole('heading', { name: 'Analys' }).waitFor();
    await page.getByLabel('Storlek efter').waitFor();
    await region('Väg mellan två personer').getByText('Emil till Noah: 2 steg').waitFor();
    await expectAxeClean('analysis in Swedish');
    await page.getByLabel('Språk').selectOption('da');
    await page.getByLabel('Størrelse efter').waitFor();
    await region('Vej mellem to personer').getByText('Emil til Noah: 2 skridt').waitFor();
    await page.getByLabel('Sprog').selectOption('en');
    await page.getByLabel('Size by').waitFor();
  });

  it('closing the analysis gives the board back exactly as drawn', async () => {
    await page.getByRole('button', { name: 'Analysis', exact: true }).click();
    await page.waitForFunction(() => {
      const cy = (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy();
      return cy.elements().every((e) => !e.classes().some((c) => c.startsWith('an-')));
    });
    const nodes = await people();
    expect(nodes.every((n) => !n.label.includes(' · '))).toBe(true);
    expect(new Set(nodes.filter((n) => n.classes.includes('young')).map((n) => n.width))).toEqual(new Set([46]));
    expect(await page.locator('#analysis-panel').count()).toBe(0);
  });

  it('raised no uncaught errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
