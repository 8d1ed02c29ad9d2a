// Factors in the board's side panels, in a real browser against the real server and Neo4j: the
// coordinator assesses a factor for a young person on the demo board (an invalid one is refused
// field by field), sees it in the profile and the history with its change, and reads a group's
// profile. The expected counts are worked out here from the raw assessments and memberships the
// API returns (not from groupFactorProfile), by the rule in docs/planning.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { boardState, launchChromium, login, screenshotPath, seriousAxeViolations, shot, waitForBoard, watchedPage } from '../support/browser.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const TODAY = day(0);

let server: TestServer;
let coord: TestClient;
let browser: Browser;
let page: Page;
let boardId: string;
let groupId: string;
let noahId: string;
const errors: string[] = [];

interface RawAssessment { level: number; assessedOn: string; createdAt: string; factor: { id: string; name: string; kind: 'RISK' | 'PROTECTIVE' } }

async function expectAxeClean(name: string) {
  const v = await seriousAxeViolations(page);
  expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

async function assessmentsOf(personId: string): Promise<RawAssessment[]> {
  const r = await coord.ok<{ person: { assessments: RawAssessment[] } }>(
    'query($id: ID!) { person(id: $id) { assessments { level assessedOn createdAt factor { id name kind } } } }', { id: personId });
  return r.person.assessments;
}

/**
 * The group profile by hand: today's members, each factor's latest level on or before the day
 * (on one date the one recorded last), carried at 2 or 3; rows for factors assessed by `to`.
 */
async function expectedProfile(from: string, to: string) {
  const g = await coord.ok<{ board: { groups: { id: string; members: { person: { id: string } }[] }[] } }>(
    `query($id: ID!, $to: Date) { board(id: $id) { groups { id members(asOf: $to) { person { id } } } } }`, { id: boardId, to });
  const members = g.board.groups.find((x) => x.id === groupId)!.members.map((m) => m.person.id);
  const rows = new Map<string, { name: string; kind: string; countFrom: number; countTo: number }>();
  const levelOn = (list: RawAssessment[], d: string) => {
    const upTo = list.filter((a) => a.assessedOn <= d).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt));
    return upTo.length ? upTo[upTo.length - 1]!.level : null;
  };
  for (const id of members) {
    const byFactor = new Map<string, RawAssessment[]>();
    for (const a of await assessmentsOf(id)) byFactor.set(a.factor.id, [...(byFactor.get(a.factor.id) ?? []), a]);
    for (const [fid, list] of byFactor) {
      const atTo = levelOn(list, to);
      if (atTo === null) continue;
      const row = rows.get(fid) ?? { name: list[0]!.factor.name, kind: list[0]!.factor.kind, countFrom: 0, countTo: 0 };
      if (atTo >= 2) row.countTo += 1;
      const atFrom = levelOn(list, from);
      if (atFrom !== null && atFrom >= 2) row.countFrom += 1;
      rows.set(fid, row);
    }
  }
  return { members: members.length, rows: [...rows.values()] };
}

/** A section whole: the side panel scrolls, so the page is made tall enough for it first. */
async function sectionShot(section: Locator, name: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: 2400 });
  await section.screenshot({ path: screenshotPath(`${name}.png`) });
  await page.setViewportSize(size);
}

const changeText = (n: number) => (n > 0 ? `up ${n}` : n < 0 ? `down ${-n}` : 'unchanged');

/**
 * Every row of both tables, as the page shows them, against the hand-made profile: each row as
 * "kind | name | count on from | count on to | change", sorted. Polled: a new pair of dates
 * replaces the tables once the answer is in.
 */
async function expectTablesMatch(section: Locator, from: string, to: string) {
  const want = await expectedProfile(from, to);
  await section.getByText(`${want.members} members, counted on both days.`).waitFor();
  const expected = want.rows.map((r) => `${r.kind} | ${r.name} | ${r.countFrom} | ${r.countTo} | ${changeText(r.countTo - r.countFrom)}`).sort();
  const shown = async () => {
    const out: string[] = [];
    for (const kind of ['RISK', 'PROTECTIVE'] as const) {
      const table = section.getByRole('table', { name: kind === 'RISK' ? 'Risk factors' : 'Protective factors' });
      const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())));
      for (const [name, a, b, change] of rows) {
        // "Name (Domain)" and "↑ up 1 (worse)": the name, and the change in words.
        out.push(`${kind} | ${name!.replace(/\s*\([^)]*\)$/, '')} | ${a} | ${b} | ${/up \d+|down \d+|unchanged/.exec(change!)?.[0]}`);
      }
    }
    return out.sort();
  };
  await expect.poll(shown, { timeout: 15_000 }).toEqual(expected);
  return want;
}

