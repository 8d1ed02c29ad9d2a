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
});
