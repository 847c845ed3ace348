/**
 * `npx ts-node --transpile-only bench/run/breakdown.ts [S|M|L] [words]`: where our API's time goes for each query, in
 * this process: the hand-written Cypher (raw), the Cypher our API generates run directly through the driver, the
 * whole GraphQL operation in-process (Apollo executeOperation: parse/validate cache, resolvers, projection, driver).
 * The HTTP layer is what `npm run bench` adds on top.
 */
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { benchHome, quietLogger, startBenchGraph, withCleanup, runTool } from '../common';
import { discoverParams, runRaw } from './cli';
import { latency } from './measure';
import { OursProfiler } from './profile';
import { QUERIES } from './queries';

async function main() {
  const size = (process.argv[2] ?? 'S').toUpperCase();
  const words = process.argv.slice(3).map((w) => w.toLowerCase());
  const logger = quietLogger('breakdown');
  const graph = await startBenchGraph(benchHome(size), logger);
  const driver = neo4j.driver(graph.uri, undefined, { disableLosslessIntegers: true });
  await withCleanup(
    async () => {
      const params = await discoverParams(driver);
      const config = loadConfig({ ...process.env, NEO4J_URI: graph.uri, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
      const profiler = await OursProfiler.start(config, graph.uri, logger, driver);
      const server = profiler.server;
      for (const q of QUERIES.filter((x) => !x.name.includes('50th') && (words.length === 0 || words.some((w) => x.name.toLowerCase().includes(w))))) {
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
    },
    async () => {
      await driver.close().catch(() => undefined);
      await graph.close();
    },
  );
}

runTool(main);
