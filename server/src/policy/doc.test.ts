// docs/security.md shows the policy as generated from policy.json; this keeps the two in step.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { policy } from './policy.js';
import { endMarker, policyMarkdown, replaceSection, startMarker } from './doc.js';

const docPath = new URL('../../../docs/security.md', import.meta.url);

describe('docs/security.md', () => {
  it('holds the policy tables generated from policy.json (run: node --import tsx scripts/policy-table.ts)', () => {
    const doc = readFileSync(docPath, 'utf8');
    const section = doc.slice(doc.indexOf(startMarker), doc.indexOf(endMarker) + endMarker.length);
    expect(section).toBe(policyMarkdown(policy));
  });

  it('lists every rule and every role', () => {
    const md = policyMarkdown(policy);
    for (const r of policy.rules) expect(md).toContain(`\`${r.id}\``);
    for (const role of policy.roles) expect(md).toContain(`#### ${role}`);
  });

  it('replaces only the generated section', () => {
    expect(replaceSection(`before\n${startMarker}\nold\n${endMarker}\nafter`, 'NEW')).toBe('before\nNEW\nafter');
    expect(() => replaceSection('no markers', 'x')).toThrow();
  });
});