beforeAll(async () => {
  server = await startTestServer();
  coord = await new TestClient(server.url).login('coordinator');
  const boards = (await coord.ok<{ boards: { id: string; title: string }[] }>('{ boards { id title } }')).boards;
  boardId = boards.find((b) => b.title.startsWith('Solbakken'))!.id;
  const board = (await coord.ok<{ board: { people: { id: string; alias: string }[]; groups: { id: string; name: string }[] } }>(
    'query($id: ID!) { board(id: $id) { people { id alias } groups { id name } } }', { id: boardId })).board;
  noahId = board.people.find((p) => p.alias === 'Noah')!.id;
  groupId = board.groups.find((g) => g.name === 'Drengene fra Solbakken')!.id;
  browser = await launchChromium();
  page = await watchedPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('factors in the side panels', () => {
  const panel = () => page.locator('.person-panel');

  it('offers the coordinator an "Assess a factor" form in a young person’s panel', async () => {
    await login(page, server.url, 'coordinator');
    await page.getByRole('heading', { name: 'My boards' }).waitFor();
    await page.getByRole('link', { name: /Solbakken/ }).click();
    await waitForBoard(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('button', { name: /Noah/ }).filter({ hasText: /Details/ }).first().click();
    await panel().getByRole('heading', { name: 'Factor history' }).waitFor();
    await panel().getByRole('button', { name: 'Assess a factor' }).click();
    const form = panel().getByRole('form', { name: 'Assess a factor' });
    await form.waitFor();
    // Grouped by kind and domain; the date defaults to today.
    await form.locator('#assess-factor optgroup').first().waitFor({ state: 'attached' });
    const groups = await form.locator('#assess-factor optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
    expect(groups).toContain('Protective: Family');
    expect(groups).toContain('Risk: Peers');
    expect(groups.indexOf('Protective: Family')).toBeLessThan(groups.indexOf('Risk: Peers'));
    expect(await form.getByLabel('Assessed on').inputValue()).toBe(TODAY);
    await form.getByText('Slight: a sign to keep an eye on').waitFor();
    await expectAxeClean('assess form');
  });

  it('refuses invalid input field by field, and saves nothing', async () => {
    const before = (await assessmentsOf(noahId)).length;
    const form = panel().getByRole('form', { name: 'Assess a factor' });
    await form.getByRole('button', { name: 'Save assessment' }).click();
    expect(await form.locator('#assess-factorId-error').innerText()).toBe('Choose the factor you assess.');
    expect(await form.locator('#assess-level-error').innerText()).toBe('Choose a level.');
    await form.getByLabel('Factor', { exact: true }).selectOption({ label: 'Delinquent friends' });
    await form.getByRole('radio', { name: /^2 · Clearly present/ }).check();
    // Another statute without naming it: the server's translated error, under the statute field.
    await form.getByLabel('Legal basis').selectOption('OTHER_STATUTE');
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await form.locator('#assess-statuteCode-error').getByText('Choose the statute it is shared under.').waitFor();
    expect(await form.getByLabel('Statute').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('#assess-factorId-error').count()).toBe(0);
    // A note for another agency (the coordinator is at social services): refused on the note.
    await form.getByLabel('Legal basis').selectOption('CONSENT');
    await form.getByLabel('Source agency').selectOption({ label: 'Midtkyst Politi, Kriminalpræventiv Sektion' });
    await form.getByLabel('Note (restricted)').fill('Ses ofte ved torvet.');
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await form.locator('#assess-note-error').getByText(/only be written for your own agency/).waitFor();
    await form.locator('#assess-note-error').scrollIntoViewIfNeeded();
    await shot(page, 'factors-01-refused');
    await expectAxeClean('refused form');
    expect((await assessmentsOf(noahId)).length).toBe(before);
  });

  it('saves an assessment at once: the profile and the history show it with the change', async () => {
    const form = panel().getByRole('form', { name: 'Assess a factor' });
    await form.getByLabel('Source agency').selectOption({ label: 'My own agency' });
    await form.getByLabel('Note (restricted)').fill('');
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByText('Assessment saved.').waitFor();
    await form.waitFor({ state: 'detached' });
    // The server has it: level 2 today (Noah's Delinquent friends was 2, 2, 1 in the seed).
    const mine = (await assessmentsOf(noahId)).filter((a) => a.factor.name === 'Delinquent friends').sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
    expect(mine.map((a) => a.level)).toEqual([2, 2, 1, 2]);
    expect(mine[3]!.assessedOn).toBe(TODAY);
    // The profile shows the latest: level 2, today.
    const profile = panel().locator('section[aria-labelledby="sec-factors"]');
    const row = profile.getByRole('row', { name: /Delinquent friends/ });
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('level 2 of 3');
    // The history: up 1 from the last level (1), worse for a risk, in words; oldest first inside.
    const entry = panel().locator('details.factor-history-entry', { hasText: 'Delinquent friends' });
    const summary = entry.locator('summary');
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/now level 2 · ↑ up 1 \(worse\)/);
    await summary.click();
    const items = await entry.locator('li').allInnerTexts();
    expect(items).toHaveLength(4);
    expect(items.map((t) => /level (\d)/.exec(t)![1])).toEqual(['2', '2', '1', '2']);
    // An unchanged factor says so.
    await expect.poll(() => panel().locator('details.factor-history-entry', { hasText: 'School bonding' }).locator('summary').innerText()).toMatch(/unchanged/);
    await entry.scrollIntoViewIfNeeded();
    await shot(page, 'factors-02-history');
    // The profile and the history whole, past the panel's fold.
    await sectionShot(panel().locator('.factor-history'), 'factors-02b-history-section');
    await expectAxeClean('history');
    expect(errors).toEqual([]);
  });

  it('shows a group’s profile: members carrying each factor eight weeks ago and today, risk and protective apart', async () => {
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    await waitForBoard(page);
    expect((await boardState(page)).nodes.some((n) => n.id === groupId)).toBe(true);
    // The group's own element on the canvas, tapped (its hull lies under the people, whom a click would hit).
    await page.evaluate((id) => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().getElementById(id).emit('tap'), groupId);
    const section = page.locator('.group-panel section[aria-labelledby="sec-group-profile"]');
    await section.getByRole('heading', { name: 'Factor profile' }).waitFor();
    expect(await section.getByLabel('From', { exact: true }).inputValue()).toBe(day(-56));
    expect(await section.getByLabel('To', { exact: true }).inputValue()).toBe(TODAY);
    const want = await expectTablesMatch(section, day(-56), TODAY);
    // The seed's story, as a check on the hand count: nine boys, and Noah's new level is counted.
    expect(want.members).toBe(9);
    expect(want.rows.find((r) => r.name === 'Delinquent friends')).toEqual({ name: 'Delinquent friends', kind: 'RISK', countFrom: 5, countTo: 5 });
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'factors-03-group');
    await sectionShot(section, 'factors-03b-group-tables');
    await expectAxeClean('group profile');
  });

  it('compares other days, and refuses a "to" before "from"', async () => {
    const section = page.locator('.group-panel section[aria-labelledby="sec-group-profile"]');
    await section.getByLabel('From', { exact: true }).fill(day(-28));
    await section.getByRole('button', { name: 'Show' }).click();
    await expectTablesMatch(section, day(-28), TODAY);
    await section.getByLabel('To', { exact: true }).fill(day(-30));
    await section.getByRole('button', { name: 'Show' }).click();
    await section.locator('#profile-to-error').waitFor();
    expect(await section.locator('#profile-to-error').innerText()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('does not offer the form to an analyst, who may read factors but not assess them', async () => {
    const a = await watchedPage(browser, errors);
    await login(a, server.url, 'analyst');
    await a.getByRole('heading', { name: 'My boards' }).waitFor();
    await a.getByRole('link', { name: /Solbakken/ }).click();
    await waitForBoard(a);
    await a.getByRole('button', { name: 'List', exact: true }).click();
    await a.getByRole('button', { name: /Noah/ }).filter({ hasText: /Details/ }).first().click();
    await a.locator('.person-panel details.factor-history-entry', { hasText: 'Delinquent friends' }).waitFor();
    expect(await a.getByRole('button', { name: 'Assess a factor' }).count()).toBe(0);
    await a.context().close();
  });

  it('keeps factor data out of meeting mode', async () => {
    await page.getByRole('button', { name: 'Meeting mode' }).click();
    await page.getByText(/Meeting mode: names are hidden/).waitFor();
    // The group's panel stays open, without its profile.
    await page.locator('.group-panel').waitFor();
    expect(await page.locator('.group-profile').count()).toBe(0);
    // A young person's panel: no profile, form or history.
    await page.evaluate((id) => (window as unknown as { __tavla: { cy: () => import('cytoscape').Core } }).__tavla.cy().getElementById(id).emit('tap'), noahId);
    await page.locator('.person-panel').getByText('Personal details are hidden in meeting mode.').waitFor();
    expect(await page.locator('#sec-factors, .factor-history, .assess-factor').count()).toBe(0);
  });
});
