// The interventions page and the factor catalogue in a real browser against the real server.
// The coordinator works on the demo board's "Mentor til Bilal" (checked against seed/demo): edits
// it, records a weekly follow-up that settles an overdue flag, and meets a stale edit; the admin
// adds, edits and retires a factor; nobody else gets the catalogue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { launchChromium, login, seriousAxeViolations, shot, watchedPage } from '../support/browser.js';
import { interventions as seedInterventions } from '../../seed/demo/interventions.js';
import { boards as seedBoards, MAIN_BOARD } from '../../seed/demo/boards.js';
import { factorCatalogue } from '../../seed/factors.js';
import { contacts as seedContacts } from '../../seed/demo/organisations.js';

// The server's "today" is the UTC date.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const boardTitle = seedBoards.find((b) => b.key === MAIN_BOARD)!.title;
const seedMentor = seedInterventions.find((i) => i.key === 'mentor_bilal')!;
const factorName = (key: string) => factorCatalogue.find((f) => f.key === key)!.name.en;
const contactName = (key: string) => seedContacts.find((c) => c.key === key)!.name;

let server: TestServer;
let browser: Browser;
let coord: TestClient;
let page: Page;
let boardId: string;
let mentorId: string;
const errors: string[] = [];

const MENTOR = `query($id: ID!) { intervention(id: $id) { id version description nextFollowUp followUpOverdue cost { amount currency unit } } }`;
const UPDATE = 'mutation($input: UpdateInterventionInput!) { updateIntervention(input: $input) { id version } }';
const mentor = async () => (await coord.ok<{ intervention: { version: number; description: string; nextFollowUp: string; followUpOverdue: boolean; cost: { amount: number } } }>(MENTOR, { id: mentorId })).intervention;

