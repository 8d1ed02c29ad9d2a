// The TOTP second factor in a real browser against a server that requires it for analysts
// (TOTP_REQUIRED_ROLES=ANALYST): a new analyst is held on the enrolment page until they set up an
// app, confirm with a code and then log in with password and code; a member turns it on and off
// on the account page. Codes are computed from the key the page shows, with the tests' own
// RFC 6238 implementation (tests/support/totp.ts), not the server's. axe-core finds no serious or
// critical violations on any of these pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { createTestUser, testPassword, type TestUser } from '../support/users.js';
import { launchChromium, login, seriousAxeViolations, shot, watchedPage } from '../support/browser.js';
import { totpAt } from '../support/totp.js';

let server: TestServer;
let browser: Browser;
let admin: TestClient;
const errors: string[] = [];

async function newPage(locale?: string): Promise<Page> {
  return watchedPage(browser, errors, { timeout: 10_000, locale });
}

async function expectAxeClean(page: Page, name: string) {
  const v = await seriousAxeViolations(page);
  expect(v, `${name}: ${JSON.stringify(v, null, 1)}`).toEqual([]);
}

/** The key as the page shows it (groups of four), without the spaces. */
async function shownKey(page: Page): Promise<string> {
  const text = (await page.locator('.totp-secret').textContent()) ?? '';
  return text.replace(/\s+/g, '');
}

/** A six-digit code the server will not accept now: none of the steps either side of now. */
function wrongCode(key: string): string {
  const near = new Set([-60_000, -30_000, 0, 30_000, 60_000].map((d) => totpAt(key, Date.now() + d)));
  for (let n = 0; ; n++) {
    const c = String(n).padStart(6, '0');
    if (!near.has(c)) return c;
  }
}

/** Each code is accepted once: after enrolling, the test makes the server forget the used step rather than wait 30 s. */
async function forgetUsedStep(user: TestUser): Promise<void> {
  await server.db.write((tx) => tx.rows('test/totp-forget-step', { userId: user.id }));
}

beforeAll(async () => {
  server = await startTestServer({ TOTP_REQUIRED_ROLES: 'ANALYST' });
  browser = await launchChromium();
  admin = await new TestClient(server.url).login('admin');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a role that must use a second factor', () => {
  let analyst: TestUser;
  let key: string;
  let page: Page;

  it('is held on the enrolment page after the password, with the key as QR code and as text', async () => {
    analyst = await createTestUser(admin, 'ANALYST', 'e2etotp');
    page = await newPage();
    await login(page, server.url, analyst.username, testPassword);
    await page.getByRole('heading', { name: 'Set up a second factor' }).waitFor();
    // No way around it: no navigation to the rest of the app.
    expect(await page.getByRole('link', { name: /Readiness|Situation/ }).count()).toBe(0);
    await expectAxeClean(page, 'enrolment required');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    key = await shownKey(page);
    expect(key).toMatch(/^[A-Z2-7]{32}$/);
    expect(await page.locator('.totp-secret').textContent()).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
    expect(await page.locator('.totp-uri').textContent()).toBe(`otpauth://totp/Tavla:${analyst.username}?secret=${key}&issuer=Tavla`);
    const code = page.getByLabel('Code from the app');
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await shot(page, 'totp-enrol');
    await expectAxeClean(page, 'enrolment with key');
  });

  it('says what is wrong with a malformed or wrong code, next to the field', async () => {
    const code = page.getByLabel('Code from the app');
    await code.fill('12345');
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByText('Enter the six digits the app shows.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await code.fill(wrongCode(key));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByText('That code is not right. Use the current code from your authenticator app.').waitFor();
    await expectAxeClean(page, 'enrolment error');
  });

  it('lets the analyst in once confirmed with the app’s current code (spaced as apps show it)', async () => {
    const c = totpAt(key);
    await page.getByLabel('Code from the app').fill(`${c.slice(0, 3)} ${c.slice(3)}`);
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('link', { name: /^Readiness/ }).waitFor();
    await page.getByText('The second factor is on. Your other sessions have been logged out.').waitFor();
  });

  it('asks for the code as a second step at the next login, and refuses a wrong one', async () => {
    await page.getByRole('button', { name: 'Log out' }).click();
    await login(page, server.url, analyst.username, testPassword);
    await page.getByRole('heading', { name: 'Enter the code' }).waitFor();
    const code = page.getByLabel('Code', { exact: true });
    expect(await code.getAttribute('inputmode')).toBe('numeric');
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAxeClean(page, 'login code step');
    await shot(page, 'totp-login');
    await code.fill(wrongCode(key));
    await page.getByRole('button', { name: 'Verify and log in' }).click();
    await page.getByText(/^The code was not accepted/).waitFor();
    await forgetUsedStep(analyst);
    await code.fill(totpAt(key));
    await page.getByRole('button', { name: 'Verify and log in' }).click();
    await page.getByRole('link', { name: /^Readiness/ }).waitFor();
  });

  it('shows on the account page that it is on and cannot be turned off', async () => {
    await page.getByRole('link', { name: /^Test e2etotp/ }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByText(/^On: logging in needs a code/).waitFor();
    await page.getByText(/^Your role must use a second factor, so it cannot be turned off/).waitFor();
    expect(await page.getByRole('button', { name: 'Turn off' }).count()).toBe(0);
    await expectAxeClean(page, 'account, required');
    await page.close();
  });
});

describe('an optional second factor on the account page', () => {
  it('is turned on and off by a member, in Swedish', async () => {
    const member = await createTestUser(admin, 'MEMBER', 'e2eopt');
    const page = await newPage('sv-SE');
    await login(page, server.url, member.username, testPassword);
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.getByRole('link', { name: /^Test e2eopt/ }).click();
    await page.getByRole('heading', { name: 'Ditt konto' }).waitFor();
    await page.getByText(/^Av: inloggning kräver bara ditt lösenord/).waitFor();
    await page.getByRole('button', { name: 'Ställ in en autentiseringsapp' }).click();
    const key = await shownKey(page);
    await page.getByLabel('Kod från appen').fill(totpAt(key));
    await page.getByRole('button', { name: 'Slå på' }).click();
    await page.getByText(/^På: inloggning kräver en kod/).waitFor();
    await expectAxeClean(page, 'account, on');
    // Turning it off needs a current code too (each code only once: see forgetUsedStep).
    await forgetUsedStep(member);
    await page.getByLabel('Kod från appen').fill(totpAt(key));
    await page.getByRole('button', { name: 'Stäng av' }).click();
    await page.getByText(/^Av: inloggning kräver bara ditt lösenord/).waitFor();
    await page.getByText('Tvåstegsverifieringen är av.').waitFor();
    // And a password alone logs in again.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await login(page, server.url, member.username, testPassword);
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.close();
  });

  it('raised no errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
