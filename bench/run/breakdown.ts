/**
 * `npx ts-node --transpile-only bench/run/breakdown.ts [S|M|L] [words]`: where our API's time goes for each query, in
 * this process: the hand-written Cypher (raw), the Cypher our API generates run directly through the driver, the
 * whole GraphQL operation in-process (Apollo executeOperation: parse/validate cache, resolvers, projection, driver).
 * The HTTP layer is what `npm run bench` adds on top.
 */
import { loadConfig } from '../../src/config';
import { runTool } from '../common';
import { runRaw } from './cli';
import { latency } from './measure';
import { OursProfiler } from './profile';
import { selectedQueries, toolArgs, withToolGraph } from './tool';

async function main() {
  const { size, words } = toolArgs(process.argv.slice(2), { size: 'S' });
  await withToolGraph('breakdown', size, async ({ graph, driver, logger, params }) => {
    const config = loadConfig({ ...process.env, NEO4J_URI: graph.uri, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    const profiler = await OursProfiler.start(config, graph.uri, logger, driver);
    const server = profiler.server;
    for (const q of selectedQueries(words)) {
      const raw = q.raw(params);
      const { captured } = await profiler.dbHits(q.ours(params));
      const call = q.ours(params);
      const a = await latency(() => runRaw(driver, raw), 150, 20, 30_000);
      const b = await latency(
        async () => {
          for (const c of captured) await runRaw(driver, c);
        },
        150,
        20,
        30_000,
      );
      const c = await latency(() => server.apollo.executeOperation({ query: call.query, variables: call.variables }, { contextValue: server.contextFor() }), 150, 20, 30_000);
      console.log(
        `${q.name.padEnd(58)} raw ${a.p50_ms.toFixed(2).padStart(7)}  our Cypher ${b.p50_ms.toFixed(2).padStart(7)}  in-process operation ${c.p50_ms.toFixed(2).padStart(7)} ms (p50)`,
      );
    }
    await profiler.stop();
  });
}

runTool(main);
