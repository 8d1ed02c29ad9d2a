// Fails when the generated GraphQL types differ from what the SDL would generate now
// ("drift"): regenerate into a temp copy and compare byte for byte.
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outputs = ['server/src/graphql/generated/types.ts', 'client/src/generated/graphql.ts'];
const before = outputs.map((f) => readFileSync(f, 'utf8'));
const backup = mkdtempSync(join(tmpdir(), 'tavla-codegen-'));
outputs.forEach((f, i) => cpSync(f, join(backup, String(i))));
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], { stdio: 'inherit' });
  const drift = outputs.filter((f, i) => readFileSync(f, 'utf8') !== before[i]);
  if (drift.length) {
    console.error(`Generated GraphQL types are out of date: ${drift.join(', ')}. Run \`npm run codegen\` and commit.`);
    outputs.forEach((f, i) => cpSync(join(backup, String(i)), f));
    process.exit(1);
  }
  console.log('codegen: generated types match the schema.');
} finally {
  rmSync(backup, { recursive: true, force: true });
}
