// The overlay's model: each member's badge carries its role's letter and its place among that
// person's badges, and the translation is asked once per role, not once per membership.
import { describe, expect, it } from 'vitest';
import type { BoardData, Membership, MembershipRole } from './model.js';
import { overlayModel } from './overlay.js';

const membership = (id: string, personId: string, groupId: string, role: MembershipRole): Membership => ({ id, personId, groupId, role, validFrom: '2026-01-01', validTo: null, version: 1 });

describe('overlayModel', () => {
  it('letters and slots per member; one translation per role', () => {
    const board: BoardData = {
      id: 'brd_1', title: 'T', description: null, people: [], ties: [], groupLinks: [], positions: {},
      groups: [{ id: 'grp_a', name: 'A', description: null, version: 1 }, { id: 'grp_b', name: 'B', description: null, version: 1 }],
      memberships: [
        membership('m1', 'per_1', 'grp_b', 'CORE'),
        membership('m2', 'per_1', 'grp_a', 'LEADER'),
        membership('m3', 'per_2', 'grp_a', 'CORE'),
        membership('m4', 'per_3', 'grp_a', 'CORE'),
        membership('m5', 'per_4', 'grp_x', 'PERIPHERAL'),
      ],
    };
    const asked: MembershipRole[] = [];
    const letter = (r: MembershipRole) => {
      asked.push(r);
      return { LEADER: 'L', CORE: 'K', PERIPHERAL: 'P' }[r as 'LEADER' | 'CORE' | 'PERIPHERAL'];
    };
    const model = overlayModel(board, new Set(['grp_a']), letter);
    // Sorted by group: grp_a's three, then grp_b's one; grp_x is not on the board.
    expect(model.badges.map((b) => [b.personId, b.letter, b.slot])).toEqual([
      ['per_1', 'L', 0], ['per_2', 'K', 0], ['per_3', 'K', 0], ['per_1', 'K', 1],
    ]);
    expect(asked.sort()).toEqual(['CORE', 'LEADER']);
    expect(model.groups.map((g) => [g.id, g.memberIds, g.dim])).toEqual([['grp_a', ['per_1', 'per_2', 'per_3'], false], ['grp_b', ['per_1'], true]]);
  });
});
