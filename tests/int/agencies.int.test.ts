// Agencies, their contacts and who is responsible for which young person, against the real
// server and Neo4j. This file's board has the coordinator's team only: `member` is not on it.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import {
  countMarked, createBoard, createPerson, expectBadInput, expectCode, expectNoAudit, expectOneAudit, marker, missingId, node,
  relCounts,
} from '../support/fixtures.js';

const AGENCY = 'query($id: ID!) { agency(id: $id) { id name kind municipality version contacts { id name } } }';
const CREATE = 'mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id name kind municipality version } }';
const UPDATE = 'mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { id name kind municipality version } }';
const CONTACT = 'mutation($input: CreateAgencyContactInput!) { createAgencyContact(input: $input) { id name title phone email version agency { id } } }';
const UPDATE_CONTACT = 'mutation($input: UpdateAgencyContactInput!) { updateAgencyContact(input: $input) { id name title phone email version } }';
const RESPONSIBLE = 'mutation($input: SetResponsibilityInput!) { setResponsibility(input: $input) { id } }';
const RESPONSIBLE_FOR = 'query($id: ID!) { agency(id: $id) { contacts { id responsibleFor { id alias } } } }';

let server: TestServer;
let coord: TestClient;
let member: TestClient;
let manager: TestClient;
let admin: TestClient;
let boardId: string;
let person: string;

async function newAgency(name = marker('Testskolan')): Promise<string> {
  return (await coord.ok(CREATE, { input: { name, kind: 'SCHOOL', municipality: 'Testkommun' } })).createAgency.id;
}

async function newContact(agencyId: string, name = marker('Kim Kontakt')): Promise<string> {
  return (await coord.ok(CONTACT, { input: { agencyId, name, title: 'Kurator' } })).createAgencyContact.id;
}

beforeAll(async () => {
  server = await startTestServer();
  [coord, member, manager, admin] = await loginAll(server.url, 'coordinator', 'member', 'manager', 'admin');
  boardId = await createBoard(coord);
  person = await createPerson(coord, boardId, 'Noa Testberg');
});

afterAll(async () => {
  await server?.stop();
});

describe('agencies', () => {
  test('createAgency creates an agency listed for every reading role; not audited', async () => {
    const name = marker('Fritidsgården Test');
    const a = (await expectNoAudit(server.db, () => admin.ok(CREATE, { input: { name, kind: 'LEISURE' } }))).createAgency;
    expect(a).toMatchObject({ name, kind: 'LEISURE', municipality: null, version: 1 });
    expect(a.id).toMatch(/^agy_/);
    for (const client of [coord, member, manager]) {
      expect((await client.ok('{ agencies { id name } }')).agencies).toContainEqual({ id: a.id, name });
    }
    expect((await manager.ok(AGENCY, { id: a.id })).agency).toEqual({ ...a, contacts: [] });
    expect(await manager.ok(AGENCY, { id: missingId('agy') })).toEqual({ agency: null });
  });

  test('refuses invalid input per field (Swedish too) and roles without agency create, writing nothing', async () => {
    const name = marker('Ogiltig myndighet');
    expectBadInput(await coord.gql(CREATE, { input: { name: '', kind: 'SCHOOL', municipality: 'x'.repeat(121) } }), {
      name: 'Required.',
      municipality: 'Must be at most 120 characters.',
    });
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = coord.cookie;
    expectBadInput(await sv.gql(CREATE, { input: { name: '', kind: 'SCHOOL' } }), { name: 'Obligatoriskt.' });
    expectCode(await member.gql(CREATE, { input: { name, kind: 'SCHOOL' } }), 'FORBIDDEN');
    expectCode(await manager.gql(CREATE, { input: { name, kind: 'SCHOOL' } }), 'FORBIDDEN');
    expect(await countMarked(server.db, name)).toBe(0);
  });

  test('updateAgency is versioned: stale refused, missing is NOT_FOUND, nothing changes', async () => {
    const id = await newAgency();
    const name = marker('Testskolan Nya');
    expect((await coord.ok(UPDATE, { input: { id, version: 1, name, kind: 'YOUTH_SCHOOL', municipality: null } })).updateAgency).toEqual({
      id, name, kind: 'YOUTH_SCHOOL', municipality: null, version: 2,
    });
    expectCode(await coord.gql(UPDATE, { input: { id, version: 1, name: 'Gammal' } }), 'STALE_VERSION');
    expectBadInput(await coord.gql(UPDATE, { input: { id, version: 2, name: '' } }), { name: 'Required.' });
    expectCode(await coord.gql(UPDATE, { input: { id: missingId('agy'), version: 1, name: 'X' } }), 'NOT_FOUND');
    expectCode(await member.gql(UPDATE, { input: { id, version: 2, name: 'Medlem' } }), 'FORBIDDEN');
    expect(await node(server.db, id)).toMatchObject({ name, kind: 'YOUTH_SCHOOL', version: 2 });
  });
});

