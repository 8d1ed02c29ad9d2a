// Regression: the board asked for `op<BoardLastMeetingQuery>('BoardMeetings')`, another page's
// query with other variables, so every board open got a 400 and "since the last meeting" fell
// back to a week ago. An operation's name must match the generated types it is typed with.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('op(name)', () => {
  it('names the operation its generated types belong to', () => {
    const wrong: string[] = [];
    let seen = 0;
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/op<\s*(\w+?)(Query|Mutation)\s*,\s*\w+\s*>\(\s*'(\w+)'\s*\)/g)) {
        seen++;
        if (m[1] !== m[3]) wrong.push(`${file.slice(root.length + 1)}: ${m[1]}${m[2]} typed, '${m[3]}' asked for`);
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
