// A board analysis started off the request and followed by polling: states, steps, the result,
// who may see it, what the access log holds. The runner is told to send even this small board to
// the analysis thread, so the path a 5,000-person board takes is the one tested.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { TestClient } from '../support/client.js';
import { BoardBuilder, byAlias } from '../support/network.js';
import { addToTeam, auditMark, auditSince } from '../support/fixtures.js';
import { analysisRunner, closeAnalysisRunner } from '../../server/src/analysis-api/runner.js';

let server: TestServer;
let coord: TestClient;
let star: BoardBuilder;

const start = `mutation($b: ID!) { startBoardAnalysis(boardId: $b) { id boardId state step stepsDone stepsTotal progress analysis { cached } error } }`;
const poll = `query($id: ID!) { analysisJob(id: $id) { state step stepsDone stepsTotal progress error } }`;
const result = `query($id: ID!) { analysisJob(id: $id) { state analysis { cached components people { person { alias } degree betweenness closeness } } } }`;

interface JobView { state: string; step: string | null; stepsDone: number; stepsTotal: number; progress: number; error: string | null }

async function untilSettled(client: TestClient, id: string): Promise<JobView[]> {
  const seen: JobView[] = [];
  for (let i = 0; i < 600; i++) {
    const j = (await client.ok<{ analysisJob: JobView }>(poll, { id })).analysisJob;
    seen.push(j);
    if (j.state === 'DONE' || j.state === 'FAILED') return seen;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('job did not settle');
}

beforeAll(async () => {
  server = await startTestServer();
  coord = await new TestClient(server.url).login('coordinator');
  star = await BoardBuilder.create(coord, 'Analysis jobs: star');
  await star.peopleNamed('Hub', 'Sp1', 'Sp2', 'Sp3');
  for (const leaf of ['Sp1', 'Sp2', 'Sp3']) await star.tie('Hub', leaf);
  analysisRunner().options.inlineMaxSize = 0;
});
afterAll(async () => {
  await closeAnalysisRunner();
  await server.stop();
});

describe('startBoardAnalysis and analysisJob', () => {
  it('starts LOADING, moves forward step by step, and ends DONE with the result worked out by hand', async () => {
    const onThreadBefore = analysisRunner().counters.onWorker;
    const job = (await coord.ok(start, { b: star.boardId })).startBoardAnalysis;
    expect(job).toMatchObject({ boardId: star.boardId, state: 'RUNNING', step: 'LOADING', stepsDone: 0, stepsTotal: 3, progress: 0, analysis: null, error: null });
    expect(job.id).toMatch(/^job_/);
    const seen = await untilSettled(coord, job.id);
    const last = seen[seen.length - 1]!;
    expect(last).toEqual({ state: 'DONE', step: null, stepsDone: 3, stepsTotal: 3, progress: 1, error: null });
    // Progress never goes back, and every view is one of the states a job passes through.
    const done = seen.map((v) => v.stepsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    for (const v of seen) {
      expect(['RUNNING:LOADING:0', 'QUEUED:-:1', 'RUNNING:PATHS:1', 'RUNNING:STRUCTURE:2', 'DONE:-:3']).toContain(`${v.state}:${v.step ?? '-'}:${v.stepsDone}`);
      expect(v.progress).toBeCloseTo(v.stepsDone / 3, 12);
    }
    expect(analysisRunner().counters.onWorker).toBe(onThreadBefore + 1);
    const r = (await coord.ok(result, { id: job.id })).analysisJob;
    expect(r.state).toBe('DONE');
    expect(r.analysis.cached).toBe(false);
    // A star with three leaves: the hub is on every path between two leaves (betweenness 1) and
    // one step from everyone (closeness 1); a leaf is 1 + 2 + 2 away from the others: 3/5.
    const m = byAlias<{ person: { alias: string }; degree: number; betweenness: number; closeness: number }>(r.analysis.people);
    expect(m.Hub).toMatchObject({ degree: 3, betweenness: 1, closeness: 1 });
    expect(m.Sp1!.betweenness).toBe(0);
    expect(m.Sp1!.closeness).toBeCloseTo(3 / 5, 12);
    expect(r.analysis.components).toBe(1);
  });

  it('a second job on the unchanged board is served from the cache', async () => {
    const job = (await coord.ok(start, { b: star.boardId })).startBoardAnalysis;
    await untilSettled(coord, job.id);
    expect((await coord.ok(result, { id: job.id })).analysisJob.analysis.cached).toBe(true);
  });

  it('a job is visible only to whoever started it, even to a teammate', async () => {
    await addToTeam(coord, server.db, star.boardId, 'analyst');
    const job = (await coord.ok(start, { b: star.boardId })).startBoardAnalysis;
    const analyst = await new TestClient(server.url).login('analyst');
    expect((await analyst.ok(poll, { id: job.id })).analysisJob).toBeNull();
    expect((await analyst.ok(poll, { id: 'job_00000000-0000-4000-8000-000000000000' })).analysisJob).toBeNull();
    const bad = await analyst.gql(poll, { id: 'brd_00000000-0000-4000-8000-000000000000' });
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([{ field: 'id', message: 'Not a valid id of the right kind.' }]);
  });

  it('logs the load when the job starts and the read of the result, and nothing for polls', async () => {
    const people = [...star.people.values()].sort();
    const since = await auditMark(server.db);
    const job = (await coord.ok(start, { b: star.boardId })).startBoardAnalysis;
    await untilSettled(coord, job.id);
    const afterPolls = await auditSince(server.db, since);
    expect(afterPolls.map((r) => [r.action, r.purpose, r.personIds])).toEqual([['READ', 'Mutation.startBoardAnalysis', people]]);
    await coord.ok(result, { id: job.id });
    const all = await auditSince(server.db, since);
    expect(all.map((r) => [r.action, r.purpose, r.personIds])).toEqual([
      ['READ', 'Mutation.startBoardAnalysis', people],
      ['READ', 'Query.analysisJob', people],
    ]);
  });

  it('hides the result from its starter once they have left the board', async () => {
    const b = await BoardBuilder.create(coord, 'Analysis jobs: leaving');
    await b.peopleNamed('Xan', 'Yul');
    await addToTeam(coord, server.db, b.boardId, 'analyst');
    const analyst = await new TestClient(server.url).login('analyst');
    const job = (await analyst.ok(start, { b: b.boardId })).startBoardAnalysis;
    await untilSettled(analyst, job.id);
    const analystId = (await analyst.ok<{ me: { id: string } }>('{ me { id } }')).me.id;
    await coord.ok('mutation($b: ID!, $u: ID!) { removeTeamMember(boardId: $b, userId: $u) { id } }', { b: b.boardId, u: analystId });
    expect((await analyst.ok(result, { id: job.id })).analysisJob).toEqual({ state: 'DONE', analysis: null });
  });
});
