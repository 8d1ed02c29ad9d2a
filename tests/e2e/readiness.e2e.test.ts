// A readiness alert in a real browser against the real server: a team member raises one, the
// 24-hour clock runs (as text, in a polite live region), the team convenes, logs a decision and an
// action, and closes it; the rest of the team sees the badge; a non-member cannot raise; an outside
// reporter gets only the report form; a team member sets an area's level; an admin keeps the team;
// a weekly meeting records a decision and a commitment that the minutes PDF lists. axe-core finds
// no serious or critical violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { createTestUser } from '../support/users.js';
import { pdfText } from '../support/pdf.js';
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
    // Raising writes, notifies the team and loads the alert page: slow on a loaded machine.
    await page.getByRole('heading', { name: /Alert: Lærkeparken/ }).waitFor({ timeout: 30_000 });
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
    // Not on the readiness team: no form to set levels.
    expect(await page.getByRole('heading', { name: 'Set an area’s level' }).count()).toBe(0);
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
    await page.getByRole('heading', { name: /^Weekly meetings:/ }).waitFor({ timeout: 30_000 });
    await page.getByLabel('Date', { exact: true }).fill('2026-03-03');
    await page.getByRole('button', { name: 'Create meeting' }).click();
    const meeting = page.getByRole('region', { name: '3 Mar 2026', exact: true });
    // A past meeting's agenda runs from the week before (no meeting before it) to its own date.
    await meeting.getByRole('heading', { name: 'Agenda (24 Feb 2026 – 3 Mar 2026)' }).waitFor();
    await meeting.getByLabel('Decision', { exact: true }).fill('Klubben holder åbent fredag aften');
    await meeting.getByRole('button', { name: 'Add decision' }).click();
    await meeting.getByRole('listitem').filter({ hasText: 'Klubben holder åbent fredag aften' }).waitFor();
    // A commitment, recorded from the meeting on one of the board's interventions.
    const intervention = meeting.getByRole('combobox', { name: 'Intervention', exact: true });
    await intervention.selectOption({ index: 1 });
    const title = await intervention.evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]!.text);
    await meeting.getByRole('textbox', { name: 'What will be done', exact: true }).fill('Ring til forældrene');
    await meeting.getByRole('combobox', { name: 'Who', exact: true }).selectOption({ label: 'Kasper Holm' });
    await meeting.getByLabel('By when', { exact: true }).fill('2026-03-10');
    await meeting.getByRole('button', { name: 'Add commitment' }).click();
    const done = meeting.getByRole('checkbox', { name: `Done: Ring til forældrene: Kasper Holm, by 10 Mar 2026 (${title})` });
    await done.waitFor();
    await done.check();
    await expect.poll(() => meeting.getByRole('checkbox', { name: /^Done: Ring til forældrene/ }).isChecked()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), meeting.getByRole('button', { name: 'Download minutes (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe('minutes-2026-03-03.pdf');
    const text = pdfText(readFileSync(await download.path()));
    for (const s of ['Klubben holder åbent fredag aften', 'Ring til forældrene', 'Kasper Holm', title]) expect(text, s).toContain(s);
    await expectAxeClean(page, 'meetings');
    await shot(page, 'meetings');
    await page.close();
  });

  it('lets a readiness-team member set an area’s level on the overview', async () => {
    const coordinator = await new TestClient(server.url).login('coordinator');
    const name = `Idrætsparken ${Date.now()}`;
    await coordinator.ok('mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }', { input: { name } });
    const page = await pageAs('analyst');
    await page.getByRole('link', { name: 'Situation' }).click();
    const form = page.getByRole('region', { name: 'Set an area’s level' });
    await form.waitFor();
    await form.getByRole('combobox', { name: 'Area', exact: true }).selectOption({ label: `${name} (now: Normal)` });
    await form.getByRole('radio', { name: 'Critical' }).check();
    await form.getByLabel(/^Why/).fill('Fyrværkeri mod busserne tre aftener i træk');
    await form.getByRole('button', { name: 'Set level' }).click();
    await page.getByText(`${name} is now at level Critical.`).waitFor();
    await expect.poll(async () => (await page.getByRole('row', { name: new RegExp(name) }).getByRole('cell').last().textContent())?.trim()).toBe('Critical');
    // The same level again: the server's message, translated.
    await form.getByRole('combobox', { name: 'Area', exact: true }).selectOption({ label: `${name} (now: Critical)` });
    await form.getByRole('radio', { name: 'Critical' }).check();
    await form.getByLabel(/^Why/).fill('Stadig uro');
    await form.getByRole('button', { name: 'Set level' }).click();
    await form.getByText('The area is already at this level.').waitFor();
    await expectAxeClean(page, 'overview with level form');
    await page.close();
  });

  it('lets an admin keep the readiness team; staff see it read-only', async () => {
    const adminApi = await new TestClient(server.url).login('admin');
    const u = await createTestUser(adminApi, 'COORDINATOR', 'e2eteam');
    const name = 'Test e2eteam';
    const teamOf = async () => (await adminApi.ok('{ readinessTeam { user { id } email } }')).readinessTeam.find((m: { user: { id: string } }) => m.user.id === u.id) ?? null;
    const page = await pageAs('admin');
    await page.getByRole('link', { name: 'The readiness team' }).click();
    await page.getByRole('heading', { name: 'The readiness team', level: 1 }).waitFor();
    await page.getByRole('rowheader', { name: 'Anders Lund' }).waitFor();
    await expectAxeClean(page, 'team, admin');
    const add = page.getByRole('form', { name: 'Add a member' });
    await add.getByRole('combobox', { name: 'User', exact: true }).selectOption({ label: `${name} (${u.username}, coordinator)` });
    const email = add.getByLabel(/^E-mail for alerts/);
    await email.fill('not-an-address');
    await add.getByRole('button', { name: 'Add to the team' }).click();
    await add.getByText('Write an e-mail address like name@kommune.dk, or leave it empty.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    // Past the page's check but not the server's: its message, translated, on the field.
    await email.fill('beredskab..vagt@kommune.dk');
    await add.getByRole('button', { name: 'Add to the team' }).click();
    await add.getByText('Wrong format.').waitFor();
    expect(await teamOf()).toBeNull();
    await email.fill('beredskab.vagt@kommune.dk');
    await add.getByRole('button', { name: 'Add to the team' }).click();
    await page.getByRole('rowheader', { name }).waitFor();
    expect(await teamOf()).toEqual({ user: { id: u.id }, email: 'beredskab.vagt@kommune.dk' });
    await page.getByLabel(`E-mail for alerts to ${name}`).fill('alarm@kommune.dk');
    await page.getByRole('button', { name: `Save e-mail for ${name}` }).click();
    await page.getByText(`E-mail for ${name} saved.`).waitFor();
    expect(await teamOf()).toEqual({ user: { id: u.id }, email: 'alarm@kommune.dk' });
    await expectAxeClean(page, 'team, member added');
    await shot(page, 'readiness-team');
    await page.getByRole('button', { name: `Remove ${name} from the team` }).click();
    await page.getByText(`${name} is no longer on the readiness team.`).waitFor();
    await expect.poll(() => page.getByRole('rowheader', { name }).count()).toBe(0);
    expect(await teamOf()).toBeNull();
    await page.close();

    const member = await pageAs('member');
    await member.getByRole('link', { name: /^Readiness/ }).click();
    await member.getByRole('link', { name: 'The readiness team' }).click();
    await member.getByRole('rowheader', { name: 'Anders Lund' }).waitFor();
    await member.getByText('Administrators keep the team.').waitFor();
    expect(await member.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    expect(await member.getByRole('form', { name: 'Add a member' }).count()).toBe(0);
    await expectAxeClean(member, 'team, read-only');
    await member.close();
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
