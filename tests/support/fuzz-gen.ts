// Generates malformed and abusive GraphQL requests for tests/int/fuzz.int.test.ts, from a seeded
// PRNG. Every string value it puts in a request carries an "ekko" marker, so a response that
// echoes input can be caught.
import type { Prng } from './prng.js';

export interface FuzzCase {
  kind: string;
  method: 'POST' | 'GET';
  /** For GET: the query string. */
  path: string;
  body?: string | Buffer;
  contentType?: string;
}

export interface FuzzWorld {
  boardId: string;
  personIds: [string, string];
  fieldNames: string[];
  typeNames: string[];
  enumValues: string[];
}

export const echoMark = 'ekko';
const marker = (r: Prng) => `${echoMark}${r.hex(8)}`;

const injections = [
  "' OR 1=1 //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  '$userId',
  '{userId: "usr_x"}',
  "'; CALL dbms.killQueries([]) //",
  '\\u0027 OR \\u00271\\u0027=\\u00271',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '../../../../etc/passwd',
  '%00%0a%0d',
  'UNION SELECT * FROM users --',
];

const weird = ['\u0000', '\u202e', '\ud800', '\udfff', '\uffff', '🧒🏽', 'ℌ', '\r\n', '\t', '\\', '"', 'Å', 'ø'];

function junkString(r: Prng): string {
  const base = marker(r);
  switch (r.int(0, 5)) {
    case 0:
      return `${base}${r.pick(injections)}`;
    case 1:
      return `${base}${Array.from({ length: r.int(1, 8) }, () => r.pick(weird)).join('')}`;
    case 2:
      return `${base}${'x'.repeat(r.int(1000, 60_000))}`;
    case 3:
      return `${r.pick(weird)}${base}${r.pick(weird)}`;
    default:
      return base;
  }
}

const numbers = [0, -0, 1, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, 1e308, -1e308, 1.5, 5e-324, 0.1];

export function junkValue(r: Prng, depth = 0): unknown {
  const k = r.int(0, depth > 3 ? 5 : 8);
  switch (k) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return r.pick(numbers);
    case 3:
    case 4:
    case 5:
      return junkString(r);
    case 6:
      return Array.from({ length: r.int(0, 5) }, () => junkValue(r, depth + 1));
    case 7: {
      const o: Record<string, unknown> = {};
      for (let i = 0; i < r.int(0, 4); i++) o[r.pick(['id', 'title', 'alias', 'boardId', '__proto__', 'constructor', 'x', ''])] = junkValue(r, depth + 1);
      return o;
    }
    default: {
      // Very deep nesting.
      let v: unknown = marker(r);
      for (let i = r.int(50, 2000); i > 0; i--) v = r.chance(0.5) ? [v] : { a: v };
      return v;
    }
  }
}

/** Valid operations: the fuzzer breaks their variables, literals and names. */
function templates(w: FuzzWorld): [string, Record<string, unknown>][] {
  const [p1, p2] = w.personIds;
  return [
    ['query($id: ID!) { board(id: $id) { id title people { id alias kind } ties { id strength } } }', { id: w.boardId }],
    ['query($s: String, $f: Int) { people(search: $s, first: $f) { nodes { id alias } pageInfo { hasNextPage endCursor } } }', { s: 'Fuzz', f: 5 }],
    ['query($id: ID!, $d: Date) { person(id: $id) { id alias ties(asOf: $d) { id type } } }', { id: p1, d: '2026-01-01' }],
    ['query($f: Int, $a: String) { boards(first: $f, after: $a) { id title } }', { f: 3 }],
    ['query($id: ID!) { tie(id: $id) { id } }', { id: 'tie_00000000-0000-4000-8000-000000000000' }],
    ['mutation($i: CreateBoardInput!) { createBoard(input: $i) { id title } }', { i: { title: 'Fuzz board' } }],
    ['mutation($i: CreatePersonInput!) { createPerson(input: $i) { id alias } }', { i: { boardId: w.boardId, kind: 'YOUNG_PERSON', alias: 'Fuzz' } }],
    ['mutation($i: UpdateBoardInput!) { updateBoard(input: $i) { id version } }', { i: { id: w.boardId, version: 1, title: 'Fuzz' } }],
    ['mutation($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }', { i: { id: p1, version: 1, alias: 'Fuzz' } }],
    ['mutation($i: CreateTieInput!) { createTie(input: $i) { id } }', { i: { boardId: w.boardId, sourceId: p1, targetId: p2, type: 'FRIEND', strength: 3, valence: 'SUPPORTIVE' } }],
    ['mutation($b: ID!, $p: [NodePositionInput!]!) { saveLayout(boardId: $b, positions: $p) { nodeId x y } }', { b: w.boardId, p: [{ nodeId: p1, x: 1.5, y: -2 }] }],
    ['mutation($i: SetToneSetterInput!) { setToneSetter(input: $i) { id } }', { i: { boardId: w.boardId, personId: p1, toneSetter: true } }],
    ['query($p: ID, $f: Int) { auditEvents(personId: $p, first: $f) { nodes { id } } }', { p: p1, f: 2 }],
    ['{ me { id username role } version }', {}],
  ];
}

