// Issue 6's actions in the product, in a real browser: recording a consent (with per-field,
// translated errors) and withdrawing it, sharing information (an agency note, information on the
// consent, §115 by a police analyst only), closing and reopening the case with its retention
// consequence, and erasing a person on request. Works on its own board and people: the demo case
// stays as it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { addToTeam, auditMark, auditSince, createBoard, createPerson, marker } from '../support/fixtures.js';
import { boardState, launchChromium, login, seriousAxeViolations, shot, waitForBoard, watchedPage } from '../support/browser.js';

const RULE_MONTHS = 6;
const ZONE = 'Europe/Copenhagen';
let server: TestServer;
let browser: Browser;
let page: Page;
let coord: TestClient;
let boardId: string;
let liv: string;
let ebbe: string;
const errors: string[] = [];

const iso = (d: Date, timeZone?: string) => new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
/** As the app writes dates in English: 23 Nov 2026. */
const en = (date: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last))), 'UTC');
}

async function expectAxeClean(p: Page, name: string) {
  const v = await seriousAxeViolations(p);
  expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

async function openBoard(p: Page, username: string) {
  await login(p, server.url, username);
  await p.getByRole('heading', { name: /^(My boards|Mina tavlor|Mine tavler)$/ }).waitFor();
  await p.goto(`${server.url}/boards/${encodeURIComponent(boardId)}`);
  await waitForBoard(p);
}

async function openPerson(p: Page, label: string) {
  const node = (await boardState(p)).nodes.find((n) => n.label === label)!;
  const box = (await p.getByTestId('board-canvas').boundingBox())!;
  await p.mouse.click(box.x + node.rx, box.y + node.ry);
  await p.locator('#panel-title', { hasText: label }).waitFor();
}

const legal = (p: Page) => p.locator('section[aria-labelledby="sec-legal"]');

async function consentsOf(id: string) {
  return (await coord.ok<{ person: { consents: { givenBy: string; scope: string[]; live: boolean; expiresOn: string | null; agencies: { name: string }[] }[] } }>(
    'query($id: ID!) { person(id: $id) { consents { givenBy scope live expiresOn agencies { name } } } }', { id },
  )).person.consents;
}

beforeAll(async () => {
  server = await startTestServer({ RETENTION_RULE: `months-after-case-closed:${RULE_MONTHS}`, TIME_ZONE: ZONE, RETENTION_PURGE_INTERVAL_HOURS: '0' });
  coord = await new TestClient(server.url).login('coordinator');
  boardId = await createBoard(coord, marker('Legal actions in the browser'));
  await addToTeam(coord, server.db, boardId, 'analyst');
  await addToTeam(coord, server.db, boardId, 'member');
  liv = await createPerson(coord, boardId, 'Liv');
  await createPerson(coord, boardId, 'Max');
  ebbe = await createPerson(coord, boardId, 'Ebbe');
  browser = await launchChromium();
  page = await watchedPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('recording and withdrawing a consent from the person panel', () => {
  it('shows each field’s error in the user’s language, then records the consent and lists it', async () => {
    await openBoard(page, 'coordinator');
    await openPerson(page, 'Liv');
    await legal(page).getByText('No consents recorded.').waitFor();
    await legal(page).getByRole('button', { name: 'Record a consent…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record a consent' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Record consent' }).click();
    // The server's messages, each under its field and tied to it for screen readers.
    await expect.poll(() => dialog.locator('#consent-given-by-error').textContent()).toBe('Required.');
    expect(await dialog.locator('#consent-scope-error').textContent()).toBe('Choose at least 1.');
    expect(await dialog.locator('#consent-agencies-error').textContent()).toBe('Choose at least 1.');
    expect(await dialog.getByLabel('Who gave it').getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(page, 'consent form with errors');
    await shot(page, 'legal-admin-01-consent-errors');

    const today = iso(new Date());
    await dialog.getByLabel('Who gave it').fill('mother');
    await dialog.getByLabel('Ties to others').check();
    await dialog.getByLabel('Information shared about them').check();
    for (const a of ['Børn og Familie, Bøgely Kommune', 'Solbakkeskolen']) await dialog.getByLabel(a).check();
    await dialog.getByLabel('Lapses on (optional)').fill(today);
    await dialog.getByRole('button', { name: 'Record consent' }).click();
    await expect.poll(() => dialog.locator('#consent-expires-on-error').textContent()).toBe('The expiry date must be after the day the consent was given.');
    expect(await consentsOf(liv)).toEqual([]);

    const lapses = plusMonths(today, 12);
    await dialog.getByLabel('Lapses on (optional)').fill(lapses);
    await dialog.getByRole('button', { name: 'Record consent' }).click();
    await dialog.waitFor({ state: 'detached' });
    await legal(page).getByText('In force').waitFor();
    await legal(page).getByText(`Given by mother, given ${en(today)}, lapses ${en(lapses)}`).waitFor();
    await legal(page).getByText('Covers: information, ties', { exact: false }).waitFor();
    const saved = await consentsOf(liv);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ givenBy: 'mother', scope: ['INFORMATION', 'TIES'], live: true, expiresOn: lapses });
    expect(saved[0]!.agencies.map((a) => a.name).sort()).toEqual(['Børn og Familie, Bøgely Kommune', 'Solbakkeskolen']);
  });

  it('shares an agency note and information on the consent; a coordinator is not offered §115', async () => {
    await legal(page).getByRole('button', { name: 'Share information…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share information' });
    await dialog.waitFor();
    const kinds = await dialog.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(kinds).toEqual(['AGENCY_NOTE', 'CONSENT_GATED', 'STATUTE']);
    expect(await dialog.getByLabel('Police, §115').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => dialog.locator('#share-text-error').textContent()).toBe('Required.');
    await dialog.getByLabel('Information', { exact: true }).fill('Met the school nurse about sleep.');
    await dialog.getByRole('button', { name: 'Share' }).click();
    await dialog.waitFor({ state: 'detached' });
    await legal(page).getByText('Met the school nurse about sleep.').waitFor();

    await legal(page).getByRole('button', { name: 'Share information…' }).click();
    await dialog.getByLabel('On consent').check();
    // Without a consent chosen the server names the field.
    await dialog.getByLabel('Information', { exact: true }).fill('Goes to the homework club on Tuesdays.');
    await dialog.getByRole('button', { name: 'Share' }).click();
    await expect.poll(() => dialog.locator('#share-consent-error').textContent()).toBe('Choose the consent it is shared on.');
    await dialog.getByLabel('Consent it rests on').selectOption({ label: `Given by mother, ${en(iso(new Date()))}` });
    await expectAxeClean(page, 'share form');
    await shot(page, 'legal-admin-02-share');
    await dialog.getByRole('button', { name: 'Share' }).click();
    await dialog.waitFor({ state: 'detached' });
    await legal(page).getByText('Goes to the homework club on Tuesdays.').waitFor();
    await expectAxeClean(page, 'legal section after sharing');
  });

  it('offers a police analyst §115 and not information on consent, and shares it flagged for prevention only', async () => {
    const other = await watchedPage(browser, errors);
    await openBoard(other, 'analyst');
    await openPerson(other, 'Liv');
    // Analysts do not record consents (they read them).
    await legal(other).getByRole('button', { name: 'Share information…' }).waitFor();
    expect(await legal(other).getByRole('button', { name: 'Record a consent…' }).count()).toBe(0);
    await legal(other).getByRole('button', { name: 'Share information…' }).click();
    const dialog = other.getByRole('dialog', { name: 'Share information' });
    await dialog.waitFor();
    const kinds = await dialog.getByRole('radio').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(kinds).toEqual(['AGENCY_NOTE', 'POLICE_115', 'STATUTE']);
    await dialog.getByLabel('Police, §115').check();
    await dialog.getByLabel('Information', { exact: true }).fill('Seen near the station late at night.');
    await dialog.getByRole('button', { name: 'Share' }).click();
    await dialog.waitFor({ state: 'detached' });
    await legal(other).getByText('Seen near the station late at night.').waitFor();
    await legal(other).getByText('Crime prevention only').waitFor();
    await other.context().close();
  });

  it('withdraws the consent: what rested on it disappears, the agency note stays', async () => {
    await page.reload();
    await waitForBoard(page);
    await openPerson(page, 'Liv');
    await legal(page).getByText('Goes to the homework club on Tuesdays.').waitFor();
    await legal(page).getByText('Seen near the station late at night.').waitFor();
    await legal(page).getByRole('button', { name: /^Withdraw the consent given by mother/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw this consent?' });
    await dialog.getByRole('button', { name: 'Withdraw consent' }).click();
    await legal(page).getByText(/^Withdrawn /).waitFor();
    expect(await legal(page).getByText('Goes to the homework club on Tuesdays.').count()).toBe(0);
    await legal(page).getByText('Met the school nurse about sleep.').waitFor();
    expect((await consentsOf(liv))[0]!.live).toBe(false);
  });

  it('shows the same per-field errors in Swedish', async () => {
    const sv = await watchedPage(browser, errors, { locale: 'sv-SE' });
    await openBoard(sv, 'member');
    await openPerson(sv, 'Liv');
    await legal(sv).getByRole('button', { name: 'Registrera ett samtycke…' }).click();
    const dialog = sv.getByRole('dialog', { name: 'Registrera ett samtycke' });
    await dialog.getByRole('button', { name: 'Registrera samtycket' }).click();
    await expect.poll(() => dialog.locator('#consent-given-by-error').textContent()).toBe('Obligatoriskt.');
    expect(await dialog.locator('#consent-agencies-error').textContent()).toBe('Välj minst 1.');
    await sv.context().close();
  });
});

describe('closing and reopening the case', () => {
  it('states the retention consequence, shows the closed date and the people’s retain-until date, and reopens', async () => {
    await page.keyboard.press('Escape');
    const status = page.getByTestId('case-status');
    await expect.poll(() => status.textContent()).toBe('Case open');
    await page.getByRole('button', { name: 'Close case…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close this case?' });
    await dialog.getByText(/starts the retention clock/).waitFor();
    await expectAxeClean(page, 'close dialog');
    await shot(page, 'legal-admin-03-close-confirm');
    // Cancel first: nothing happens.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const board = () => coord.ok<{ board: { closedAt: string | null } }>('query($id: ID!) { board(id: $id) { closedAt } }', { id: boardId });
    expect((await board()).board.closedAt).toBeNull();

    await page.getByRole('button', { name: 'Close case…' }).click();
    await dialog.getByRole('button', { name: 'Close case' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^Case closed /);
    const closedAt = (await board()).board.closedAt!;
    expect(Date.now() - new Date(closedAt).getTime()).toBeLessThan(10 * 60_000);
    expect(await status.textContent()).toBe(`Case closed ${en(iso(new Date(closedAt)))}`);
    // Retain-until: the close date in the municipality's zone plus the rule's months.
    await openPerson(page, 'Max');
    const until = plusMonths(iso(new Date(closedAt), ZONE), RULE_MONTHS);
    await page.getByText(`Kept until ${en(until)}; erased after that by the retention rule.`).waitFor();
    await shot(page, 'legal-admin-04-closed');
    await expectAxeClean(page, 'closed board');

    await page.getByRole('button', { name: 'Reopen case…' }).click();
    const reopen = page.getByRole('dialog', { name: 'Reopen this case?' });
    await reopen.getByText(`The case was closed ${en(iso(new Date(closedAt)))}.`, { exact: false }).waitFor();
    await reopen.getByRole('button', { name: 'Reopen case' }).click();
    await expect.poll(() => status.textContent()).toBe('Case open');
    expect((await board()).board.closedAt).toBeNull();
  });
});

describe('erasing a person on request', () => {
  it('needs a reason and the name typed back, then the person is gone', async () => {
    await openPerson(page, 'Ebbe');
    await page.getByRole('button', { name: 'Erase person…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase Ebbe?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByText('Choose a reason.').waitFor();
    await dialog.getByLabel('Reason').selectOption('ENTERED_IN_ERROR');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByLabel('To confirm, type Ebbe').fill('Max');
    await dialog.getByRole('button', { name: 'Erase permanently' }).click();
    await dialog.getByText('That is not Ebbe.').waitFor();
    await expectAxeClean(page, 'erase dialog');
    await shot(page, 'legal-admin-05-erase-confirm');
    // Nothing erased yet.
    expect((await coord.ok<{ person: { id: string } | null }>('query($id: ID!) { person(id: $id) { id } }', { id: ebbe })).person).not.toBeNull();

    await dialog.getByLabel('To confirm, type Ebbe').fill('ebbe');
    const since = await auditMark(server.db);
    await dialog.getByRole('button', { name: 'Erase permanently' }).click();
    await page.waitForFunction((id) => {
      const cy = (window as unknown as { __tavla: { cy: () => { nodes: (s: string) => { length: number } } } }).__tavla.cy();
      return cy.nodes(`[id = "${id}"]`).length === 0;
    }, ebbe);
    expect((await boardState(page)).nodes.map((n) => n.label).sort()).toEqual(['Liv', 'Max']);
    expect((await coord.ok<{ person: { id: string } | null }>('query($id: ID!) { person(id: $id) { id } }', { id: ebbe })).person).toBeNull();
    // The access log names the reason (a code), never the data.
    const rows = (await auditSince(server.db, since)).filter((r) => r.action === 'DELETE');
    expect(rows.map((r) => [r.purpose, r.personIds])).toEqual([['Mutation.erasePerson:ENTERED_IN_ERROR', [ebbe]]]);
    await shot(page, 'legal-admin-06-erased');
    await expectAxeClean(page, 'after erasure');
    expect(errors).toEqual([]);
  });

  it('is not offered to a member', async () => {
    const other = await watchedPage(browser, errors);
    await openBoard(other, 'member');
    await openPerson(other, 'Max');
    await legal(other).getByRole('heading', { name: 'Legal basis & consent' }).waitFor();
    expect(await other.getByRole('button', { name: 'Erase person…' }).count()).toBe(0);
    await other.getByRole('button', { name: 'Close case…' }).waitFor();
    await other.context().close();
  });
});