describe('agency contacts', () => {
  test('createAgencyContact adds a professional to the agency; refuses bad e-mail, phone and unknown agency', async () => {
    const agencyId = await newAgency();
    const name = marker('Robin Rådgivare');
    const c = (await coord.ok(CONTACT, { input: { agencyId, name, title: 'Socialsekreterare', phone: '+46 8 123 45 67', email: 'robin@testkommun.example' } })).createAgencyContact;
    expect(c).toMatchObject({ name, title: 'Socialsekreterare', phone: '+46 8 123 45 67', email: 'robin@testkommun.example', version: 1, agency: { id: agencyId } });
    expect(c.id).toMatch(/^con_/);
    expect((await member.ok(AGENCY, { id: agencyId })).agency.contacts).toEqual([{ id: c.id, name }]);

    const other = marker('Ogiltig kontakt');
    expectBadInput(await coord.gql(CONTACT, { input: { agencyId, name: other, email: 'inte-en-adress', phone: 'ring mig' } }), {
      email: 'Wrong format.',
      phone: 'Wrong format.',
    });
    expectBadInput(await coord.gql(CONTACT, { input: { agencyId: missingId('agy'), name: other } }), {
      agencyId: 'Refers to something that does not exist or that you cannot see.',
    });
    expectCode(await manager.gql(CONTACT, { input: { agencyId, name: other } }), 'FORBIDDEN');
    expect(await countMarked(server.db, other)).toBe(0);
  });

  test('updateAgencyContact is versioned; null clears optional fields; stale refused', async () => {
    const contactId = await newContact(await newAgency());
    const r = (await coord.ok(UPDATE_CONTACT, { input: { id: contactId, version: 1, title: null, phone: '040-12 34 56' } })).updateAgencyContact;
    expect(r).toMatchObject({ title: null, phone: '040-12 34 56', email: null, version: 2 });
    expectCode(await coord.gql(UPDATE_CONTACT, { input: { id: contactId, version: 1, title: 'Gammal' } }), 'STALE_VERSION');
    expectBadInput(await coord.gql(UPDATE_CONTACT, { input: { id: 'agy_1', version: 2 } }), { id: 'Not a valid id of the right kind.' });
    expectCode(await member.gql(UPDATE_CONTACT, { input: { id: contactId, version: 2, title: 'Medlem' } }), 'FORBIDDEN');
    expect(await node(server.db, contactId)).toMatchObject({ phone: '040-12 34 56', version: 2 });
    expect((await node(server.db, contactId))!.title).toBeUndefined();
  });
});

describe('responsibility for young people', () => {
  test('setResponsibility is audited (one row, the person, no data) and reads back, audited, on both sides', async () => {
    const agencyId = await newAgency();
    const contactId = await newContact(agencyId);
    await expectOneAudit(
      server.db,
      () => coord.ok(RESPONSIBLE, { input: { contactId, personId: person, responsible: true } }),
      { action: 'UPDATE', purpose: 'Mutation.setResponsibility', personIds: [person], username: 'coordinator' },
      ['Noa'],
    );
    const read = await expectOneAudit(
      server.db,
      () => coord.ok(RESPONSIBLE_FOR, { id: agencyId }),
      { action: 'READ', purpose: 'AgencyContact.responsibleFor', personIds: [person] },
      ['Noa'],
    );
    expect(read.agency.contacts).toEqual([{ id: contactId, responsibleFor: [{ id: person, alias: 'Noa Testberg' }] }]);
    const p = await coord.ok('query($id: ID!) { person(id: $id) { responsibleContacts { id } } }', { id: person });
    expect(p.person.responsibleContacts).toEqual([{ id: contactId }]);

    // Ending it: the edge goes; the audit row records who ended it.
    await expectOneAudit(
      server.db,
      () => coord.ok(RESPONSIBLE, { input: { contactId, personId: person, responsible: false } }),
      { action: 'UPDATE', purpose: 'Mutation.setResponsibility', personIds: [person] },
    );
    expect((await coord.ok(RESPONSIBLE_FOR, { id: agencyId })).agency.contacts[0].responsibleFor).toEqual([]);
  });

  test('responsibleFor shows only people the viewer can see; ADMIN sees none and nothing is logged', async () => {
    const agencyId = await newAgency();
    const contactId = await newContact(agencyId);
    await coord.ok(RESPONSIBLE, { input: { contactId, personId: person, responsible: true } });
    // The member is not on this file's board: the contact is listed, the young person is not.
    const seen = await expectOneAudit(server.db, () => member.ok(RESPONSIBLE_FOR, { id: agencyId }), {
      action: 'READ', purpose: 'AgencyContact.responsibleFor', personIds: [],
    });
    expect(seen.agency.contacts).toEqual([{ id: contactId, responsibleFor: [] }]);
    const adminView = await expectNoAudit(server.db, () => admin.ok(RESPONSIBLE_FOR, { id: agencyId }));
    expect(adminView.agency.contacts).toEqual([{ id: contactId, responsibleFor: [] }]);
  });

  test('refuses a person the user cannot see exactly like a missing one, and roles without person update', async () => {
    const contactId = await newContact(await newAgency());
    const before = await relCounts(server.db, person);
    const denied = await expectNoAudit(server.db, () => member.gql(RESPONSIBLE, { input: { contactId, personId: person, responsible: true } }));
    const missing = await member.gql(RESPONSIBLE, { input: { contactId, personId: missingId('per'), responsible: true } });
    expectBadInput(denied, { personId: 'Refers to something that does not exist or that you cannot see.' });
    expect(denied.errors).toEqual(missing.errors);
    expectCode(await coord.gql(RESPONSIBLE, { input: { contactId: missingId('con'), personId: person, responsible: true } }), 'NOT_FOUND');
    expectCode(await admin.gql(RESPONSIBLE, { input: { contactId, personId: person, responsible: true } }), 'FORBIDDEN');
    expectCode(await manager.gql(RESPONSIBLE, { input: { contactId, personId: person, responsible: true } }), 'FORBIDDEN');
    expectBadInput(await coord.gql(RESPONSIBLE, { input: { contactId: person, personId: contactId, responsible: true } }), {
      contactId: 'Not a valid id of the right kind.',
      personId: 'Not a valid id of the right kind.',
    });
    expect(await relCounts(server.db, person)).toEqual(before);
  });
});
