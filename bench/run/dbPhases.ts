/**
 * `npx ts-node --transpile-only bench/run/dbPhases.ts [S|M|L] [words] [--requests N]`: the database part of a request,
 * in this process, in rotation (one call of each in turn, so that all see the same load), p50 at concurrency 1:
 *
 * - raw: the bench's hand-written Cypher through a bare driver (`session.executeRead`, records as they come);
 * - our Cypher, bare driver: the statement our API builds for the query, run the same way;
 * - our Database: the same statement through `src/db` (`Database.read`: transaction timeout and metadata, the
 *   deadline, rows made plain, the session closed before answering), as a request runs it.
 *
 * raw → our Cypher is the statement (Neo4j's work, the size of the answer); our Cypher → our Database is `src/db`.
 */
import 'reflect-metadata';
import os from 'node:os';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { runTool } from '../common';
import { runRaw } from './cli';
import { interleavedLatency, type Latency } from './measure';
import { OursProfiler } from './profile';
import { selectedQueries, toolArgs, withToolGraph } from './tool';

async function main() {
  const { size, words, requests } = toolArgs(process.argv.slice(2), { size: 'S', requests: 300 });
  await withToolGraph('db-phases', size, async ({ graph, driver, logger, params }) => {
    const config = loadConfig({ ...process.env, NEO4J_URI: graph.uri, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    const profiler = await OursProfiler.start(config, graph.uri, logger, driver);
    const db = new Database({ ...config.neo4j, uri: graph.uri }, logger);
    console.log(`| query (${size}, ${requests} calls each, p50 ms) | raw | our Cypher, bare driver | our Database | our Cypher / raw | our Database / our Cypher |`);
    console.log('|---|---:|---:|---:|---:|---:|');
    try {
      for (const q of selectedQueries(words)) {
        const raw = q.raw(params);
        const { captured } = await profiler.dbHits(q.ours(params));
        const result = await interleavedLatency(
          {
            raw: () => runRaw(driver, raw),
            ourCypher: async () => {
              for (const c of captured) await runRaw(driver, c);
            },
            ourDb: async () => {
              for (const c of captured) await db.read((tx) => tx.run(c.cypher, c.params), { requestId: 'db-phases' });
            },
          },
          requests,
          30,
          120_000,
        );
        for (const [k, v] of Object.entries(result)) if ('failed' in v) throw new Error(`${q.name} (${k}): ${v.failed}`);
        const [a, b, c] = [result.raw, result.ourCypher, result.ourDb].map((l) => (l as Latency).p50_ms);
        console.log(`| ${q.name} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${c.toFixed(2)} | ${(b / a).toFixed(2)} | ${(c / b).toFixed(2)} |`);
      }
      console.log(
        `\nLoad average at the end: ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(', ')}.`,
      );
    } finally {
      await profiler.stop();
      await db.close();
    }
  });
}

runTool(main);
