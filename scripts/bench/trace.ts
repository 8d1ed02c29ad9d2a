// BENCH_TRACE=1 (board-render): a Chromium trace of one open, summed up as the page's main-thread
// tasks with what ran in each, so the gaps between the long tasks can be read too (the longtask
// observer sees only tasks over 50 ms).
import { writeFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; url?: string; data?: { functionName?: string; url?: string; frame?: string; producedCacheSize?: number; consumedCacheSize?: number } };
}

export async function startTrace(cdp: CDPSession): Promise<() => Promise<string>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'v8', 'disabled-by-default-v8.compile', 'devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline'] },
  } as never);
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    // BENCH_TRACE_OUT=<file>: the raw trace too (opens in Chromium's DevTools performance panel).
    if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, JSON.stringify({ traceEvents: events }));
    return summarise(events);
  };
}

function summarise(events: TraceEvent[]): string {
  // The page's main thread: the one its "drawn" mark is on (navigation may change the process).
  const main = events.find((e) => e.name === 'tavla:board-drawn');
  if (!main) return '  (no board-drawn mark in the trace)';
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const nav = onMain.find((e) => e.name === 'navigationStart');
  const t0 = nav?.ts ?? Math.min(...onMain.map((e) => e.ts));
  const ms = (us: number) => Math.round((us - t0) / 1000);
  const marks = onMain.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('tavla:')).map((e) => `${e.name}@${ms(e.ts)}`);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) >= 4000).sort((a, b) => a.ts - b.ts);
  const lines = tasks.map((t) => {
    const inside = onMain.filter((e) => e.ph === 'X' && e !== t && e.ts >= t.ts && e.ts < t.ts + t.dur! && (e.dur ?? 0) >= 2000 && e.name !== 'RunTask');
    const what = new Map<string, number>();
    for (const e of inside) {
      const fn = e.args?.data?.functionName;
      const key = fn ? `${e.name}:${fn}` : e.name;
      what.set(key, Math.max(what.get(key) ?? 0, e.dur!));
    }
    const top = [...what].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${Math.round(v / 1000)}`).join(', ');
    return `    ${String(ms(t.ts)).padStart(5)} +${String(Math.round(t.dur! / 1000)).padStart(4)}  ${top}`;
  });
  // The main thread's script compiling and parsing: code not found in Chromium's code cache.
  const sums = new Map<string, [number, number]>();
  for (const e of onMain) {
    if (e.ph !== 'X' || !/compile|Compile|Cache|cache|Parse/.test(e.name)) continue;
    const v = sums.get(e.name) ?? [0, 0];
    v[0]++;
    v[1] += (e.dur ?? 0) / 1000;
    sums.set(e.name, v);
  }
  // Scripts compiled off the main thread as they stream in: a module is evaluated only once it
  // and everything it imports are compiled, so on two cores these can hold up the main thread.
  // And whether Chromium's code cache was written or read for them: for module scripts it is
  // written on the second visit and never read after (sessions 13 and 14; Chromium 156 reads it
  // back for classic scripts only, docs/board.md).
  const file = (url = '') => url.split('/').pop()!.replace(/-[\w-]{8}\.js$/, '');
  const streamed = events
    .filter((e) => e.pid === main.pid && e.name === 'BackgroundJSStreamManager::RunScriptStreamingTask' && e.ts >= t0)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => `${file(e.args?.url)} ${ms(e.ts)} +${Math.round((e.dur ?? 0) / 1000)}`);
  const written = events.filter((e) => e.args?.data?.producedCacheSize).map((e) => file(e.args!.data!.url));
  const read = events.filter((e) => e.args?.data?.consumedCacheSize).map((e) => file(e.args!.data!.url));
  const comp = [...sums].sort((a, b) => b[1][1] - a[1][1]).slice(0, 12).map(([k, [n, d]]) => `${k} x${n} ${Math.round(d)}ms`).join(', ');
  return `  compile: ${comp}\n  compiled while streaming in (start +ms): ${streamed.join(', ')}\n  code cache written: ${written.join(' ') || 'none'}; read: ${read.join(' ') || 'none'}\n  trace (tasks of 4 ms or more; start +duration ms; the longest events in each):\n    marks ${marks.join(' ')}\n${lines.join('\n')}`;
}
