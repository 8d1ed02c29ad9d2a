import { describe, expect, it } from 'vitest';
import { demoCase } from './demo.js';
import { MAIN_BOARD, OTHER_BOARD } from './demo/boards.js';
import { MAIN_GROUP, OTHER_GROUP } from './demo/people.js';
import { factorCatalogue } from './factors.js';
import { prepareSeed } from './prepare.js';
import type { RelDay, SeedMembership, SeedTie } from './types.js';

const d = demoCase;
const inForce = (x: { from: RelDay; to?: RelDay }, day: RelDay = 0): boolean => x.from <= day && (x.to === undefined || x.to > day);
const person = (key: string) => d.people.find((p) => p.key === key)!;
const board = (key: string) => d.boards.find((b) => b.key === key)!;
const membersToday = (group: string): SeedMembership[] => d.memberships.filter((m) => m.group === group && inForce(m));
// Ages are judged in 2026, the year the demo's birth years were chosen for.
const age = (key: string): number => 2026 - person(key).birthYear;

describe('demo case', () => {
  it('prepares without integrity errors', () => {
    expect(() => prepareSeed(d, factorCatalogue, new Date())).not.toThrow();
  });

  it('is compact: 15–20 people and 45–60 ties', () => {
    expect(d.people.length).toBeGreaterThanOrEqual(15);
    expect(d.people.length).toBeLessThanOrEqual(20);
    expect(d.ties.length).toBeGreaterThanOrEqual(45);
    expect(d.ties.length).toBeLessThanOrEqual(60);
  });

  it('has exactly nine boys aged 14–17 in the main group today', () => {
    const nine = [...new Set(membersToday(MAIN_GROUP).map((m) => m.person))];
    expect(nine).toHaveLength(9);
    for (const p of nine) {
      expect(person(p).kind).toBe('YOUNG_PERSON');
      expect(age(p), p).toBeGreaterThanOrEqual(14);
      expect(age(p), p).toBeLessThanOrEqual(17);
    }
  });

  it('marks at least one tone-setter from the group on the main board', () => {
    const nine = new Set(membersToday(MAIN_GROUP).map((m) => m.person));
    const toneSetters = board(MAIN_BOARD).people.filter((p) => p.toneSetter).map((p) => p.person);
    expect(toneSetters.length).toBeGreaterThanOrEqual(1);
    for (const t of toneSetters) expect(nine.has(t)).toBe(true);
  });

  it('has an influential figure of about 20–24 in no group who recruits some of the boys', () => {
    const inAGroup = new Set(d.memberships.map((m) => m.person));
    const recruiters = d.people.filter((p) => p.kind === 'INFLUENTIAL_FIGURE' && !inAGroup.has(p.key) &&
      d.ties.some((t) => t.source === p.key && t.type === 'RECRUITS' && inForce(t)));
    expect(recruiters.length).toBeGreaterThanOrEqual(1);
    for (const r of recruiters) {
      expect(age(r.key)).toBeGreaterThanOrEqual(20);
      expect(age(r.key)).toBeLessThanOrEqual(24);
    }
  });

  it('links the main group to a second group', () => {
    const links = d.groupLinks.filter((l) => [l.source, l.target].sort().join() === [MAIN_GROUP, OTHER_GROUP].sort().join());
    expect(links.some((l) => inForce(l) && ['ALLIANCE', 'CONFLICT', 'OVERLAP'].includes(l.type))).toBe(true);
  });

  it('has ties of at least seven types, directed where direction matters', () => {
    expect(new Set(d.ties.map((t) => t.type)).size).toBeGreaterThanOrEqual(7);
    for (const t of d.ties.filter((x) => ['LOOKS_UP_TO', 'RECRUITS', 'PROTECTIVE_ADULT'].includes(x.type))) {
      expect(t.directed, `${t.source} -> ${t.target}`).toBe(true);
    }
    for (const t of d.ties.filter((x) => x.type === 'RECRUITS')) expect(t.valence).toBe('HARMFUL');
    expect(new Set(d.ties.map((t) => t.strength))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(new Set(d.ties.map((t) => t.valence)).size).toBe(3);
  });

  it('shows change over the last weeks: revised, ended and new ties, and a changed membership', () => {
    const revised = d.ties.filter((t) => (t.revisions ?? []).some((r) => r.until >= -42));
    const ended = d.ties.filter((t: SeedTie) => t.to !== undefined && t.to >= -21 && t.to <= 0);
    const fresh = d.ties.filter((t) => t.from >= -21 && t.from <= 0);
    expect(revised.length).toBeGreaterThanOrEqual(1);
    expect(ended.length).toBeGreaterThanOrEqual(1);
    expect(fresh.length).toBeGreaterThanOrEqual(1);
    const changed = d.memberships.filter((m) => m.to !== undefined && m.to >= -21 &&
      d.memberships.some((n) => n.person === m.person && n.group === m.group && n.from === m.to && n.role !== m.role));
    expect(changed.length).toBeGreaterThanOrEqual(1);
  });

  it('has protective adults as people, and participations in other communities', () => {
    expect(d.ties.filter((t) => t.type === 'PROTECTIVE_ADULT' && t.valence === 'SUPPORTIVE' && inForce(t)).length).toBeGreaterThanOrEqual(2);
    expect(d.communities.length).toBeGreaterThanOrEqual(4);
    expect(d.participations.some((p) => inForce(p) && p.from >= -21)).toBe(true);
  });

  it('assesses every boy at the same three dates', () => {
    const nine = [...new Set(membersToday(MAIN_GROUP).map((m) => m.person))];
    const dates = [...new Set(d.assessments.map((a) => a.on))].sort((a, b) => a - b);
    expect(dates).toHaveLength(3);
    for (const p of nine) expect(new Set(d.assessments.filter((a) => a.person === p).map((a) => a.on)), p).toEqual(new Set(dates));
    // Levels move: some factors change between the first and the last assessment.
    const first = new Map(d.assessments.filter((a) => a.on === dates[0]).map((a) => [`${a.person}|${a.factor}`, a.level]));
    const moved = d.assessments.filter((a) => a.on === dates[2] && first.get(`${a.person}|${a.factor}`) !== a.level);
    expect(moved.length).toBeGreaterThanOrEqual(9);
  });

  it('shares police and social-services data under §115 and the rest on consent', () => {
    const kind = new Map(d.agencies.map((a) => [a.key, a.kind]));
    const sourced = [...d.assessments, ...d.ties.filter((t) => t.sourceAgency !== undefined)];
    for (const s of sourced) {
      const k = kind.get(s.sourceAgency!);
      expect(s.legalBasis).toBe(k === 'POLICE' || k === 'SOCIAL_SERVICES' ? 'SSP_115' : 'CONSENT');
    }
  });

  it('has interventions at all three prevention levels, each followed up', () => {
    expect(new Set(d.interventions.map((i) => i.level))).toEqual(new Set(['GENERAL', 'SPECIFIC', 'INDIVIDUAL']));
    for (const i of d.interventions) {
      expect(i.followUps.length, i.key).toBeGreaterThanOrEqual(1);
      expect(i.strengthens.length + i.reduces.length, i.key).toBeGreaterThan(0);
      expect(i.cost?.currency, i.key).toBe('DKK');
    }
    // Weekly follow-up over about six weeks for the longest-running ones.
    const weekly = d.interventions.filter((i) => {
      const days = i.followUps.map((f) => f.on).sort((a, b) => a - b);
      return days.length >= 6 && days.every((day, n) => n === 0 || day - days[n - 1]! === 7);
    });
    expect(weekly.length).toBeGreaterThanOrEqual(2);
  });

  it('has two areas with at least six weekly reports each that never name a person', () => {
    expect(d.areas).toHaveLength(2);
    for (const area of d.areas) {
      const weeks = new Set(d.reports.filter((r) => r.area === area.key).map((r) => r.weeksAgo));
      expect(weeks.size, area.key).toBeGreaterThanOrEqual(6);
    }
    expect(new Set(d.reports.map((r) => r.level))).toEqual(new Set(['NORMAL', 'ELEVATED', 'CRITICAL']));
    const names = d.people.flatMap((p) => [p.alias.split(' ')[0]!, ...p.name.split(' ')]);
    for (const r of d.reports) {
      for (const n of names) expect(r.text, `report mentions ${n}`).not.toMatch(new RegExp(`\\b${n}\\b`, 'u'));
    }
  });

  it('has one demo user per role with the agreed usernames', () => {
    const users = Object.fromEntries(d.users.map((u) => [u.username, u]));
    expect(Object.keys(users).sort()).toEqual(['admin', 'analyst', 'auditor', 'coordinator', 'manager', 'member', 'reporter']);
    const agencyKind = (key?: string) => d.agencies.find((a) => a.key === key)?.kind;
    expect(users.coordinator).toMatchObject({ role: 'COORDINATOR' });
    expect(agencyKind(users.coordinator!.agency)).toBe('SOCIAL_SERVICES');
    expect(users.member).toMatchObject({ role: 'MEMBER' });
    expect(agencyKind(users.member!.agency)).toBe('SCHOOL');
    expect(users.analyst).toMatchObject({ role: 'ANALYST' });
    expect(agencyKind(users.analyst!.agency)).toBe('POLICE');
    expect(users.manager).toMatchObject({ role: 'MANAGER' });
    expect(agencyKind(users.manager!.agency)).toBe('SOCIAL_SERVICES');
    expect(users.admin).toMatchObject({ role: 'ADMIN' });
    // The outside reporter belongs to no agency of the partnership.
    expect(users.reporter).toMatchObject({ role: 'REPORTER' });
    expect(users.reporter!.agency).toBeUndefined();
    // The data-protection officer reviews the access log of every agency: on no agency's staff.
    expect(users.auditor).toMatchObject({ role: 'AUDITOR' });
    expect(users.auditor!.agency).toBeUndefined();
  });

  it('has two boards that share a person, with the member user only on the main board', () => {
    const main = board(MAIN_BOARD);
    const other = board(OTHER_BOARD);
    const onMain = new Set(main.people.map((p) => p.person));
    expect(other.people.some((p) => onMain.has(p.person))).toBe(true);
    expect(other.people.length).toBeLessThan(main.people.length);
    const user = (name: string) => d.users.find((u) => u.username === name)!.key;
    expect(main.team).toEqual(expect.arrayContaining([user('coordinator'), user('member'), user('analyst')]));
    expect(other.team).toContain(user('analyst'));
    expect(other.team).not.toContain(user('member'));
    // Everyone in the main group is on the main board.
    for (const m of membersToday(MAIN_GROUP)) expect(onMain.has(m.person), m.person).toBe(true);
  });
});

describe('demo readiness', () => {
  const prepared = prepareSeed(d, factorCatalogue, new Date('2026-03-01T08:00:00Z'));

  it('has a readiness team without the school member, and one closed alert convened within 24 hours', () => {
    const team = (d.readinessTeam ?? []).map((m) => m.user);
    expect(team).toEqual(expect.arrayContaining(['coordinator', 'analyst', 'manager']));
    expect(team).not.toContain('member');
    expect(prepared.alerts).toHaveLength(1);
    const a = prepared.alerts[0]!;
    expect(a.status).toBe('CLOSED');
    // Raised day −41 at 20:00 UTC, convened day −40 at 13:00: 17 hours.
    expect(Date.parse(a.convenedAt!) - Date.parse(a.raisedAt)).toBe(17 * 3_600_000);
    expect(a.attendeeIds.length).toBeGreaterThanOrEqual(3);
  });

  it('derives the level history from the alert: elevated, critical, then normal again', () => {
    const solbakken = prepared.levelChanges.filter((c) => c.areaId === prepared.areas.find((x) => x.name === 'Solbakken')!.id);
    expect(solbakken.map((c) => `${c.previous}>${c.level}`)).toEqual(['NORMAL>ELEVATED', 'ELEVATED>CRITICAL', 'CRITICAL>NORMAL']);
    expect(prepared.areas.map((x) => [x.name, x.level])).toEqual([['Solbakken', 'NORMAL'], ['Lærkeparken', 'ELEVATED']]);
  });

  it("links the taxi firm's reports to the outside reporter who filed them", () => {
    const taxi = d.reports.filter((r) => r.organisation === 'Bøgely Taxa');
    expect(taxi.length).toBeGreaterThanOrEqual(2);
    expect(prepared.reportFilers).toHaveLength(taxi.length);
  });
});
