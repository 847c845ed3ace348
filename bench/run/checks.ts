/**
 * `npx ts-node --transpile-only bench/run/checks.ts [S|M|L|XL] [--rounds N]`: how long each of the validator's checks
 * takes over a whole generated data set (`npm run validate` and a bulk load run them all), each in a read transaction
 * of its own, as `validateGraph` runs them. Round 1 is on a Neo4j just started (its plans and page cache cold, as a
 * one-off `npm run validate` or a bulk load meets them); later rounds are warm. Writes
 * bench/results/checks-<size>.{json,md}.
 */
import { execFileSync } from 'node:child_process';
import { GRAPH_CHECKS } from '../../src/validate/graphChecks';
import { runGraphChecks } from '../../src/validate/validateGraph';
import { benchHome, loadAverageLine, quietLogger, runTool, sizeAndNumber, startBenchGraph, withCleanup, writeResults } from '../common';

interface Row {
  check: string;
  seconds: number[];
  problems: number;
}

async function main() {
  const { size, value: rounds } = sizeAndNumber(process.argv.slice(2), 'rounds', { size: 'L', value: 2 });
  const graph = await startBenchGraph(benchHome(size), quietLogger('checks'));
  const rows: Row[] = GRAPH_CHECKS.map((check) => ({ check: check.name, seconds: [], problems: 0 }));
  const started = new Date();
  await withCleanup(
    async () => {
      for (let round = 0; round < rounds; round += 1) {
        for (const [i, check] of GRAPH_CHECKS.entries()) {
          const t = performance.now();
          const report = await graph.db.read((tx) => runGraphChecks(tx, { limit: 50, checks: [check] }), { timeoutMs: 3_600_000 });
          rows[i].seconds.push((performance.now() - t) / 1000);
          rows[i].problems = report.problemCount;
          process.stdout.write(`round ${round + 1}  ${check.name.padEnd(24)} ${rows[i].seconds[round].toFixed(2)} s, ${report.problemCount} problems\n`);
        }
      }
    },
    () => graph.close(),
  );
  const total = (round: number) => rows.reduce((sum, r) => sum + r.seconds[round], 0);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const header = ['check', ...Array.from({ length: rounds }, (_, r) => (r === 0 ? 'round 1 (cold), s' : `round ${r + 1}, s`)), 'problems'];
  const md = [
    `## The validator's checks over data set ${size}: seconds per check (each in a read transaction of its own)`,
    '',
    `Started ${started.toISOString()}, commit ${commit}. ${loadAverageLine()}`,
    '',
    `| ${header.join(' | ')} |`,
    `|---|${header
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
    ...rows.map((r) => `| ${r.check} | ${r.seconds.map((s) => s.toFixed(2)).join(' | ')} | ${r.problems} |`),
    `| **all** | ${Array.from({ length: rounds }, (_, r) => `**${total(r).toFixed(1)}**`).join(' | ')} | |`,
    '',
  ].join('\n');
  writeResults(`checks-${size}`, { size, commit, started: started.toISOString(), rounds, rows }, md);
}

runTool(main);
