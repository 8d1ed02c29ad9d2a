// A large generated board, fictional throughout: the render benchmark's 1,000 people / 4,000 ties
// and the browser test of a large board's first drawing use the same shape at different sizes.
import type { Db } from '../../server/src/db/db.js';
import { newId } from '../../server/src/shared/ids.js';

const types = ['FRIEND', 'FAMILY', 'CLASSMATE', 'CONFLICT', 'CO_OFFENDING', 'LOOKS_UP_TO', 'RECRUITS', 'PROTECTIVE_ADULT'];
const valences = ['SUPPORTIVE', 'HARMFUL', 'AMBIVALENT'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

export interface LargeBoardSize {
  people: number;
  ties: number;
  /** Clusters most ties stay inside (20 unless given). */
  communities?: number;
  groups?: number;
}

/**
 * A network shaped like a real one: communities, most ties inside them, some across; two boards
 * over it, one with saved positions (each community around its own centre) and one never laid out.
 */
export function largeBoard(passwordHash: string, size: LargeBoardSize) {
  const PEOPLE = size.people;
  const COMMUNITIES = size.communities ?? 20;
  const r = rng(7);
  const day = '2026-01-01';
  const userId = newId('user');
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: newId('person'), kind: i % 25 === 0 ? 'INFLUENTIAL_FIGURE' : 'YOUNG_PERSON', alias: `P${i}`, name: `Bench Person ${i}`, birthYear: 2008 + (i % 6),
  }));
  const community = (i: number) => i % COMMUNITIES;
  const seen = new Set<string>();
  const ties = [];
  while (ties.length < size.ties) {
    const a = Math.floor(r() * PEOPLE);
    let b = Math.floor(r() * PEOPLE);
    if (r() < 0.85) b = (Math.floor(r() * (PEOPLE / COMMUNITIES)) * COMMUNITIES + community(a)) % PEOPLE;
    if (a === b || seen.has(`${a}-${b}`)) continue;
    seen.add(`${a}-${b}`);
    const type: string = types[ties.length % types.length]!;
    ties.push({
      id: newId('tie'), sourceId: people[a]!.id, targetId: people[b]!.id, type, strength: 1 + Math.floor(r() * 5), valence: valences[ties.length % 3],
      directed: type === 'LOOKS_UP_TO' || type === 'RECRUITS', sourceAgencyId: null, legalBasis: 'CONSENT', confidence: 'MEDIUM', validFrom: day, validTo: null, note: null, version: 1,
    });
  }
  const pos = people.map((_, i) => {
    const c = community(i);
    const cx = (c % 5) * 900, cy = Math.floor(c / 5) * 900;
    const a = r() * 2 * Math.PI, d = 60 + r() * 330;
    return { x: Math.round(cx + d * Math.cos(a)), y: Math.round(cy + d * Math.sin(a)) };
  });
  const groups = Array.from({ length: size.groups ?? 10 }, (_, g) => ({ id: newId('group'), name: `Gruppe ${g + 1}`, description: null, areaId: null }));
  const memberships = groups.flatMap((g, gi) =>
    Array.from({ length: 12 }, (_, k) => ({ id: newId('membership'), personId: people[(gi * 2 + k * COMMUNITIES) % PEOPLE]!.id, groupId: g.id, role: k === 0 ? 'LEADER' : k < 6 ? 'CORE' : 'PERIPHERAL', validFrom: day, validTo: null })),
  );
  const board = (title: string, positioned: boolean) => {
    const id = newId('board');
    return {
      id,
      board: { id, title, description: '', areaId: null },
      people: people.map((p, i) => ({ boardId: id, personId: p.id, toneSetter: i % 97 === 0, x: positioned ? pos[i]!.x : null, y: positioned ? pos[i]!.y : null, addedAt: `${day}T00:00:00Z` })),
      groups: groups.map((g, gi) => ({ boardId: id, groupId: g.id, x: positioned ? (gi % 5) * 900 : null, y: positioned ? Math.floor(gi / 5) * 900 - 450 : null, addedAt: `${day}T00:00:00Z` })),
    };
  };
  const saved = board(`Bench: ${PEOPLE} people, saved layout`, true);
  const fresh = board(`Bench: ${PEOPLE} people, never laid out`, false);
  const username = `bench-render-${saved.id.slice(4, 12)}`;
  return {
    username,
    saved: saved.id,
    fresh: fresh.id,
    /** Saved positions by person id, as stored on the saved board. */
    positions: new Map<string, { x: number; y: number }>(people.map((p, i) => [p.id, pos[i]!])),
    rows: {
      people, ties, groups, memberships,
      boards: [saved.board, fresh.board],
      boardPeople: [...saved.people, ...fresh.people],
      boardGroups: [...saved.groups, ...fresh.groups],
      users: [{ id: userId, username, displayName: 'Bench', role: 'COORDINATOR', agencyId: null, passwordHash, demo: false }],
      teams: [saved.id, fresh.id].map((boardId) => ({ userId, boardId, since: day })),
    } as Record<string, unknown[]>,
  };
}

const order = ['10_people:people', '11_groups:groups', '12_memberships:memberships', '14_ties:ties', '30_boards:boards', '31_board_people:boardPeople', '32_board_groups:boardGroups', '90_users:users', '91_teams:teams'];

/** Writes the generated rows with the demo seed's own Cypher, in one transaction. */
export async function seedLargeBoard(db: Db, gen: ReturnType<typeof largeBoard>): Promise<void> {
  await db.write(async (tx) => {
    for (const entry of order) {
      const [file, key] = entry.split(':') as [string, string];
      await tx.rows(`seed/${file}`, { rows: gen.rows[key] });
    }
  });
}
