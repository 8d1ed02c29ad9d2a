// Regenerates the policy tables in docs/security.md from server/src/policy/policy.json:
// `node --import tsx scripts/policy-table.ts` (a unit test fails while they differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { policy } from '../server/src/policy/policy.js';
import { policyMarkdown, replaceSection } from '../server/src/policy/doc.js';

const path = new URL('../docs/security.md', import.meta.url);
const doc = readFileSync(path, 'utf8');
const next = replaceSection(doc, policyMarkdown(policy));
if (next !== doc) writeFileSync(path, next);
console.log(next === doc ? 'docs/security.md: policy tables already up to date' : 'docs/security.md: policy tables regenerated');
