/**
 * `npm run build:tools && node dist/bench/run/directProbe.js [S|M|L] [requests] [words]`: how close an answer built
 * without GraphQL execution (a direct path) could come to the bare-HTTP floor. For each query, in rotation at
 * concurrency 1, each path on a server process of its own (a server that answers two requests in a row answers the
 * second faster, so no two paths share one):
 *
 * - the hand-written Cypher behind the bare `node:http` server (`rawHttpServer.ts`): the floor;
 * - our statements for the query (captured from our API) behind a second bare server: what our fuller answer costs;
 * - our statements answered by our API's own process, through a bare driver call and through its `Database`
 *   (`directServer.ts`): what the process and `src/db` add;
 * - our API: what GraphQL execution adds.
 *
 * Prints a table and writes bench/results/direct-probe-<size>.{json,md}.
 */
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { benchHome, quietLogger, runTool, startBenchGraph, withCleanup, writeResults, loadAverageLine } from '../common';
import { ChildServer, discoverParams } from './cli';
import { interleavedLatency, postGraphql, type Latency } from './measure';
import { OursProfiler } from './profile';
import { QUERIES } from './queries';

const PATHS = ['raw', 'ourCypher', 'directDriver', 'directDatabase', 'ours'] as const;
const HEADINGS = ['raw over HTTP (floor)', 'our Cypher over HTTP', 'our Cypher in our process, bare driver', 'our Cypher in our process, our Database', 'ours'];

async function main() {
  const [sizeArg, requestsArg, ...words] = process.argv.slice(2);
  const size = (sizeArg ?? 'M').toUpperCase();
  const requests = Number(requestsArg ?? 200);
  const graph = await startBenchGraph(benchHome(size), quietLogger('direct-probe'));
  const driver = neo4j.driver(graph.uri, undefined, { disableLosslessIntegers: true });
  const env = { NEO4J_URI: graph.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', LOG_LEVEL: 'warn', SEED_ON_START: 'false', NODE_ENV: 'production' };
  const children: ChildServer[] = [];
  const child = async (name: string, file: string, extra: Record<string, string> = {}) => {
    const started = await ChildServer.start(name, path.join(__dirname, file), { ...env, ...extra });
    children.push(started);
    return started.port;
  };
  await withCleanup(
    async () => {
      const ports = {
        raw: await child('raw over HTTP', 'rawHttpServer.ts'),
        ourCypher: await child('our Cypher over HTTP', 'rawHttpServer.ts'),
        directDriver: await child('our process, bare driver', 'directServer.ts', { DIRECT_MODE: 'driver' }),
        directDatabase: await child('our process, our Database', 'directServer.ts'),
        ours: await child('our API', 'oursServer.ts'),
      };
      const params = await discoverParams(driver);
      const profiler = await OursProfiler.start(loadConfig({ ...process.env, NEO4J_URI: graph.uri }), graph.uri, quietLogger('direct-probe'), driver);
      const rows: Array<{ name: string } & Record<(typeof PATHS)[number], Latency>> = [];
      const queries = QUERIES.filter((q) => !q.name.includes('50th') && (words.length === 0 || words.some((w) => q.name.includes(w))));
      for (const q of queries) {
        const bodies = {
          raw: JSON.stringify(q.raw(params)),
          ours: JSON.stringify(q.ours(params)),
          statements: JSON.stringify({ statements: await profiler.statementsOf(q.ours(params)) }),
        };
        const result = await interleavedLatency(
          {
            raw: () => postGraphql(ports.raw, bodies.raw),
            ourCypher: () => postGraphql(ports.ourCypher, bodies.statements),
            directDriver: () => postGraphql(ports.directDriver, bodies.statements),
            directDatabase: () => postGraphql(ports.directDatabase, bodies.statements),
            ours: () => postGraphql(ports.ours, bodies.ours),
          },
          requests,
          30,
          60_000,
        );
        for (const [k, v] of Object.entries(result)) if ('failed' in v) throw new Error(`${q.name} (${k}): ${v.failed}`);
        const row = { name: q.name, ...(result as Record<(typeof PATHS)[number], Latency>) };
        rows.push(row);
        process.stdout.write(`${q.name.padEnd(58)} ${PATHS.map((p) => `${p} ${row[p].p50_ms.toFixed(2)}`).join('  ')} ms (p50)\n`);
      }
      await profiler.stop();
      const r2 = (a: number, b: number) => (a / b).toFixed(2);
      const md = [
        `## A direct path's upper bound: data set ${size}, p50 in ms at concurrency 1 (${requests} requests per path, in rotation)`,
        '',
        loadAverageLine(),
        '',
        `| query | ${HEADINGS.join(' | ')} | our Cypher / floor | our process, our Database / floor | ours / floor |`,
        `|---|${PATHS.map(() => '---:').join('|')}|---:|---:|---:|`,
        ...rows.map(
          (r) =>
            `| ${r.name} | ${PATHS.map((p) => r[p].p50_ms.toFixed(2)).join(' | ')} | ${r2(r.ourCypher.p50_ms, r.raw.p50_ms)} | ${r2(r.directDatabase.p50_ms, r.raw.p50_ms)} | ${r2(r.ours.p50_ms, r.raw.p50_ms)} |`,
        ),
        '',
      ].join('\n');
      process.stdout.write(`\n${md}\n`);
      writeResults(`direct-probe-${size}`, { dataset: size, requests, loadAverage: os.loadavg(), queries: rows }, md);
    },
    async () => {
      for (const c of children) await c.stop().catch(() => undefined);
      await driver.close().catch(() => undefined);
      await graph.close();
    },
  );
}

runTool(main);
