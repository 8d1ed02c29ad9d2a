// The units of analysis work the API runs: plain data in, plain data out, so the same function
// runs on the request thread (small networks) or in the analysis worker (large ones).
import type {
  AnalysisGraph, BoardAnalysis, EgoNetwork, ImportResult, ShortestPath, SimulationResult, TieFilter, ToneSetterResult, WhatIf,
} from '../analysis/index.js';
import {
  AnalysisInputError, egoNetwork, parseCsvEdges, parseGraphML, shortestPath, simulate, toCsv, toGEXF, toGraphML,
  toneSetterCandidates,
} from '../analysis/index.js';
// The module's steps, used separately so a long analysis can report which one it is in.
import { assemble, pathMetricsSync, prepare } from '../analysis/analyse.js';
import type { AnalysisWorkerPool } from '../analysis/index.js';
import { PARALLEL_MIN_PEOPLE } from '../analysis/index.js';

export type Step = 'PATHS' | 'STRUCTURE';

export type Work =
  | { kind: 'analyse'; graph: AnalysisGraph; filter: TieFilter }
  | { kind: 'toneSetters'; graph: AnalysisGraph; analysis: BoardAnalysis; members: string[] | null; limit: number }
  | { kind: 'simulate'; graph: AnalysisGraph; filter: TieFilter; change: WhatIf }
  | { kind: 'ego'; graph: AnalysisGraph; filter: TieFilter; personId: string; steps: number }
  | { kind: 'path'; graph: AnalysisGraph; filter: TieFilter; from: string; to: string }
  | { kind: 'export'; graph: AnalysisGraph; format: 'GRAPHML' | 'GEXF' | 'CSV' }
  | { kind: 'parse'; format: 'GRAPHML' | 'CSV'; text: string };

export interface WorkResult {
  analyse: BoardAnalysis;
  toneSetters: ToneSetterResult;
  simulate: SimulationResult;
  ego: EgoNetwork;
  path: ShortestPath | null;
  export: string;
  parse: ImportResult;
}

/** The steps a kind of work reports, in order (only a full analysis has more than one). */
export function stepsOf(kind: Work['kind']): Step[] {
  return kind === 'analyse' ? ['PATHS', 'STRUCTURE'] : ['STRUCTURE'];
}

/** How big a piece of work is, for choosing the thread and weighing cache entries. */
export function sizeOf(work: Work): number {
  return work.kind === 'parse' ? Math.ceil(work.text.length / 30) : work.graph.nodes.length + work.graph.edges.length;
}

export interface WorkEnv {
  onStep: (step: Step) => void;
  /** A pool for Brandes' searches; only asked for when a network is big enough to gain from it. */
  pool?: () => AnalysisWorkerPool;
}

export async function runWork(work: Work, env: WorkEnv): Promise<WorkResult[Work['kind']]> {
  switch (work.kind) {
    case 'analyse': {
      const p = prepare(work.graph, work.filter);
      env.onStep('PATHS');
      const paths = env.pool && p.main.n >= PARALLEL_MIN_PEOPLE ? await env.pool().pathMetrics(p) : pathMetricsSync(p);
      env.onStep('STRUCTURE');
      return assemble(p, paths);
    }
    case 'toneSetters':
      env.onStep('STRUCTURE');
      return toneSetterCandidates(work.graph, work.analysis, work.members ?? undefined, { limit: work.limit });
    case 'simulate':
      env.onStep('STRUCTURE');
      return simulate(work.graph, work.change, work.filter);
    case 'ego':
      env.onStep('STRUCTURE');
      return egoNetwork(work.graph, work.personId, work.steps, work.filter);
    case 'path':
      env.onStep('STRUCTURE');
      return shortestPath(work.graph, work.from, work.to, work.filter);
    case 'export':
      env.onStep('STRUCTURE');
      return work.format === 'GRAPHML' ? toGraphML(work.graph) : work.format === 'GEXF' ? toGEXF(work.graph) : toCsv(work.graph);
    case 'parse':
      env.onStep('STRUCTURE');
      return work.format === 'GRAPHML' ? parseGraphML(work.text) : parseCsvEdges(work.text);
  }
}

/** Errors cross the worker boundary as data; input errors keep their code so they can be translated. */
export interface WorkError {
  input: boolean;
  code: string;
  detail: string;
}

export function toWorkError(err: unknown): WorkError {
  if (err instanceof AnalysisInputError) return { input: true, code: err.code, detail: err.detail };
  return { input: false, code: 'INTERNAL', detail: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}

export function fromWorkError(e: WorkError): Error {
  if (e.input) return new AnalysisInputError(e.code as AnalysisInputError['code'], e.detail);
  return new Error(e.detail);
}
