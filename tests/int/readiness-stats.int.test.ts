// Time to convene per alert and over time, with alert times set by hand (a test Cypher file moves
// them into the past), and the e-mail to the team through a local SMTP sink.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient, loginAll } from '../support/client.js';
import { freePort } from '../support/free-port.js';
import { marker } from '../support/fixtures.js';

const HOUR = 3_600_000;
const RAISE = 'mutation($input: RaiseAlertInput!) { raiseAlert(input: $input) { id area { name } clock { deadline } } }';
const AREA = 'mutation($input: CreateAreaInput!) { createArea(input: $input) { id } }';
const STATS = `query($a: ID, $m: Int) { readinessStats(areaId: $a, months: $m) {
  overall { alerts convened decided withinDeadline shareWithinDeadline medianMinutesToConvene }
  byMonth { month stats { alerts convened decided withinDeadline shareWithinDeadline medianMinutesToConvene } } } }`;

interface Mail { to: string[]; raw: string }
const mails: Mail[] = [];
let sink: SMTPServer;
let server: TestServer;
let analyst: TestClient;
let coord: TestClient;

beforeAll(async () => {
  const port = await freePort();
  sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        done();
      });
    },
  });
  await new Promise<void>((res) => sink.listen(port, '127.0.0.1', () => res()));
  server = await startTestServer({ SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://tavla.kommune.example', TIME_ZONE: 'Europe/Copenhagen' });
  [analyst, coord] = await loginAll(server.url, 'analyst', 'coordinator');
});

afterAll(async () => {
  await server?.stop();
  await new Promise<void>((res) => sink.close(() => res()));
});

async function backdate(id: string, raisedAt: Date, convenedAfterH: number | null, closedAfterH: number | null, status: string) {
  const plus = (h: number | null) => (h === null ? null : new Date(raisedAt.getTime() + h * HOUR).toISOString());
  await server.db.write((tx) => tx.one('test/alert-backdate', { id, raisedAt: raisedAt.toISOString(), convenedAt: plus(convenedAfterH), closedAt: plus(closedAfterH), status }));
}

describe('time to convene', () => {
  test('per alert and per month: the median over convened alerts, the share met over decided ones', async () => {
    const areaId = (await coord.ok(AREA, { input: { name: marker('Statistikområdet') } })).createArea.id;
    const raise = async () => (await analyst.ok(RAISE, { input: { areaId, level: 'ELEVATED', reason: 'Oro' } })).raiseAlert.id as string;
    const now = new Date();
    // The first days of the month before last (m2) and of last month (m1).
    const m2 = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 5, 8));
    const m1 = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 2, 8));
    const ids = await Promise.all([raise(), raise(), raise(), raise(), raise()]);
    await backdate(ids[0]!, m2, 2, null, 'CONVENED'); //                       120 min: met
    await backdate(ids[1]!, new Date(m2.getTime() + 7 * 24 * HOUR), 26, null, 'CONVENED'); // 1560 min: missed
    await backdate(ids[2]!, m1, 10, 20, 'CLOSED'); //                          600 min: met
    await backdate(ids[3]!, new Date(m1.getTime() + 7 * 24 * HOUR), null, 3, 'CLOSED'); // called off: not decided
    await backdate(ids[4]!, new Date(now.getTime() - 30 * HOUR), null, null, 'RAISED'); // overdue: decided, missed

    const s = (await analyst.ok(STATS, { a: areaId, m: 3 })).readinessStats;
    // Convened: 120, 600, 1560 → median 600. Decided: the three convened and the overdue one; met: 2.
    expect(s.overall).toEqual({ alerts: 5, convened: 3, decided: 4, withinDeadline: 2, shareWithinDeadline: 0.5, medianMinutesToConvene: 600 });
    const month = (d: Date) => d.toISOString().slice(0, 7);
    const byMonth = Object.fromEntries(s.byMonth.map((r: { month: string; stats: unknown }) => [r.month, r.stats]));
    expect(s.byMonth).toHaveLength(3);
    // m2: 120 and 1560 → (120 + 1560) / 2 = 840; one of two in time.
    expect(byMonth[month(m2)]).toEqual({ alerts: 2, convened: 2, decided: 2, withinDeadline: 1, shareWithinDeadline: 0.5, medianMinutesToConvene: 840 });
    // m1: 600, and one called off.
    expect(byMonth[month(m1)]).toEqual({ alerts: 2, convened: 1, decided: 1, withinDeadline: 1, shareWithinDeadline: 1, medianMinutesToConvene: 600 });

    const clock = async (id: string) => (await analyst.ok('query($id: ID!) { readinessAlert(id: $id) { clock { state minutesToConvene secondsRemaining } } }', { id })).readinessAlert.clock;
    expect(await clock(ids[0]!)).toEqual({ state: 'MET', minutesToConvene: 120, secondsRemaining: null });
    expect(await clock(ids[1]!)).toEqual({ state: 'MISSED', minutesToConvene: 1560, secondsRemaining: null });
    expect(await clock(ids[3]!)).toMatchObject({ state: 'CALLED_OFF' });
    // 30 hours after raising: 6 hours past the deadline.
    const overdue = await clock(ids[4]!);
    expect(overdue.state).toBe('OVERDUE');
    expect(Math.round(overdue.secondsRemaining / 60)).toBe(-360);
  });
});

describe('e-mail to the team', () => {
  test('goes, with SMTP configured, to the other members with an address: area, level, deadline and link, no reason', async () => {
    const name = marker('Mejlområdet');
    const areaId = (await coord.ok(AREA, { input: { name } })).createArea.id;
    const reason = marker('Hemlig orsak');
    const sv = new TestClient(server.url, 'sv');
    sv.cookie = analyst.cookie;
    const a = (await sv.ok(RAISE, { input: { areaId, level: 'CRITICAL', reason } })).raiseAlert;
    for (let i = 0; i < 50 && !mails.some((m) => m.raw.includes(a.id)); i++) await new Promise((r) => setTimeout(r, 100));
    const mail = mails.find((m) => m.raw.includes(a.id));
    expect(mail).toBeDefined();
    // The demo team: the coordinator and the manager; not the analyst, who raised it.
    expect(mail!.to.sort()).toEqual(expect.arrayContaining(['birgitte.winther@boegely.example', 'kasper.holm@boegely.example']));
    expect(mail!.to).not.toContain('anders.lund@boegely.example');
    const body = mail!.raw.replace(/=\r?\n/g, '');
    expect(body).toContain(`https://tavla.kommune.example/readiness/${a.id}`);
    // The marker's random part: the reason itself never leaves Tavla by e-mail.
    expect(body).not.toContain(reason.split(' ').pop());
    expect(body).toMatch(/Subject: =\?UTF-8\?|Subject: Beredskapslarm/);
    // Headers are never on the Bcc line in what the server received.
    expect(body).not.toMatch(/^Bcc:/m);
  });
});