/** Replaces one value somewhere inside `v` (or `v` itself) with junk. */
function breakValue(r: Prng, v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && r.chance(0.7)) {
    const o = { ...(v as Record<string, unknown>) };
    const keys = Object.keys(o);
    if (keys.length && r.chance(0.8)) {
      const k = r.pick(keys);
      o[k] = breakValue(r, o[k]);
    } else o[r.chance(0.5) ? marker(r) : 'unknownField'] = junkValue(r);
    return o;
  }
  return junkValue(r);
}

function withStrings(r: Prng, v: unknown): unknown {
  if (typeof v === 'string') return r.chance(0.5) ? `${marker(r)}${r.pick(injections)}` : v;
  if (Array.isArray(v)) return v.map((x) => withStrings(r, x));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withStrings(r, x)]));
  return v;
}

const punctuation = ['{', '}', '(', ')', '[', ']', ':', '!', '$', '@', '...', '=', '|', '&', ',', '#c\n', '"""', '"', '\\'];
const keywords = ['query', 'mutation', 'subscription', 'fragment', 'on', 'true', 'false', 'null', 'schema', 'type', 'extend', 'directive', '__typename', '__schema'];

function token(r: Prng, w: FuzzWorld): string {
  switch (r.int(0, 7)) {
    case 0:
    case 1:
      return r.pick(punctuation);
    case 2:
      return r.pick(keywords);
    case 3:
    case 4:
      return r.pick(w.fieldNames);
    case 5:
      return r.pick([...w.typeNames, ...w.enumValues]);
    case 6:
      return JSON.stringify(junkString(r).slice(0, 200));
    default:
      return String(r.pick([...numbers, '1e999', '-0', '0x1F', '1_000', '99999999999999999999999999']));
  }
}

function json(query: unknown, variables?: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, ...(variables !== undefined ? { variables } : {}), ...extra });
}

function post(kind: string, body: string | Buffer, contentType = 'application/json'): FuzzCase {
  return { kind, method: 'POST', path: '/graphql', body, contentType };
}

