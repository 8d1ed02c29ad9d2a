// Board analyses started with startBoardAnalysis and polled with analysisJob: where each is, for a
// progress bar. A job is visible only to the user who started it, and is forgotten half an hour
// after it started, or earlier when too many (or too large) are kept; its result may still be in
// the runner's cache.
import { randomUUID } from 'node:crypto';
import type { BoardAnalysis } from '../analysis/index.js';
import type { AnalysisJobState, AnalysisStep } from '../graphql/generated/types.js';
import type { Network } from './load.js';
import type { Computation } from './runner.js';

const KEEP_MS = 30 * 60_000;
const MAX_JOBS = 200;
/** People + ties held by all kept jobs' networks together: about twenty 5,000-person boards. */
const MAX_WEIGHT = 600_000;

const weightOf = (job: Job): number => (job.network ? job.network.graph.nodes.length + job.network.graph.edges.length : 0);

export interface Job {
  id: string;
  userId: string;
  boardId: string;
  createdAt: number;
  loading: boolean;
  network: Network | null;
  computation: Computation<BoardAnalysis> | null;
  /** i18n key of the failure, if it failed. */
  error: string | null;
}

export interface JobView {
  state: AnalysisJobState;
  step: AnalysisStep | null;
  stepsDone: number;
  stepsTotal: number;
  progress: number;
}

/** LOADING, then the computation's own steps (PATHS, STRUCTURE). */
const STEPS_TOTAL = 3;

export function viewOf(job: Job): JobView {
  const at = (state: AnalysisJobState, step: AnalysisStep | null, stepsDone: number): JobView => ({
    state, step, stepsDone, stepsTotal: STEPS_TOTAL, progress: stepsDone / STEPS_TOTAL,
  });
  const c = job.computation;
  if (job.error) return at('FAILED', null, c ? 1 + c.stepsDone : 0);
  if (job.loading || !c) return at('RUNNING', 'LOADING', 0);
  switch (c.state) {
    case 'QUEUED':
      return at('QUEUED', null, 1);
    case 'RUNNING':
      return at('RUNNING', c.step, 1 + c.stepsDone);
    case 'DONE':
      return at('DONE', null, STEPS_TOTAL);
    case 'FAILED':
      return at('FAILED', null, 1 + c.stepsDone);
  }
}

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  create(userId: string, boardId: string): Job {
    this.sweep();
    const job: Job = {
      id: `job_${randomUUID()}`, userId, boardId, createdAt: Date.now(), loading: true, network: null, computation: null, error: null,
    };
    this.jobs.set(job.id, job);
    return job;
  }

  /** The job if this user started it; anyone else's answers like a missing one. */
  get(id: string, userId: string): Job | null {
    const job = this.jobs.get(id);
    return job && job.userId === userId ? job : null;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, job] of this.jobs) {
      const state = viewOf(job).state;
      if ((state === 'DONE' || state === 'FAILED') && now - job.createdAt > KEEP_MS) this.jobs.delete(id);
    }
    // Oldest first (insertion order), whatever their state: memory is bounded.
    let weight = [...this.jobs.values()].reduce((w, job) => w + weightOf(job), 0);
    for (const [id, job] of this.jobs) {
      if (this.jobs.size < MAX_JOBS && weight <= MAX_WEIGHT) break;
      weight -= weightOf(job);
      this.jobs.delete(id);
    }
  }
}

export const jobs = new JobRegistry();
