// Benchmark of server/src/analysis against python-igraph and networkx on the same seeded graph.
//   node --import tsx scripts/bench/analysis.ts
// Env: TAVLA_BENCH_RUNS (default 3, median taken), TAVLA_BENCH_NX_FULL=1 (run networkx betweenness
// and closeness completely instead of extrapolating from a sample; several minutes),
// TAVLA_BENCH_SKIP_PEERS=1 (Tavla only), PYTHON (default python3; the peers script makes its venv).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyseBoard, prepare } from '../../server/src/analysis/analyse.js';
import { betweenness, closeness, outAdjacency, range } from '../../server/src/analysis/centrality.js';
import { brandesUnweighted } from '../../server/src/analysis/kernels/brandes.js';
import { pageRank } from '../../server/src/analysis/kernels/pagerank.js';
import { bridges, components, coreNumbers } from '../../server/src/analysis/kernels/structure.js';
import { communities } from '../../server/src/analysis/louvain.js';
import { AnalysisWorkerPool, analyseBoardParallel } from '../../server/src/analysis/parallel.js';
import { randomGraph } from '../../server/src/analysis/randomGraph.js';

const PEOPLE = 5000;
const TIES = 25000;
const SEED = 20240601;
const WORKERS = 2;
const TARGETS = { ratioToIgraph: 1.5, suiteMs: 7000, smallBoardMs: 50 };

type Timings = Record<string, number>;

interface PeerOutput {
  versions: Record<string, string>;
  igraph: Timings;
  networkx: Timings;
  extrapolated: Record<string, { sources?: number; people?: number; of: number; measured_ms: number }>;
  values: {
    igraph_betweenness: number[];
    igraph_closeness: number[];
    igraph_pagerank: number[];
    igraph_core: number[];
    nx_betweenness?: number[];
    nx_betweenness_subset?: number[];
    nx_sources: number[];
    nx_closeness: Record<string, number>;
    nx_pagerank: number[];
    nx_core: number[];
  };
}

const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function time<T>(runs: number, fn: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = await fn();
    times.push(performance.now() - t);
  }
  return { ms: median(times), result };
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>, only?: number[]): number {
  let worst = 0;
  for (const i of only ?? range(0, a.length)) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
  return worst;
}

function runPeers(edgesFile: string, outFile: string, runs: number): Promise<void> {
  const script = fileURLToPath(new URL('./analysis_peers.py', import.meta.url));
  const args = [script, '--edges', edgesFile, '--n', String(PEOPLE), '--out', outFile, '--runs', String(runs)];
  if (process.env.TAVLA_BENCH_NX_FULL === '1') args.push('--full');
  return new Promise((resolve, reject) => {
    const child = spawn(process.env.PYTHON ?? 'python3', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`analysis_peers.py exited with ${code}`))));
  });
}

const fmtMs = (ms: number | undefined): string => (ms === undefined ? '-' : ms < 10 ? ms.toFixed(2) : ms.toFixed(0));
const fmtRatio = (a: number, b: number | undefined): string => (b === undefined || b === 0 ? '-' : (a / b).toFixed(2));
const pass = (ok: boolean): string => (ok ? 'MET' : 'NOT MET');

