// The data-protection officer's access log in a real browser against the real server and Neo4j:
// the auditor lands on it, filters it, opens a person's subject-access report, downloads it as
// CSV and draws a sample; every view is axe-clean; other roles do not get the page.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { launchChromium, login, newContext, seriousAxeViolations, shot, watchedPage } from '../support/browser.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let personId: string;
const errors: string[] = [];

async function expectAxeClean(p: Page, name: string) {
  const violations = await seriousAxeViolations(p);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer();
  const coord = await new TestClient(server.url).login('coordinator');
  const boardId = (await coord.ok('mutation { createBoard(input: { title: "E2E granskning" }) { id } }')).createBoard.id;
  personId = (await coord.ok('mutation($b: ID!) { createPerson(input: { boardId: $b, kind: YOUNG_PERSON, alias: "Vera Fiktiv" }) { id } }', { b: boardId })).createPerson.id;
  await coord.ok('query($id: ID!) { person(id: $id) { alias } }', { id: personId });
  browser = await launchChromium();
  page = await watchedPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the auditor’s access log', () => {
  it('is where the auditor lands, and is accessible', async () => {
    await login(page, server.url, 'auditor');
    await page.getByRole('heading', { name: 'Access log', level: 1 }).waitFor();
    await page.getByRole('table', { name: 'Log entries' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Access log' }).getByRole('link', { name: 'Access log' }).count()).toBe(1);
    await expectAxeClean(page, 'access log');
  });

  it('filters by user and person, showing only matching entries', async () => {
    await page.getByLabel('User (username)').fill('coordinator');
    await page.getByLabel('Person id').fill(personId);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const table = page.getByRole('table', { name: 'Log entries' });
    // Newest first: the coordinator's read of the person, then their creating it.
    await expect.poll(async () => table.locator('tbody tr td:nth-child(3)').allTextContents(), { timeout: 15_000 }).toEqual(['Query.person', 'Mutation.createPerson']);
    expect(await table.textContent()).not.toContain('Vera');
    const users = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    expect(users).toEqual(['coordinator', 'coordinator']);
    await page.getByRole('status').filter({ hasText: 'Entries shown: 2' }).waitFor();
    await shot(page, 'auditor-log');
    await expectAxeClean(page, 'filtered access log');
  });

  it('opens a subject-access report from a person id, downloads it, and is accessible', async () => {
    await page.getByRole('link', { name: `Subject-access report for ${personId}` }).first().click();
    await page.getByRole('heading', { name: 'Subject-access report', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Subject-access report' });
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain('Created');
    expect(text).toContain('Mutation.createPerson');
    expect(text).toContain('coordinator');
    // The officer's own look at the log is in it too.
    expect(text).toContain('Read the access log');
    expect(new URL(page.url()).pathname).toBe(`/audit/people/${personId}`);
    await expectAxeClean(page, 'subject-access report');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tavla-access-log-subject-access-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFTime (UTC),User,Role,Agency,Action,Purpose,People (ids)')).toBe(true);
    expect(csv).toContain('Mutation.createPerson');
    await shot(page, 'auditor-subject');
  });

  it('draws a sample over a period, in Swedish too', async () => {
    await page.getByRole('link', { name: 'Back to the access log' }).click();
    await page.getByRole('heading', { name: 'Access log', level: 1 }).waitFor();
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await page.getByLabel('From (date)').fill(day);
    await page.getByLabel('To (date, inclusive)').fill(day);
    await page.getByLabel('Number of entries').fill('5');
    await page.getByLabel('Seed').fill('e2e');
    await page.getByRole('button', { name: 'Draw sample' }).click();
    await page.getByRole('status').filter({ hasText: /^5 of \d+ matching entries$/ }).waitFor();
    expect(await page.getByRole('table', { name: 'Random sample' }).locator('tbody tr').count()).toBe(5);
    await expectAxeClean(page, 'sample');
    await page.getByRole('combobox', { name: /language|språk|sprog/i }).selectOption('sv');
    await page.getByRole('heading', { name: 'Åtkomstlogg', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Stickprov' }).waitFor();
    await expectAxeClean(page, 'access log in Swedish');
    expect(errors).toEqual([]);
  });

  it('is not the page other roles get', async () => {
    const other = await (await newContext(browser)).newPage();
    try {
      await login(other, server.url, 'coordinator');
      await other.getByRole('heading', { name: 'My boards' }).waitFor();
      await other.goto(`${server.url}/audit`);
      await other.getByRole('heading', { name: 'My boards' }).waitFor();
      expect(await other.getByRole('heading', { name: 'Access log' }).count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
