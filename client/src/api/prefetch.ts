// Requests sent the moment the app's script starts, before React, Apollo and the translations
// are even evaluated: on a board's address the board and "who am I" are on their way while the
// rest starts up (the first paint waits for both). Plain fetch with the operation's text from its
// .graphql file; query() (client.ts) takes the answer instead of asking again. Anything but a
// clean answer (an error, a lost session) is dropped, and query() asks again through Apollo,
// which reports it as usual.

/** An operation and the fragments it spreads, from the text of the .graphql files holding them. */
export function operationText(sources: readonly string[], name: string): string {
  const defs = new Map<string, string>();
  for (const src of sources) {
    // Top-level definitions: a keyword and a name at the start of a line, up to the matching brace.
    const re = /^[ \t]*(query|mutation|subscription|fragment)[ \t]+([_A-Za-z][_0-9A-Za-z]*)/gm;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      let depth = 0;
      let i = src.indexOf('{', m.index);
      for (; i < src.length; i++) {
        if (src[i] === '{') depth++;
        else if (src[i] === '}' && --depth === 0) break;
      }
      defs.set(m[2]!, src.slice(m.index, i + 1).trim());
    }
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (n: string) => {
    if (seen.has(n)) return;
    seen.add(n);
    const text = defs.get(n);
    if (!text) throw new Error(`No GraphQL definition named ${n}`);
    out.push(text);
    for (const s of text.matchAll(/\.\.\.[ \t]*([_A-Za-z][_0-9A-Za-z]*)/g)) if (s[1] !== 'on') add(s[1]!);
  };
  add(name);
  return out.join('\n\n');
}

/** Variables as a key: the same values in any key order. */
export function variablesKey(v: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(v).sort().map((k) => [k, v[k] ?? null]));
}

/**
 * How long an answer waits to be taken. Its page asks for it within milliseconds of sending it;
 * one that was never taken (the page asked with other variables, or was left at once) must not be
 * shown minutes later in place of a fresh answer.
 */
export const PREFETCH_MAX_AGE_MS = 10_000;

type Pending = Map<string, { at: number; result: Promise<unknown> }>;
// One map on the page for every script that prefetches: on a board's page predraw/first.ts (a
// classic script with its own copy of this module) sends the first requests, and the app takes
// their answers from here.
const scope = globalThis as typeof globalThis & { __tavlaPending?: Pending };
const pending: Pending = (scope.__tavlaPending ??= new Map());

const fresh = (p: { at: number } | undefined): boolean => !!p && Date.now() - p.at <= PREFETCH_MAX_AGE_MS;

export function prefetch(name: string, text: string, variables: Record<string, unknown>, lang: string | null): void {
  const result = fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(lang ? { 'x-tavla-lang': lang } : {}) },
    body: JSON.stringify({ operationName: name, query: text, variables }),
  }).then(async (r) => {
    const body = (await r.json()) as { data?: unknown; errors?: unknown[] };
    if (!r.ok || body.errors?.length || !body.data) throw new Error('prefetch refused');
    return body.data;
  });
  result.catch(() => undefined);
  pending.set(`${name} ${variablesKey(variables)}`, { at: Date.now(), result });
}

/** As prefetch, unless the same request was sent moments ago and is still waiting to be taken. */
export function prefetchOnce(name: string, text: string, variables: Record<string, unknown>, lang: string | null): void {
  if (!fresh(pending.get(`${name} ${variablesKey(variables)}`))) prefetch(name, text, variables, lang);
}

/** The prefetched answer, left for the page to take (the board's early drawing looks at it). */
export function peekPrefetched(name: string, variables: Record<string, unknown>): Promise<unknown> | null {
  const p = pending.get(`${name} ${variablesKey(variables)}`);
  return fresh(p) ? p!.result : null;
}

/** The prefetched answer to this operation with these variables, once. */
export function takePrefetched(name: string, variables: Record<string, unknown>): Promise<unknown> | null {
  const key = `${name} ${variablesKey(variables)}`;
  const p = pending.get(key);
  pending.delete(key);
  return fresh(p) ? p!.result : null;
}
