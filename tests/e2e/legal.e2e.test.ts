// The person panel's "Legal basis & consent" section in a real browser: the consents and the
// information the viewer may see, and withdrawing a consent (confirmed), after which the tie that
// rested on it is gone from the board at once. Works on its own board: the demo case stays as it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { addToTeam, createBoard, createPerson, marker } from '../support/fixtures.js';
import { seedId } from '../../seed/ids.js';
import { boardState, launchChromium, login, seriousAxeViolations, shot, waitForBoard, watchedPage } from '../support/browser.js';

let server: TestServer;
let browser: Browser;
let page: Page;
let boardId: string;
let tieId: string;
const errors: string[] = [];

async function expectAxeClean(name: string) {
  const v = await seriousAxeViolations(page);
  expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer();
  const coord = await new TestClient(server.url).login('coordinator');
  const analyst = await new TestClient(server.url).login('analyst');
  boardId = await createBoard(coord, marker('Consent in the browser'));
  await addToTeam(coord, server.db, boardId, 'analyst');
  const liv = await createPerson(coord, boardId, 'Liv');
  const max = await createPerson(coord, boardId, 'Max');
  const consent = (await coord.ok('mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }', { input: {
    personId: liv, givenBy: 'mother', scope: ['TIES', 'INFORMATION'], agencyIds: ['social', 'school', 'police'].map((a) => seedId('agency', a)),
  } })).recordConsent;
  tieId = (await coord.ok('mutation($input: CreateTieInput!) { createTie(input: $input) { id } }', { input: {
    boardId, sourceId: liv, targetId: max, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE', consentId: consent.id,
  } })).createTie.id;
  await coord.ok('mutation($input: ShareInformationInput!) { shareInformation(input: $input) { id } }', { input: {
    personId: liv, class: 'CONSENT_GATED', text: 'Attends the homework club every week.', consentId: consent.id,
  } });
  await analyst.ok('mutation($input: ShareInformationInput!) { shareInformation(input: $input) { id } }', { input: {
    personId: liv, class: 'POLICE_115', text: 'Seen with older youths at the station.',
  } });
  browser = await launchChromium();
  page = await watchedPage(browser, errors);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('legal basis and consent in the person panel', () => {
  it('lists the consent and the information the coordinator may see, accessibly', async () => {
    await login(page, server.url, 'coordinator');
    await page.getByRole('heading', { name: 'My boards' }).waitFor();
    await page.goto(`${server.url}/boards/${encodeURIComponent(boardId)}`);
    await waitForBoard(page);
    expect((await boardState(page)).edges.filter((e) => e.id === tieId)).toHaveLength(1);
    const liv = (await boardState(page)).nodes.find((n) => n.label === 'Liv')!;
    const box = (await page.getByTestId('board-canvas').boundingBox())!;
    await page.mouse.click(box.x + liv.rx, box.y + liv.ry);
    const section = page.locator('section[aria-labelledby="sec-legal"]');
    await section.getByRole('heading', { name: 'Legal basis & consent' }).waitFor();
    await section.getByText('In force').waitFor();
    await section.getByText('Given by mother', { exact: false }).waitFor();
    await section.getByText('Attends the homework club every week.').waitFor();
    // §115 information carries its purpose flag.
    await section.getByText('Seen with older youths at the station.').waitFor();
    await section.getByText('Crime prevention only').waitFor();
    await shot(page, 'legal-01-panel');
    await expectAxeClean('legal section');
  });

  it('withdraws the consent after a confirmation: the tie and the information resting on it disappear at once', async () => {
    const section = page.locator('section[aria-labelledby="sec-legal"]');
    await section.getByRole('button', { name: /^Withdraw the consent given by mother/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw this consent?' });
    await dialog.waitFor();
    await expectAxeClean('withdraw dialog');
    // Cancel first: nothing happens.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await section.getByText('In force').waitFor();
    await section.getByRole('button', { name: /^Withdraw the consent given by mother/ }).click();
    await dialog.getByLabel(/Who withdrew it/).fill('mother');
    await dialog.getByRole('button', { name: 'Withdraw consent' }).click();
    await section.getByText(/^Withdrawn .* by mother$/).waitFor();
    await page.waitForFunction((id) => {
      const cy = (window as unknown as { __tavla: { cy: () => { edges: (s: string) => { length: number } } } }).__tavla.cy();
      return cy.edges(`[id = "${id}"]`).length === 0;
    }, tieId);
    expect((await boardState(page)).edges.filter((e) => e.id === tieId)).toHaveLength(0);
    expect(await section.getByText('Attends the homework club every week.').count()).toBe(0);
    await section.getByText('Seen with older youths at the station.').waitFor();
    expect(await section.getByRole('button', { name: /^Withdraw the consent/ }).count()).toBe(0);
    await shot(page, 'legal-02-withdrawn');
    await expectAxeClean('after withdrawal');
    expect(errors).toEqual([]);
  });

  it('does not offer the coordinator §115 from a police agency (only the police record police information)', async () => {
    const agencies = (await (await new TestClient(server.url).login('coordinator')).ok('{ agencies { name kind } }')).agencies as { name: string; kind: string }[];
    const police = agencies.filter((a) => a.kind === 'POLICE').map((a) => a.name);
    expect(police.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Draw tie…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Tie from/ });
    await dialog.waitFor();
    await dialog.getByText('Source and note').click();
    const options = (label: string) => dialog.getByLabel(label).locator('option').allTextContents();
    expect(await options('Legal basis')).toContain('SSP (§115)');
    for (const name of police) expect(await options('Source agency')).toContain(name);
    await dialog.getByLabel('Legal basis').selectOption('SSP_115');
    for (const name of police) expect(await options('Source agency')).not.toContain(name);
    await dialog.getByLabel('Legal basis').selectOption('CONSENT');
    await dialog.getByLabel('Source agency').selectOption({ label: police[0]! });
    expect(await options('Legal basis')).not.toContain('SSP (§115)');
    await expectAxeClean('tie dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The coordinator exports pictures; they are told which ties are left out.
    expect(await page.getByRole('button', { name: 'SVG', exact: true }).isDisabled()).toBe(false);
    expect(await page.getByRole('group', { name: 'Export' }).getAttribute('aria-describedby')).toBe('export-note');
    expect(await page.locator('#export-note').textContent()).toBe('Ties that may not be passed on (shared by the police under §115, on a consent or under another statute) are left out of pictures.');
  });

  it('shows an analyst the export buttons disabled, with the reason', async () => {
    const other = await watchedPage(browser, errors);
    await login(other, server.url, 'analyst');
    await other.getByRole('heading', { name: 'My boards' }).waitFor();
    await other.goto(`${server.url}/boards/${encodeURIComponent(boardId)}`);
    await waitForBoard(other);
    for (const name of ['PNG', 'SVG', 'PDF']) expect(await other.getByRole('button', { name, exact: true }).isDisabled()).toBe(true);
    await other.getByText('Your role cannot export pictures.').waitFor();
    await shot(other, 'legal-03-analyst-export');
    const v = await seriousAxeViolations(other);
    expect(v, JSON.stringify(v, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
