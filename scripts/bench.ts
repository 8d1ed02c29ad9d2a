// `npm run bench`: every benchmark the issues ask for, printed as figures and ratios against a
// peer measured in the same run. Select some with `npm run bench -- board-query analysis`.
import { existsSync } from 'node:fs';

const suites: Record<string, { file: string; fn: string }> = {
  'board-query': { file: './bench/board-query.ts', fn: 'runBoardQueryBench' },
  analysis: { file: './bench/analysis.ts', fn: 'runAnalysisBench' },
  'analysis-latency': { file: './bench/analysis-latency.ts', fn: 'runAnalysisLatencyBench' },
  'board-decode': { file: './bench/board-decode.ts', fn: 'runBoardDecodeBench' },
  'board-render': { file: './bench/board-render.ts', fn: 'runBoardRenderBench' },
  layout: { file: './bench/layout.ts', fn: 'runLayoutBench' },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(suites);

for (const name of names) {
  const suite = suites[name];
  if (!suite) {
    console.error(`unknown benchmark ${name}; known: ${Object.keys(suites).join(', ')}`);
    process.exit(2);
  }
  if (!existsSync(new URL(suite.file, import.meta.url))) {
    console.log(`== ${name}: not present`);
    continue;
  }
  console.log(`== ${name}`);
  const mod = (await import(suite.file)) as Record<string, () => Promise<string[]>>;
  const lines = await mod[suite.fn]!();
  console.log(lines.join('\n'));
}