export async function runAnalysisBench(): Promise<string[]> {
  const runs = Number(process.env.TAVLA_BENCH_RUNS ?? 3);
  const lines: string[] = [];

  // A 100-person board first, while the process is still cold: the server's first request is.
  const small = randomGraph({ people: 100, ties: 300, seed: SEED + 1, groups: 5 });
  const cold = await time(1, () => analyseBoard(small));
  const warm = await time(51, () => analyseBoard(small));

  log(`graph: ${PEOPLE} people, ${TIES} ties, seed ${SEED}`);
  const g = randomGraph({ people: PEOPLE, ties: TIES, seed: SEED });
  const dir = mkdtempSync(join(tmpdir(), 'tavla-bench-'));
  const edgesFile = join(dir, 'edges.txt');
  const index = new Map(g.nodes.map((n, i) => [n.id, i]));
  writeFileSync(edgesFile, `# ${PEOPLE} people, ${TIES} ties, seed ${SEED}\n` + g.edges.map((e) => `${index.get(e.source)} ${index.get(e.target)}`).join('\n') + '\n');

  const tavla: Timings = {};
  log('Tavla kernels');
  const build = await time(runs, () => prepare(g));
  tavla.build = build.ms;
  const p = build.result;
  const und = p.und;
  tavla.degree = (await time(runs, () => Int32Array.from(range(0, und.n), (i) => und.offsets[i + 1]! - und.offsets[i]!))).ms;
  const bc = await time(runs, () => betweenness(und, false));
  tavla.betweenness = bc.ms;
  const cl = await time(runs, () => closeness(und, false));
  tavla.closeness = cl.ms;
  const pr = await time(runs, () => pageRank(und.n, und.offsets, und.targets, null));
  tavla.pagerank = pr.ms;
  tavla.louvain = (await time(runs, () => communities(und, false))).ms;
  const core = await time(runs, () => coreNumbers(und.n, und.offsets, und.targets));
  tavla.kcore = core.ms;
  const comps = await time(runs, () => components(und.n, und.offsets, und.targets));
  tavla.components = comps.ms;
  tavla.bridges = (await time(runs, () => bridges(und.n, und.offsets, und.targets, comps.result))).ms;
  log('Tavla suite');
  tavla.suite = (await time(runs, () => analyseBoard(g))).ms;
  const poolStart = performance.now();
  const pool = new AnalysisWorkerPool(WORKERS);
  let parallelBc: number;
  let parallelSuite: number;
  let poolMs: number;
  try {
    await pool.pathMetrics(prepare(randomGraph({ people: 50, ties: 100, seed: 1 })));
    poolMs = performance.now() - poolStart;
    parallelBc = (await time(runs, () => pool.pathMetrics(p))).ms;
    parallelSuite = (await time(runs, () => analyseBoardParallel(g, {}, { pool }))).ms;
  } finally {
    await pool.close();
  }

  let peers: PeerOutput | null = null;
  if (process.env.TAVLA_BENCH_SKIP_PEERS !== '1') {
    log('python-igraph and networkx (scripts/bench/analysis_peers.py)');
    const outFile = join(dir, 'peers.json');
    await runPeers(edgesFile, outFile, runs);
    peers = JSON.parse(readFileSync(outFile, 'utf8')) as PeerOutput;
  }
  rmSync(dir, { recursive: true, force: true });

  const ig = peers?.igraph ?? {};
  const nx = peers?.networkx ?? {};
  const extra = peers?.extrapolated ?? {};
  const sum = (t: Timings): number | undefined =>
    peers ? ['build', 'degree', 'betweenness', 'closeness', 'pagerank', 'louvain', 'kcore', 'components', 'bridges'].reduce((a, k) => a + (t[k] ?? 0), 0) : undefined;
  const rows: [string, number, number | undefined, number | undefined][] = [
    ['build graph (filter + CSR)', tavla.build!, ig.build, nx.build],
    ['degree', tavla.degree!, ig.degree, nx.degree],
    ['betweenness, 1 thread', tavla.betweenness!, ig.betweenness, nx.betweenness],
    [`betweenness + closeness, ${WORKERS} workers`, parallelBc, ig.betweenness, nx.betweenness],
    ['closeness (Wasserman-Faust), 1 thread', tavla.closeness!, ig.closeness, nx.closeness],
    ['PageRank', tavla.pagerank!, ig.pagerank, nx.pagerank],
    ['Louvain', tavla.louvain!, ig.louvain, nx.louvain],
    ['k-core', tavla.kcore!, ig.kcore, nx.kcore],
    ['components', tavla.components!, ig.components, nx.components],
    ['bridges', tavla.bridges!, ig.bridges, nx.bridges],
    ['whole suite, 1 thread (analyseBoard)', tavla.suite!, sum(ig), sum(nx)],
    [`whole suite, ${WORKERS} workers (analyseBoardParallel)`, parallelSuite, sum(ig), sum(nx)],
  ];
  const header = ['metric', 'Tavla ms', 'igraph ms', 'networkx ms', 'Tavla/igraph', 'Tavla/networkx'];
  const table = [header, ...rows.map(([m, t, i, x]) => [m, fmtMs(t), fmtMs(i), fmtMs(x), fmtRatio(t, i), fmtRatio(t, x)])];
  const widths = header.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  lines.push(`Graph analysis benchmark: ${PEOPLE} people, ${TIES} ties (seeded G(n,m), seed ${SEED}), median of ${runs} runs, ${WORKERS}-core machine`);
  if (peers) lines.push(`Peers: networkx ${peers.versions.networkx}, python-igraph ${peers.versions.igraph}, Python ${peers.versions.python}; same edge list, same run`);
  lines.push('');
  for (const r of table) lines.push(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
  lines.push('');
  if (extra.betweenness) lines.push(`* networkx betweenness EXTRAPOLATED: measured ${fmtMs(extra.betweenness.measured_ms)} ms from ${extra.betweenness.sources} of ${extra.betweenness.of} sources, x ${extra.betweenness.of}/${extra.betweenness.sources}`);
  if (extra.closeness) lines.push(`* networkx closeness EXTRAPOLATED: measured ${fmtMs(extra.closeness.measured_ms)} ms for ${extra.closeness.people} of ${extra.closeness.of} people, x ${extra.closeness.of}/${extra.closeness.people}`);
  if (extra.betweenness || extra.closeness) lines.push('  (networkx suite total includes these extrapolations; TAVLA_BENCH_NX_FULL=1 runs them fully)');
  lines.push('* igraph and networkx "whole suite" = the sum of their rows above (build to bridges); Tavla\'s is one analyseBoard call, groups, brokers and bridges included');
  lines.push(`* worker pool start-up (once per process, not in the table): ${fmtMs(poolMs)} ms`);
  lines.push('');

  lines.push('Agreement (max |difference|):');
  if (peers) {
    const v = peers.values;
    lines.push(`  betweenness   Tavla vs igraph (normalised as networkx): ${maxAbsDiff(bc.result, v.igraph_betweenness).toExponential(2)}`);
    if (v.nx_betweenness) {
      lines.push(`  betweenness   Tavla vs networkx (full): ${maxAbsDiff(bc.result, v.nx_betweenness).toExponential(2)}`);
    } else if (v.nx_betweenness_subset) {
      // Same sources as networkx; its unnormalised subset betweenness halves undirected sums.
      const raw = new Float64Array(und.n);
      brandesUnweighted(outAdjacency(und, false), Int32Array.from(v.nx_sources), raw);
      for (let i = 0; i < raw.length; i++) raw[i]! *= 0.5;
      lines.push(`  betweenness   Tavla vs networkx, dependencies from the same ${v.nx_sources.length} sources: ${maxAbsDiff(raw, v.nx_betweenness_subset).toExponential(2)}`);
    }
    const sampled = Object.keys(v.nx_closeness).map(Number);
    const nxCl = new Float64Array(und.n);
    for (const i of sampled) nxCl[i] = v.nx_closeness[String(i)]!;
    lines.push(`  closeness     Tavla vs networkx (${sampled.length} people): ${maxAbsDiff(cl.result, nxCl, sampled).toExponential(2)}; vs igraph (x (r-1)/(n-1)): ${maxAbsDiff(cl.result, v.igraph_closeness).toExponential(2)}`);
    lines.push(`  PageRank      Tavla vs networkx: ${maxAbsDiff(pr.result.scores, v.nx_pagerank).toExponential(2)}; vs igraph (PRPACK, exact solve): ${maxAbsDiff(pr.result.scores, v.igraph_pagerank).toExponential(2)}`);
    const coreMismatch = (ref: number[]): number => ref.filter((c, i) => c !== core.result[i]).length;
    lines.push(`  core numbers  people differing: vs networkx ${coreMismatch(v.nx_core)}, vs igraph ${coreMismatch(v.igraph_core)}`);
  } else {
    lines.push('  (peers skipped)');
  }
  lines.push('');

  lines.push('Targets:');
  const igBc = ig.betweenness;
  const igCl = ig.closeness;
  if (igBc !== undefined && igCl !== undefined) {
    const lim = TARGETS.ratioToIgraph;
    lines.push(`  betweenness <= ${lim} x igraph: 1 thread ${fmtRatio(tavla.betweenness!, igBc)} x ${pass(tavla.betweenness! <= lim * igBc)}; ${WORKERS} workers ${fmtRatio(parallelBc, igBc)} x ${pass(parallelBc <= lim * igBc)}`);
    lines.push(`  closeness   <= ${lim} x igraph: 1 thread ${fmtRatio(tavla.closeness!, igCl)} x ${pass(tavla.closeness! <= lim * igCl)}`);
  }
  lines.push(`  whole suite <= ${TARGETS.suiteMs} ms: 1 thread ${fmtMs(tavla.suite!)} ms ${pass(tavla.suite! <= TARGETS.suiteMs)}; ${WORKERS} workers ${fmtMs(parallelSuite)} ms ${pass(parallelSuite <= TARGETS.suiteMs)}`);
  lines.push(`  100-person board (300 ties) <= ${TARGETS.smallBoardMs} ms: first call ${fmtMs(cold.ms)} ms ${pass(cold.ms <= TARGETS.smallBoardMs)}; warm median ${fmtMs(warm.ms)} ms ${pass(warm.ms <= TARGETS.smallBoardMs)}`);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAnalysisBench().then(
    (lines) => console.log(lines.join('\n')),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
