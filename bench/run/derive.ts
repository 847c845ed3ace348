/**
 * `npx ts-node --transpile-only bench/run/derive.ts [S|M|L|XL] [--rounds N]`: how long the derivation over the whole
 * graph takes on a generated data set (`deriveAll` without a scope: what `npm run import` runs after its scripts, in
 * one write transaction). The data set is already derived, so it finds nothing to write: what is timed is the reading
 * every import pays. Round 1 is on a Neo4j just started. Writes bench/results/derive-<size>.{json,md}.
 */
import { execFileSync } from 'node:child_process';
import { deriveAll, type DerivedCounts } from '../../src/claims/derived';
import { benchHome, loadAverageLine, quietLogger, runTool, sizeAndNumber, startBenchGraph, withCleanup, writeResults } from '../common';

async function main() {
  const { size, value: rounds } = sizeAndNumber(process.argv.slice(2), 'rounds', { size: 'L', value: 2 });
  const graph = await startBenchGraph(benchHome(size), quietLogger('derive'));
  const runs: Array<{ seconds: number; counts: DerivedCounts }> = [];
  const started = new Date();
  await withCleanup(
    async () => {
      for (let round = 0; round < rounds; round += 1) {
        const t = performance.now();
        const counts = await graph.db.write((tx) => deriveAll(tx), { timeoutMs: 3_600_000 });
        runs.push({ seconds: (performance.now() - t) / 1000, counts });
        process.stdout.write(`round ${round + 1}: ${runs[round].seconds.toFixed(1)} s ${JSON.stringify(counts)}\n`);
      }
    },
    () => graph.close(),
  );
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const md = [
    `## The derivation over the whole graph on data set ${size} (nothing to write), seconds`,
    '',
    `Started ${started.toISOString()}, commit ${commit}. ${loadAverageLine()}`,
    '',
    '| round | seconds | written or removed |',
    '|---|---:|---:|',
    ...runs.map((r, i) => `| ${i + 1}${i === 0 ? ' (cold)' : ''} | ${r.seconds.toFixed(1)} | ${Object.values(r.counts).reduce((a, b) => a + b, 0)} |`),
    '',
  ].join('\n');
  writeResults(`derive-${size}`, { size, commit, started: started.toISOString(), runs }, md);
}

runTool(main);
