// The render benchmark's server is warmed before each scenario's timed opens, as a server that
// has been up a while is. Neo4j's JVM, just started, runs the queries interpreted and compiles
// them as they come: with only a dozen Board queries first, Java used 70-420 ms of CPU while the
// demo board opened (about 10-70 once warm), on the same two cores as the browser, and the Board
// query over HTTP took 98 ms against 19 (session 20, docs/board.md).
import type { BrowserContext, Page } from 'playwright-core';

/** How long the page's queries are sent again (BENCH_WARM_S, default 10 s; 0: not at all). */
export const WARM_MS = Number(process.env.BENCH_WARM_S ?? 10) * 1000;

export interface Captured {
  url: string;
  headers: Record<string, string>;
  data: string;
}

/** Notes the GraphQL queries (not mutations) the page sends from now on. */
export function captureQueries(page: Page): Captured[] {
  const seen: Captured[] = [];
  page.on('request', (r) => {
    const data = r.postData();
    if (r.method() !== 'POST' || !r.url().endsWith('/graphql') || !data) return;
    const query = (JSON.parse(data) as { query?: string }).query ?? '';
    if (/^\s*mutation\b/.test(query)) return;
    const h = r.headers();
    seen.push({ url: r.url(), headers: { 'content-type': h['content-type'] ?? 'application/json', 'accept-language': h['accept-language'] ?? 'en' }, data });
  });
  return seen;
}

/** Sends those queries again, one after the other, for `ms`. */
export async function warmServer(context: BrowserContext, queries: Captured[], ms = WARM_MS): Promise<void> {
  if (ms > 0 && !queries.length) throw new Error('warming the server: the page sent no query');
  const until = performance.now() + ms;
  while (performance.now() < until) {
    for (const { url, headers, data } of queries) {
      const r = await context.request.post(url, { headers, data, timeout: 300_000 });
      if (!r.ok()) throw new Error(`warming the server: HTTP ${r.status()}`);
    }
  }
}
