// Loads the factor catalogue (every environment) and, when asked, the fictional demo case.
// Every seed file MERGEs on stable ids, so loading twice changes nothing.
import type { Db } from '../db/db.js';
import { hashPassword } from '../auth/passwords.js';
import { prepareSeed, seedFiles } from '../../../seed/prepare.js';
import { demoCase } from '../../../seed/demo.js';
import { factorCatalogue } from '../../../seed/factors.js';
import type { SeedData } from '../../../seed/types.js';

export const DEMO_PASSWORD = 'tavla-demo';

const empty: SeedData = {
  agencies: [], contacts: [], areas: [], reports: [], people: [], groups: [], memberships: [], ties: [],
  groupLinks: [], communities: [], participations: [], assessments: [], interventions: [], boards: [], users: [],
};

export async function loadSeed(db: Db, opts: { demo: boolean; today?: Date }): Promise<{ rows: number }> {
  const prepared = prepareSeed(opts.demo ? demoCase : empty, factorCatalogue, opts.today ?? new Date()) as unknown as Record<string, Record<string, unknown>[]>;
  const hash = opts.demo ? await hashPassword(DEMO_PASSWORD) : '';
  let rows = 0;
  await db.write(async (tx) => {
    for (const { file, rows: key } of seedFiles) {
      let list = prepared[key as string] ?? [];
      if (list.length === 0) continue;
      if (file.includes('users')) list = list.map((u) => ({ ...u, passwordHash: hash, demo: true }));
      await tx.rows(`seed/${file.replace(/\.cypher$/, "")}`, { rows: list });
      rows += list.length;
    }
  });
  return { rows };
}

export function demoLogins(): { username: string; role: string }[] {
  return demoCase.users.map((u) => ({ username: u.username, role: u.role }));
}
