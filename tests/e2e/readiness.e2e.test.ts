// A readiness alert in a real browser against the real server: a team member raises one, the
// 24-hour clock runs (as text, in a polite live region), the team convenes, logs a decision and an
// action, and closes it; the rest of the team sees the badge; a non-member cannot raise; an outside
// reporter gets only the report form. axe-core finds no serious or critical violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { launchChromium, login, newContext, seriousAxeViolations, shot } from '../support/browser.js';

let server: TestServer;
let browser: Browser;
const errors: string[] = [];

async function pageAs(username: string): Promise<Page> {
  const context = await newContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(e.message));
  await login(page, server.url, username);
  await page.getByRole('button', { name: /log out/i }).waitFor();
  return page;
}

async function expectAxeClean(page: Page, name: string) {
  const v = await seriousAxeViolations(page);
  expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a readiness alert', () => {
  let page: Page;
  const reason = `Knivfund ved torvet og uro om aftenen ${Date.now()}`;

  it('is raised by a team member and starts the 24-hour clock', async () => {
    page = await pageAs('analyst');
    await page.getByRole('link', { name: /^Readiness/ }).click();
    await page.getByRole('heading', { name: 'Raise an alert' }).waitFor();
    await expectAxeClean(page, 'readiness list');
    await page.getByRole('combobox', { name: 'Area' }).selectOption({ label: 'Lærkeparken' });
    await page.getByLabel('Critical').check();
    await page.getByLabel(/^Reason/).fill(reason);
    await page.getByRole('button', { name: 'Raise alert and start the clock' }).click();
    await page.getByRole('heading', { name: /Alert: Lærkeparken/ }).waitFor();
    expect(page.url()).toMatch(/\/readiness\/ral_/);
    // The clock as text: 23 h 45 min is the first quarter hour below 24 h.
    const status = page.getByRole('status').filter({ hasText: /left to convene/ });
    await expect.poll(() => status.textContent()).toBe('23 h 45 min left to convene');
    await expect.poll(async () => (await page.locator('.clock-figures').textContent())?.trim()).toMatch(/^23:59:\d\d$/);
    await page.getByText(reason).waitFor();
    await shot(page, 'readiness-raised');
    await expectAxeClean(page, 'alert raised');
  });

  it('tells the rest of the team with a badge, and a non-member cannot raise', async () => {
    const coord = await pageAs('coordinator');
    await coord.locator('.nav-situation .badge').waitFor();
    expect(Number(await coord.locator('.nav-situation .badge').textContent())).toBeGreaterThanOrEqual(1);
    await coord.close();
    const member = await pageAs('member');
    await member.goto(`${server.url}/readiness`);
    await member.getByText('Only members of the readiness team can raise alerts.').waitFor();
    await member.close();
  });

  it('records convening with attendees, a decision and an action', async () => {
    await page.getByRole('checkbox', { name: 'Anders Lund' }).check();
    await page.getByRole('checkbox', { name: 'Kasper Holm' }).check();
    await page.getByLabel('Others (one per line)').fill('Boligforeningen Lærkebo, driftschef');
    await page.getByRole('button', { name: 'Record convening' }).click();
    await page.getByText(/^Convened .*, recorded by Anders Lund$/).waitFor();
    await page.getByText(/^Convened in time, after \d+ min$/).waitFor();
    await page.getByLabel('Decision', { exact: true }).fill('Gadeplansteamet er på torvet fire aftener om ugen');
    await page.getByRole('button', { name: 'Log decision' }).click();
    await page.getByText('Gadeplansteamet er på torvet fire aftener om ugen').waitFor();
    await page.getByLabel('What', { exact: true }).fill('Belysning i P-kælderen under blok C');
    await page.getByLabel('Who', { exact: true }).fill('Boligforeningen Lærkebo');
    await page.getByRole('button', { name: 'Log action' }).click();
    await page.getByRole('checkbox', { name: 'Done: Belysning i P-kælderen under blok C' }).check();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Done: Belysning i P-kælderen under blok C' }).isChecked()).toBe(true);
    await expectAxeClean(page, 'alert convened');
  });

  it('is closed with a summary and the area’s level after', async () => {
    await page.getByLabel('Summary').fill('Roligt på torvet i to uger; belysningen er skiftet.');
    await page.getByLabel('Area level after the alert').selectOption('ELEVATED');
    await page.getByRole('button', { name: 'Close alert' }).click();
    await page.getByText(/^Closed .* by Anders Lund$/).filter({ hasNotText: 'Raised' }).waitFor({ timeout: 30_000 });
    await page.getByText('Roligt på torvet i to uger; belysningen er skiftet.').waitFor();
    expect(await page.getByRole('button', { name: 'Close alert' }).count()).toBe(0);
    await shot(page, 'readiness-closed');
    await expectAxeClean(page, 'alert closed');
    // Back on the list: closed, with its time to convene.
    await page.getByRole('link', { name: /All alerts/ }).click();
    await page.getByRole('heading', { name: 'Time to convene' }).waitFor();
    await page.getByText(/Convened in time, after \d+ min/).first().waitFor();
  });
});

describe('the other situation pages', () => {
  it('shows the overview heat map with levels as text', async () => {
    const page = await pageAs('member');
    await page.getByRole('link', { name: 'Situation' }).click();
    await page.getByRole('table', { name: 'Highest level reported per area and week' }).waitFor();
    await page.getByRole('rowheader', { name: /Solbakken/ }).waitFor();
    await shot(page, 'situation-overview');
    await expectAxeClean(page, 'overview');
    await page.close();
  });

  it('gives an outside reporter only the report form, and stops an identity number', async () => {
    const page = await pageAs('reporter');
    await page.getByRole('heading', { name: 'Weekly situation report' }).waitFor();
    expect(await page.getByRole('link', { name: /Readiness|Situation/ }).count()).toBe(0);
    await page.getByLabel('What happened').fill('Uro ved 811228-9874 på torvet');
    await page.getByText(/This is a personal identity number/).waitFor();
    expect(await page.getByRole('button', { name: 'Send report' }).isDisabled()).toBe(true);
    await expectAxeClean(page, 'report form');
    await shot(page, 'report-form');
    await page.close();
  });

  it('runs a board’s weekly meeting: agenda, a decision, the minutes as a PDF', async () => {
    const page = await pageAs('coordinator');
    await page.getByRole('link', { name: 'Situation' }).click();
    await page.getByRole('link', { name: 'Meetings' }).first().click();
    await page.getByRole('heading', { name: /^Weekly meetings:/ }).waitFor();
    await page.getByLabel('Date', { exact: true }).fill('2026-03-03');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    await page.getByRole('heading', { name: /Agenda \(since/ }).first().waitFor();
    await page.getByLabel('Decision', { exact: true }).first().fill('Klubben holder åbent fredag aften');
    await page.getByRole('button', { name: 'Add decision' }).first().click();
    await page.getByRole('listitem').filter({ hasText: 'Klubben holder åbent fredag aften' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download minutes (PDF)' }).first().click()]);
    expect(download.suggestedFilename()).toBe('minutes-2026-03-03.pdf');
    await expectAxeClean(page, 'meetings');
    await shot(page, 'meetings');
    await page.close();
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