async function expectAxeClean(p: Page, name: string) {
  const found = await seriousAxeViolations(p);
  expect(found, `${name}: ${JSON.stringify(found, null, 1)}`).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer();
  coord = await new TestClient(server.url).login('coordinator');
  const boards = (await coord.ok<{ boards: { id: string; title: string }[] }>('{ boards { id title } }')).boards;
  boardId = boards.find((b) => b.title === boardTitle)!.id;
  const list = (await coord.ok<{ board: { interventions: { id: string; title: string }[] } }>('query($id: ID!) { board(id: $id) { interventions { id title } } }', { id: boardId })).board.interventions;
  mentorId = list.find((i) => i.title === seedMentor.title)!.id;
  // The seed's next follow-up is in five days; put it a day in the past so it is overdue.
  await coord.ok(UPDATE, { input: { id: mentorId, version: (await mentor()).version, nextFollowUp: day(-1) } });
  // A commitment for the detail view to show (no meeting date: the demo's meetings stay as seeded).
  const me = (await coord.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
  await coord.ok('mutation($input: AddCommitmentInput!) { addCommitment(input: $input) { id } }', {
    input: { interventionId: mentorId, what: 'Aftal prøvetræning i bokseklubben', dueDate: day(10), assigneeUserId: me },
  });
  browser = await launchChromium();
  page = await watchedPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the interventions page', () => {
  it('is reached from the planning page and lists the board’s interventions, overdue in words', async () => {
    await login(page, server.url, 'coordinator');
    await page.getByRole('heading', { name: 'My boards' }).waitFor();
    await page.goto(`${server.url}/boards/${boardId}/planning`);
    await page.getByRole('link', { name: 'Interventions', exact: true }).click();
    await page.getByRole('heading', { name: `Interventions: ${boardTitle}` }).waitFor();
    const table = page.getByRole('table', { name: 'Interventions of the board' });
    for (const i of seedInterventions.filter((x) => x.board === MAIN_BOARD)) await table.getByRole('rowheader', { name: i.title }).waitFor();
    const row = table.getByRole('row', { name: new RegExp(seedMentor.title) });
    const text = (await row.textContent())!.replace(/\s/g, ' ');
    expect(text).toContain('Individual-oriented');
    expect(text).toContain('Active');
    expect(text).toContain(contactName('line'));
    expect(text).toContain('Bilal');
    for (const key of [...seedMentor.strengthens, ...seedMentor.reduces]) expect(text).toContain(factorName(key));
    expect(text).toContain('DKK 3,900 per week');
    expect(text).toContain('(overdue)');
    // Every other intervention of the seed is followed up in five days: none is overdue.
    expect(await table.getByText('(overdue)').count()).toBe(1);
    await expectAxeClean(page, 'interventions list');
    await shot(page, 'interventions-01-list');
  });

  it('shows one in full: fields, follow-ups latest first, commitments', async () => {
    await page.getByRole('link', { name: seedMentor.title }).click();
    await page.getByRole('heading', { name: seedMentor.title, level: 1 }).waitFor();
    await page.getByText('Overdue: follow-up was due').waitFor();
    const followUps = page.locator('.followup-list > li');
    expect(await followUps.count()).toBe(seedMentor.followUps!.length);
    // The seed's latest follow-up (two days ago) is DELAYED, its earliest (30 days ago) too, with a note.
    expect(await followUps.first().textContent()).toContain('Delayed');
    expect(await followUps.last().textContent()).toContain(seedMentor.followUps![0]!.note!);
    const commitments = page.getByRole('table', { name: 'Commitments' });
    expect(await commitments.textContent()).toContain('Aftal prøvetræning i bokseklubben');
    const commitment = (await commitments.getByRole('row', { name: /Aftal prøvetræning/ }).textContent())!;
    expect(commitment).toContain('Kasper Holm');
    expect(commitment).toContain('Open');
    await expectAxeClean(page, 'intervention detail');
    await shot(page, 'interventions-02-detail');
  });

  it('edits it, with a translated message under an invalid field', async () => {
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit “${seedMentor.title}”` });
    await dialog.getByLabel(/Cost \(amount/).fill('4100');
    await dialog.getByLabel(/Currency/).fill('DK');
    await expectAxeClean(page, 'edit dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const currency = dialog.getByLabel(/Currency/);
    await expect.poll(() => currency.getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    const message = await page.locator(`#${await currency.getAttribute('aria-describedby')}`).textContent();
    expect(message).toMatch(/three|currency/i);
    await shot(page, 'interventions-03-edit-error');
    await currency.fill('DKK');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('DKK 4,100 per week').waitFor();
    expect((await mentor()).cost.amount).toBe(4100);
  });

  it('records the weekly follow-up with an observed level, and the overdue flag goes', async () => {
    await page.getByRole('button', { name: 'Record follow-up' }).click();
    const dialog = page.getByRole('dialog', { name: `Follow-up of “${seedMentor.title}”` });
    const older = factorName('risk.peers.older_criminal_contacts');
    // Only the factors the intervention works on, for the young person it targets (in the server's order).
    expect((await dialog.locator('.observation-what').allTextContents()).sort()).toEqual(
      [...seedMentor.reduces, ...seedMentor.strengthens].map((k) => `Bilal: ${factorName(k)}`).sort(),
    );
    await dialog.getByLabel(`Level: Bilal, ${older}`).selectOption('2');
    await dialog.getByLabel('Delayed').check();
    await dialog.getByLabel('Note').fill('Bilal mødte op to gange.');
    expect(await dialog.getByLabel('Next follow-up').inputValue()).toBe(day(7));
    await expectAxeClean(page, 'follow-up dialog');
    await shot(page, 'interventions-04-follow-up');
    await dialog.getByRole('button', { name: 'Record' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByText('Overdue: follow-up was due').count(), { timeout: 15_000 }).toBe(0);
    const latest = page.locator('.followup-list > li').first();
    expect(await latest.textContent()).toContain(`Observed: Bilal, ${older}: level 2`);
    expect(await latest.textContent()).toContain('Bilal mødte op to gange.');
    const after = await mentor();
    expect(after.followUpOverdue).toBe(false);
    expect(after.nextFollowUp).toBe(day(7));
    await page.getByRole('link', { name: 'All interventions of the board' }).click();
    await page.getByRole('table', { name: 'Interventions of the board' }).waitFor();
    expect(await page.getByText('(overdue)').count()).toBe(0);
  });

  it('answers a stale edit with the conflict message and the latest version', async () => {
    await page.getByRole('link', { name: seedMentor.title }).click();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Edit “${seedMentor.title}”` });
    await dialog.getByLabel(/Cost \(amount/).fill('4200');
    // Someone else saves first.
    await coord.ok(UPDATE, { input: { id: mentorId, version: (await mentor()).version, description: 'Ændret af en kollega.' } });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Someone else changed this intervention first' }).waitFor();
    await expect.poll(() => dialog.getByLabel('Description').inputValue(), { timeout: 15_000 }).toBe('Ændret af en kollega.');
    expect(await dialog.getByLabel(/Cost \(amount/).inputValue()).toBe('4100');
    await expectAxeClean(page, 'stale edit');
    await shot(page, 'interventions-05-stale');
    // Made again on the latest version, it goes through.
    await dialog.getByLabel(/Cost \(amount/).fill('4200');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await mentor()).toMatchObject({ description: 'Ændret af en kollega.', cost: { amount: 4200 } });
    expect(errors).toEqual([]);
  });
});

describe('the factor catalogue', () => {
  const key = `risk.community.e2e_${Date.now().toString(36)}`;

  it('lets an admin add, edit and retire a factor; a retired one stays, marked', async () => {
    const admin = await watchedPage(browser, errors);
    await login(admin, server.url, 'admin');
    await admin.getByRole('link', { name: 'Factor catalogue' }).click();
    await admin.getByRole('heading', { name: 'Factor catalogue', level: 1 }).waitFor();
    const active = admin.getByRole('table', { name: 'Active factors' });
    await active.getByRole('rowheader', { name: factorName('risk.school.truancy') }).waitFor();
    await expectAxeClean(admin, 'catalogue');
    await shot(admin, 'catalogue-01-list');

    await admin.getByRole('button', { name: 'Add factor' }).click();
    const dialog = admin.getByRole('dialog', { name: 'New factor' });
    await dialog.getByLabel(/^Key/).fill('Not A Key');
    await dialog.getByLabel('Domain').selectOption('COMMUNITY');
    await dialog.getByLabel('Name in Swedish').fill('Tomma lokaler på kvällen');
    await dialog.getByLabel('Name in Danish').fill('Tomme lokaler om aftenen');
    await dialog.getByLabel('Name in English').fill('Empty premises at night');
    await dialog.getByLabel('Description in English').fill('Fictional test factor.');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => dialog.getByLabel(/^Key/).getAttribute('aria-invalid'), { timeout: 15_000 }).toBe('true');
    await expectAxeClean(admin, 'add factor');
    await shot(admin, 'catalogue-02-add-error');
    await dialog.getByLabel(/^Key/).fill(key);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = active.getByRole('row', { name: /Empty premises at night/ });
    expect((await row.textContent())!).toMatch(/Risk.*Community and leisure.*Active/);

    await row.getByRole('button', { name: 'Edit Empty premises at night' }).click();
    const edit = admin.getByRole('dialog', { name: 'Edit “Empty premises at night”' });
    expect(await edit.getByLabel('Description in English').inputValue()).toBe('Fictional test factor.');
    await edit.getByLabel('Name in English').fill('Empty premises in the evening');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });

    await active.getByRole('button', { name: 'Retire Empty premises in the evening' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Retire “Empty premises in the evening”?' });
    await confirm.getByRole('button', { name: 'Retire' }).click();
    await confirm.waitFor({ state: 'detached' });
    const retired = admin.getByRole('table', { name: 'Retired factors' });
    expect(await retired.getByRole('row', { name: /Empty premises in the evening/ }).textContent()).toContain('Retired');
    expect(await active.getByRole('row', { name: /Empty premises/ }).count()).toBe(0);
    await expectAxeClean(admin, 'catalogue with a retired factor');
    await retired.scrollIntoViewIfNeeded();
    await shot(admin, 'catalogue-03-retired');

    // The server agrees: kept, retired, and no longer offered.
    const all = (await coord.ok<{ factors: { key: string; retired: boolean; nameEn: string; version: number }[] }>('{ factors(includeRetired: true) { key retired nameEn version } }')).factors;
    expect(all.find((f) => f.key === key)).toMatchObject({ retired: true, nameEn: 'Empty premises in the evening', version: 3 });
    const offered = (await coord.ok<{ factors: { key: string }[] }>('{ factors { key } }')).factors;
    expect(offered.some((f) => f.key === key)).toBe(false);
    // In Swedish, the Swedish name.
    await admin.getByLabel('Language').selectOption('sv');
    await admin.getByRole('table', { name: 'Avvecklade faktorer' }).getByRole('rowheader', { name: 'Tomma lokaler på kvällen' }).waitFor();
  });

  it('is not there for anyone else, and the server refuses their edits', async () => {
    await page.goto(`${server.url}/factors`);
    await page.getByRole('heading', { name: 'My boards' }).waitFor();
    expect(await page.getByRole('link', { name: 'Factor catalogue' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Factor catalogue' }).count()).toBe(0);
    const r = await coord.gql('mutation($input: CreateFactorInput!) { createFactor(input: $input) { id } }', {
      input: { key: 'risk.community.not_allowed', kind: 'RISK', domain: 'COMMUNITY', nameSv: 'X', nameDa: 'X', nameEn: 'X' },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const target = (await coord.ok<{ factors: { id: string }[] }>('{ factors { id } }')).factors[0]!.id;
    const retire = await coord.gql('mutation($id: ID!) { retireFactor(id: $id, version: 1) { id } }', { id: target });
    expect(retire.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(errors).toEqual([]);
  });
});
