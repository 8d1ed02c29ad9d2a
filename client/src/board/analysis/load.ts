// Fetching the board's metrics. A board up to LARGE_BOARD people is answered in one query (the
// server computes it in milliseconds); a larger one runs as an analysis job, polled for a progress
// line, so the request never waits on seconds of shortest paths.
import { mutate, query } from '../../api/client.js';
import { op } from '../../api/documents.js';
import type {
  AnalysisStep, BoardAnalysisJobQuery, BoardAnalysisJobQueryVariables, BoardAnalysisViewQuery, BoardAnalysisViewQueryVariables,
  BoardMetricsFragment, StartBoardAnalysisViewMutation, StartBoardAnalysisViewMutationVariables, TieFilterInput,
} from '../../generated/graphql.js';

const ANALYSIS = op<BoardAnalysisViewQuery, BoardAnalysisViewQueryVariables>('BoardAnalysisView');
const START = op<StartBoardAnalysisViewMutation, StartBoardAnalysisViewMutationVariables>('StartBoardAnalysisView');
const JOB = op<BoardAnalysisJobQuery, BoardAnalysisJobQueryVariables>('BoardAnalysisJob');

export type Metrics = BoardMetricsFragment;

/** Where a job is: 'QUEUED' or the step under way. */
export type Progress = AnalysisStep | 'QUEUED';

export interface JobPort {
  start(): Promise<{ id: string }>;
  poll(id: string): Promise<{ state: string; step: AnalysisStep | null; error: string | null; analysis: Metrics | null } | null>;
  sleep(ms: number): Promise<void>;
}

export class AnalysisFailed extends Error {}

/**
 * Starts a job and polls it until it is done, reporting each step. Null when cancelled (or the job
 * vanished: the board is gone or no longer ours). Waits a little longer between polls as it goes.
 */
export async function runJob(port: JobPort, onProgress: (p: Progress) => void, cancelled: () => boolean): Promise<Metrics | null> {
  const { id } = await port.start();
  let wait = 150;
  for (;;) {
    if (cancelled()) return null;
    const job = await port.poll(id);
    if (!job || cancelled()) return null;
    if (job.state === 'DONE') return job.analysis;
    if (job.state === 'FAILED') throw new AnalysisFailed(job.error ?? '');
    onProgress(job.state === 'QUEUED' ? 'QUEUED' : (job.step ?? 'LOADING'));
    await port.sleep(wait);
    wait = Math.min(1000, Math.round(wait * 1.5));
  }
}

export async function loadMetrics(
  boardId: string,
  filter: TieFilterInput | null,
  large: boolean,
  onProgress: (p: Progress) => void,
  cancelled: () => boolean,
): Promise<Metrics | null> {
  if (!large) return (await query(ANALYSIS, { boardId, filter })).boardAnalysis ?? null;
  return runJob(
    {
      start: async () => (await mutate(START, { boardId, filter })).startBoardAnalysis,
      poll: async (id) => (await query(JOB, { id })).analysisJob ?? null,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    },
    onProgress,
    cancelled,
  );
}
