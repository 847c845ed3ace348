/**
 * `npx ts-node --transpile-only bench/run/cypherFloor.ts [S|M|L] [words]`: our Cypher against the hand-written Cypher,
 * without HTTP or GraphQL. For each benchmark query (or those whose name holds one of the words): the statements our
 * API sends for it (captured once), and the bench's raw statement, each run through the driver in this process
 * (`executeRead`, as the raw path), in rotation, 200 times at concurrency 1; with the db hits of each under PROFILE.
 * What is left between ours and the floor over HTTP that is not the Cypher's is the API's own cost. Writes
 * bench/results/cypher-floor.{json,md}.
 */
import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { writeResults, runTool } from '../common';
import { runRaw } from './cli';
import { interleavedLatency, type Latency } from './measure';
import { OursProfiler, rawDbHits } from './profile';
import { selectedQueries, toolArgs, withToolGraph } from './tool';

async function runStatements(driver: Driver, statements: Array<{ cypher: string; params: Record<string, unknown> }>): Promise<void> {
  for (const s of statements) await runRaw(driver, s);
}

async function main() {
  const { size, words } = toolArgs(process.argv.slice(2), { size: 'M' });
  await withToolGraph('cypher-floor', size, async ({ graph, driver, logger, params }) => {
    const profiler = await OursProfiler.start(loadConfig({ ...process.env, NEO4J_URI: graph.uri }), graph.uri, logger, driver);
    const rows: Array<{ name: string; statements: number; oursDbHits: number; rawDbHits: number; ours: Latency; raw: Latency }> = [];
    try {
      for (const q of selectedQueries(words)) {
        const ours = await profiler.dbHits(q.ours(params));
        const raw = q.raw(params);
        const result = await interleavedLatency({ raw: () => runRaw(driver, raw), ours: () => runStatements(driver, ours.captured) }, 200, 30, 60_000);
        for (const [k, v] of Object.entries(result)) if ('failed' in v) throw new Error(`${q.name} (${k}): ${v.failed}`);
        rows.push({
          name: q.name,
          statements: ours.statements,
          oursDbHits: ours.dbHits,
          rawDbHits: await rawDbHits(driver, raw),
          ours: result.ours as Latency,
          raw: result.raw as Latency,
        });
        process.stderr.write(`${q.name}: ours ${(result.ours as Latency).p50_ms} ms, raw ${(result.raw as Latency).p50_ms} ms\n`);
      }
    } finally {
      await profiler.stop();
    }
    const load = os.loadavg().map((x) => x.toFixed(1));
    const lines = [
      `## Our Cypher against the hand-written Cypher: data set ${size}, p50 in ms at concurrency 1 (200 runs each, in rotation, driver in process)`,
      '',
      `Load average at the end: ${load.join(', ')} (${os.cpus().length} cores).`,
      '',
      '| query | raw | ours | ours / raw | raw db hits | our db hits (statements) |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.raw.p50_ms} | ${r.ours.p50_ms} | ${(r.ours.p50_ms / r.raw.p50_ms).toFixed(2)} | ${r.rawDbHits.toLocaleString('en-US')} | ${r.oursDbHits.toLocaleString('en-US')} (${r.statements}) |`,
      ),
      '',
    ];
    writeResults('cypher-floor', { size, load: os.loadavg(), rows }, lines.join('\n'));
  });
}

runTool(main);
