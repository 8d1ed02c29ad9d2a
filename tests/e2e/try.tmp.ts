import { launchChromium, newContext, login, shot, boardState, waitForBoard, seriousAxeViolations } from '../support/browser.js';
const base = process.env.BASE ?? 'http://127.0.0.1:4100';
const browser = await launchChromium();
const ctx = await newContext(browser);
const page = await ctx.newPage();
page.on('console', (m) => { if (m.type() !== 'log') console.log('console:', m.type(), m.text().slice(0, 200)); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await login(page, base);
await page.getByRole('link', { name: /Solbakken/ }).click();
await waitForBoard(page);
if (process.env.ARRANGE) {
  await page.getByRole('button', { name: 'Arrange' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Arrange' }).click();
  await page.waitForTimeout(1500);
}
await page.waitForTimeout(500);
await shot(page, 'try-board');
const st = await boardState(page);
console.log(st.nodes.length, st.edges.length, st.zoom);
console.log(JSON.stringify(await seriousAxeViolations(page), null, 1).slice(0, 3000));
await browser.close();
