// Renders policy.json as the Markdown tables in docs/security.md, so the document is generated
// from the same file the server enforces (scripts/policy-table.ts writes it; a unit test fails
// when the two drift).
import type { Policy } from './file.js';
import { decide } from './policy.js';

export const startMarker = '<!-- policy-table:start (generated from server/src/policy/policy.json by scripts/policy-table.ts) -->';
export const endMarker = '<!-- policy-table:end -->';

const list = (s: ReadonlySet<string>, all: readonly string[]) => (all.every((x) => s.has(x)) ? 'all' : [...s].join(', '));

function rulesTable(p: Policy): string[] {
  const classes = Object.keys(p.dataClasses);
  const lines = ['| rule | effect | roles | data classes | operations | only when | why |', '|---|---|---|---|---|---|---|'];
  for (const r of p.rules) {
    const when = Object.entries(r.when).map(([d, v]) => `${d}: ${[...v].join('/')}`).join('; ') || '–';
    lines.push(`| \`${r.id}\` | ${r.effect} | ${list(r.roles, p.roles)} | ${list(r.classes, classes)} | ${list(r.operations, p.operations)} | ${when} | ${r.why} |`);
  }
  return lines;
}

function roleTable(p: Policy, role: string): string[] {
  const own = p.gateContext;
  const other = { ...own, agency: 'other' };
  const away = { ...own, board: 'nonMember' };
  const lines = [`| ${role} | ${p.operations.join(' | ')} |`, `|---|${p.operations.map(() => '---').join('|')}|`];
  const none: string[] = [];
  for (const c of Object.keys(p.dataClasses)) {
    const cells = p.operations.map((op) => {
      const a = decide(role, op, c, own, p).allowed;
      const b = decide(role, op, c, other, p).allowed;
      const outside = decide(role, op, c, away, p).allowed;
      const mark = a && b ? '✓' : a ? 'own' : b ? 'other' : '·';
      return mark !== '·' && outside ? `${mark}†` : mark;
    });
    if (cells.every((x) => x === '·')) none.push(c);
    else lines.push(`| ${c} | ${cells.join(' | ')} |`);
  }
  if (none.length) lines.push('', `Nothing at all on: ${none.join(', ')}.`);
  return lines;
}

/** The generated section, markers included. */
export function policyMarkdown(p: Policy): string {
  const ctx = Object.entries(p.gateContext).map(([k, v]) => `${k} ${v}`).join(', ');
  const out = [
    startMarker,
    '',
    '### Rules',
    '',
    ...rulesTable(p),
    '',
    '### What each role may do',
    '',
    `Asked with the data's context ${ctx}. ✓: allowed on its own and on another agency's data; ` +
      "own: only on its own agency's data; †: also where the user is not on the board's team; ·: denied. " +
      'Consent withdrawn or missing, retention passed, or the purpose "investigation" deny more (the rules above).',
    '',
  ];
  for (const role of p.roles) out.push(`#### ${role}`, '', ...roleTable(p, role), '');
  out.push(endMarker);
  return out.join('\n');
}

/** Replaces the generated section of a document (which must hold both markers). */
export function replaceSection(doc: string, section: string): string {
  const a = doc.indexOf(startMarker);
  const b = doc.indexOf(endMarker);
  if (a < 0 || b < a) throw new Error('the document has no policy-table markers');
  return doc.slice(0, a) + section + doc.slice(b + endMarker.length);
}