/** One generated request. */
export function fuzzCase(r: Prng, w: FuzzWorld): FuzzCase {
  const ts = templates(w);
  // Logins are rare: each verifies an argon2id hash, which is slow by design.
  if (r.chance(0.01)) return post('login', json('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { id } }', breakValue(r, { u: 'nobody', p: 'wrong' })));
  const roll = r.int(0, 99);
  if (roll < 14) {
    const n = r.int(1, 120);
    return post('token-soup', json(Array.from({ length: n }, () => token(r, w)).join(r.pick([' ', '', '\n']))));
  }
  if (roll < 22) {
    const n = r.int(5, 400);
    const real = r.chance(0.5);
    const open = real ? `board(id: "${w.boardId}") { people { ` + 'ties { source { '.repeat(n) : 'a { '.repeat(n);
    const close = real ? ' } }'.repeat(n) + ' } }' : ' }'.repeat(n - (r.chance(0.3) ? 1 : 0));
    return post('deep-nesting', json(`{ ${open} id ${close} }`));
  }
  if (roll < 28) {
    const n = r.int(10, 3000);
    const field = r.pick(['version', 'me { id }', `board(id: "${w.boardId}") { id }`, 'boards { id people { id } }']);
    return post('alias-flood', json(`{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`));
  }
  if (roll < 48) {
    const [q, v] = r.pick(ts);
    const vars = r.chance(0.85) ? breakValue(r, v) : r.pick([[], 'vars', 5, null, marker(r)]);
    return post('bad-variables', json(q, vars));
  }
  if (roll < 58) {
    const [q, v] = r.pick(ts);
    return post('injection', json(q, withStrings(r, v)));
  }
  if (roll < 66) {
    const [q, v] = r.pick(ts);
    // A literal of the wrong type, or a typo in a field, argument or type name.
    const broken = r.chance(0.5)
      ? q.replace(/\$(\w+)/, () => (r.chance(0.5) ? JSON.stringify(junkString(r).slice(0, 300)) : String(r.pick(['1e999', '99999999999999999999', '-0.0e-9999', 'true', 'null', '[1, "ekkoff"]', '{a: 1}', 'FRIEND']))))
      : q.replace(/\b(\w{4,})\b/, (m) => m.slice(0, -1) + r.pick(['x', 's', '', m.slice(-1) + m.slice(-1)]));
    return post('wrong-types-and-names', json(broken, v));
  }
  if (roll < 71) {
    const n = r.int(1, 200);
    const ds = Array.from({ length: n }, () => r.pick(['@include(if: true)', '@skip(if: false)', '@skip(if: $x)', '@deprecated', `@unknown${r.int(0, 9)}`, '@include(if: "ekko")', '@include']));
    return post('directives', json(`query($x: Boolean) { version ${ds.join(' ')} me ${ds.slice(0, 5).join(' ')} { id } }`, { x: r.chance(0.5) ? true : marker(r) }));
  }
  if (roll < 76) {
    const depth = r.int(2, 12);
    const frags = Array.from({ length: depth }, (_, i) => (i === 0 ? 'fragment F0 on Query { version me { id } }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} a${i}: version }`));
    const cyclic = r.chance(0.3) ? ' fragment C1 on Query { ...C2 } fragment C2 on Query { ...C1 }' : '';
    const use = cyclic ? '...C1' : `...F${depth - 1}`;
    return post('fragments', json(`{ ${use} } ${frags.join(' ')}${cyclic}`));
  }
  if (roll < 80) {
    const lit = r.pick(['1e309', '-1e309', '99999999999999999999999999999', '2147483648', '-2147483649', '0.0000000000000000000000001', '1E-400', '123456789012345678901234567890.5']);
    return post('enormous-numbers', json(`{ boards(first: ${lit}) { id } people(first: ${lit}) { nodes { id } } }`));
  }
  if (roll < 84) {
    const [q, v] = r.pick(ts);
    const at = r.int(0, q.length);
    return post('null-bytes', json(`${q.slice(0, at)}\u0000${q.slice(at)}`, withStrings(r, v)));
  }
  if (roll < 88) {
    const bad = [Buffer.from([0xff, 0xfe]), Buffer.from([0xc3, 0x28]), Buffer.from([0xe2, 0x28, 0xa1]), Buffer.from([0xf0, 0x90, 0x28, 0xbc]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xc0, 0xaf])];
    const where = r.int(0, 2);
    const pre = where === 0 ? '{"query":"{ ver' : where === 1 ? '{"query":"query($s: String) { people(search: $s) { nodes { id } } }","variables":{"s":"ekko' : '{"query":"{ version }","operationName":"';
    const post_ = where === 0 ? 'sion }"}' : where === 1 ? '"}}' : '"}';
    return post('invalid-utf8', Buffer.concat([Buffer.from(pre), r.pick(bad), Buffer.from(marker(r)), r.pick(bad), Buffer.from(post_)]));
  }
  if (roll < 94) {
    const [q] = r.pick(ts);
    const shapes: (() => string)[] = [
      () => json(r.pick([42, {}, [], null, true, marker(r)])),
      () => JSON.stringify({ variables: { a: 1 } }),
      () => json(q, r.pick(['x', [1, 2], 5, true])),
      () => json(q, {}, { operationName: r.pick([5, {}, marker(r), '', 'x'.repeat(5000)]) }),
      () => json(q, {}, { extensions: { persistedQuery: { version: 1, sha256Hash: marker(r) } } }),
      () => JSON.stringify([{ query: q }, { query: '{ version }' }]),
      () => r.pick(['null', '"ekko"', '123', '', '[]', '{}', '{"query":"{ version }"']),
      () => '['.repeat(r.int(100, 5000)) + ']'.repeat(r.int(0, 5000)),
      () => `query A { version } query B { me { id } } ${r.chance(0.5) ? 'subscription S { version }' : ''}`,
    ];
    const i = r.int(0, shapes.length - 1);
    const body = shapes[i]!();
    return post(`body-shape-${i}`, i === 8 ? json(body, {}, { operationName: r.pick(['A', 'B', 'S', 'C', null]) }) : body, r.pick(['application/json', 'application/json; charset=utf-8', 'application/graphql', 'application/json; charset=utf-16']));
  }
  const [q, v] = r.pick(ts);
  const params = new URLSearchParams({ query: r.chance(0.5) ? q : Array.from({ length: r.int(1, 40) }, () => token(r, w)).join(' '), variables: JSON.stringify(breakValue(r, v)) });
  return { kind: 'get', method: 'GET', path: `/graphql?${params}` };
}
