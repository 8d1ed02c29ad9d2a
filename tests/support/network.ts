// Building small boards with known shapes through the API, for the analysis tests: each test file
// draws its own people and ties (fictional names), so hand-worked metrics hold.
import type { TestClient } from './client.js';

export interface TieSpec {
  type?: string;
  strength?: number;
  valence?: string;
  directed?: boolean;
  legalBasis?: string;
}

export class BoardBuilder {
  readonly people = new Map<string, string>();
  readonly ties = new Map<string, string>();

  constructor(
    readonly client: TestClient,
    readonly boardId: string,
  ) {}

  static async create(client: TestClient, title: string, areaId?: string): Promise<BoardBuilder> {
    const d = await client.ok<{ createBoard: { id: string } }>(
      'mutation($input: CreateBoardInput!) { createBoard(input: $input) { id } }',
      { input: { title, ...(areaId ? { areaId } : {}) } },
    );
    return new BoardBuilder(client, d.createBoard.id);
  }

  /** A new person with this alias, or (existingId) someone already on another board. */
  async person(alias: string, existingId?: string): Promise<string> {
    const d = await this.client.ok<{ createPerson: { id: string } }>(
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      { input: { boardId: this.boardId, kind: 'YOUNG_PERSON', alias, ...(existingId ? { existingPersonId: existingId } : {}) } },
    );
    this.people.set(alias, d.createPerson.id);
    return d.createPerson.id;
  }

  async peopleNamed(...aliases: string[]): Promise<string[]> {
    const out: string[] = [];
    for (const a of aliases) out.push(await this.person(a));
    return out;
  }

  id(alias: string): string {
    const id = this.people.get(alias);
    if (!id) throw new Error(`no ${alias} on this board`);
    return id;
  }

  /** A tie between two people on this board (by alias), named `a-b` for later reference. */
  async tie(a: string, b: string, spec: TieSpec = {}): Promise<string> {
    const d = await this.client.ok<{ createTie: { id: string } }>(
      'mutation($input: CreateTieInput!) { createTie(input: $input) { id } }',
      {
        input: {
          boardId: this.boardId, sourceId: this.id(a), targetId: this.id(b), type: spec.type ?? 'FRIEND', strength: spec.strength ?? 3,
          valence: spec.valence ?? 'SUPPORTIVE', directed: spec.directed ?? false, ...(spec.legalBasis ? { legalBasis: spec.legalBasis } : {}),
        },
      },
    );
    this.ties.set(`${a}-${b}`, d.createTie.id);
    return d.createTie.id;
  }

  async group(name: string, members: string[], areaId?: string): Promise<string> {
    const g = await this.client.ok<{ createGroup: { id: string } }>(
      'mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
      { input: { boardId: this.boardId, name, ...(areaId ? { areaId } : {}) } },
    );
    for (const m of members) {
      await this.client.ok('mutation($input: AddMemberInput!) { addMember(input: $input) { id } }', {
        input: { groupId: g.createGroup.id, personId: this.id(m), role: 'CORE' },
      });
    }
    return g.createGroup.id;
  }

  /** How many people and ties in force the board has now (read as the builder's user). */
  async counts(): Promise<{ people: number; ties: number }> {
    const d = await this.client.ok<{ board: { people: unknown[]; ties: unknown[] } }>(
      'query($id: ID!) { board(id: $id) { people { id } ties { id } } }',
      { id: this.boardId },
    );
    return { people: d.board.people.length, ties: d.board.ties.length };
  }
}

/** Metrics by alias, from a `people { person { id alias } ... }` list. */
export function byAlias<T extends { person: { alias: string } }>(people: T[]): Record<string, T> {
  return Object.fromEntries(people.map((p) => [p.person.alias, p]));
}
