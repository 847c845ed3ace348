/**
 * `node dist/bench/run/httpFloor.js [S|M|L]` (after `npm run build:tools`): what HTTP alone costs, against the raw
 * floor. For each query at concurrency 1, in rotation: the hand-written Cypher through the driver in this process (the
 * bench's raw path), the same Cypher behind a bare `node:http` server in a child process (`rawHttpServer.ts`: no
 * Express, no GraphQL), and our API four ways: as served (node:http route, compiled fast path, plan cache), with the
 * plan cache off (GRAPHQL_PLAN_CACHE=false: every projection built again), with the fast path off
 * (GRAPHQL_FAST_PATH=false: Apollo's pipeline on the node:http route), and through Express as before the fast path
 * (BENCH_EXPRESS_ONLY); and our own statements for each query, captured from our API, behind a second bare server:
 * ours / that is what the GraphQL layer costs, that / raw over HTTP what our fuller answer costs in Neo4j. Writes
 * bench/results/http-floor.{json,md}, or http-floor-<label>.{json,md} with `--label`.
 */
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { benchHome, quietLogger, startBenchGraph, withCleanup, writeResults, runTool, loadAverageLine } from '../common';
import { ChildServer, discoverParams, runRaw } from './cli';
import { interleavedLatency, postGraphql, type Latency } from './measure';
import { OursProfiler } from './profile';
import { QUERIES } from './queries';

async function main() {
  const args = process.argv.slice(2);
  const flag = args.indexOf('--label');
  const stem = flag >= 0 ? `http-floor-${args[flag + 1]}` : 'http-floor';
  const size = (args.find((a, i) => !a.startsWith('--') && (flag < 0 || i !== flag + 1)) ?? 'M').toUpperCase();
  const graph = await startBenchGraph(benchHome(size), quietLogger('http-floor'));
  const driver = neo4j.driver(graph.uri, undefined, { disableLosslessIntegers: true });
  const env = { NEO4J_URI: graph.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', LOG_LEVEL: 'warn', SEED_ON_START: 'false', NODE_ENV: 'production' };
  const children: ChildServer[] = [];
  await withCleanup(
    async () => {
      const rawHttp = await ChildServer.start('raw over HTTP', path.join(__dirname, 'rawHttpServer.ts'), env);
      children.push(rawHttp);
      // Our statements on a bare server of their own: a server that answers two requests in a row answers the second
      // faster (until session 9 they shared the floor's, right after it, which flattered them by up to 0.6 ms).
      const oursCypherHttp = await ChildServer.start('our Cypher over HTTP', path.join(__dirname, 'rawHttpServer.ts'), env);
      children.push(oursCypherHttp);
      const ours = await ChildServer.start('our API', path.join(__dirname, 'oursServer.ts'), env);
      children.push(ours);
      const oursNoPlans = await ChildServer.start('our API, plan cache off', path.join(__dirname, 'oursServer.ts'), { ...env, GRAPHQL_PLAN_CACHE: 'false' });
      children.push(oursNoPlans);
      const oursStandard = await ChildServer.start('our API, fast path off', path.join(__dirname, 'oursServer.ts'), { ...env, GRAPHQL_FAST_PATH: 'false' });
      children.push(oursStandard);
      const oursExpress = await ChildServer.start('our API through Express', path.join(__dirname, 'oursServer.ts'), { ...env, BENCH_EXPRESS_ONLY: 'true' });
      children.push(oursExpress);
      const params = await discoverParams(driver);
      // Our statements for each query, captured once from our API in this process: sent to the bare server, they
      // separate what the GraphQL layer costs (ours / our Cypher over HTTP) from what our answer costs in Neo4j
      // (our Cypher over HTTP / raw over HTTP).
      const profiler = await OursProfiler.start(loadConfig({ ...process.env, NEO4J_URI: graph.uri }), graph.uri, quietLogger('http-floor'), driver);
      const rows: Array<{ name: string; raw: Latency; rawHttp: Latency; oursCypher: Latency; ours: Latency; oursNoPlans: Latency; oursStandard: Latency; oursExpress: Latency }> =
        [];
      for (const q of QUERIES.filter((x) => !x.name.includes('50th'))) {
        const raw = q.raw(params);
        const rawBody = JSON.stringify(raw);
        const oursBody = JSON.stringify(q.ours(params));
        const oursCypherBody = JSON.stringify({ statements: await profiler.statementsOf(q.ours(params)) });
        const result = await interleavedLatency(
          {
            raw: () => runRaw(driver, raw),
            rawHttp: () => postGraphql(rawHttp.port, rawBody),
            oursCypher: () => postGraphql(oursCypherHttp.port, oursCypherBody),
            ours: () => postGraphql(ours.port, oursBody),
            oursNoPlans: () => postGraphql(oursNoPlans.port, oursBody),
            oursStandard: () => postGraphql(oursStandard.port, oursBody),
            oursExpress: () => postGraphql(oursExpress.port, oursBody),
          },
          200,
          30,
          60_000,
        );
        for (const [k, v] of Object.entries(result)) if ('failed' in v) throw new Error(`${q.name} (${k}): ${v.failed}`);
        const row = {
          name: q.name,
          raw: result.raw as Latency,
          rawHttp: result.rawHttp as Latency,
          oursCypher: result.oursCypher as Latency,
          ours: result.ours as Latency,
          oursNoPlans: result.oursNoPlans as Latency,
          oursStandard: result.oursStandard as Latency,
          oursExpress: result.oursExpress as Latency,
        };
        rows.push(row);
        process.stdout.write(
          `${q.name.padEnd(58)} raw ${row.raw.p50_ms.toFixed(2)}  raw over HTTP ${row.rawHttp.p50_ms.toFixed(2)}  our Cypher over HTTP ${row.oursCypher.p50_ms.toFixed(2)}  ours ${row.ours.p50_ms.toFixed(2)}  plan cache off ${row.oursNoPlans.p50_ms.toFixed(2)}  fast path off ${row.oursStandard.p50_ms.toFixed(2)}  through Express ${row.oursExpress.p50_ms.toFixed(2)} ms (p50)\n`,
        );
      }
      await profiler.stop();
      const ratio = (a: number, b: number) => (a / b).toFixed(2);
      const md = [
        `## What HTTP alone costs: data set ${size}, p50 in ms at concurrency 1 (200 requests per path, in rotation)`,
        '',
        loadAverageLine(),
        '',
        '| query | raw (driver, in process) | raw over HTTP (bare node:http) | our Cypher over HTTP | ours | ours, plan cache off | ours, fast path off | ours through Express (before) | raw over HTTP / raw | ours / raw over HTTP | our Cypher / raw, both over HTTP (the answer) | ours / our Cypher over HTTP (the GraphQL layer) | plan cache off / raw over HTTP | fast path off / raw over HTTP | through Express / raw over HTTP |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...rows.map(
          (r) =>
            `| ${r.name} | ${r.raw.p50_ms.toFixed(2)} | ${r.rawHttp.p50_ms.toFixed(2)} | ${r.oursCypher.p50_ms.toFixed(2)} | ${r.ours.p50_ms.toFixed(2)} | ${r.oursNoPlans.p50_ms.toFixed(2)} | ${r.oursStandard.p50_ms.toFixed(2)} | ${r.oursExpress.p50_ms.toFixed(2)} | ${ratio(r.rawHttp.p50_ms, r.raw.p50_ms)} | ${ratio(r.ours.p50_ms, r.rawHttp.p50_ms)} | ${ratio(r.oursCypher.p50_ms, r.rawHttp.p50_ms)} | ${ratio(r.ours.p50_ms, r.oursCypher.p50_ms)} | ${ratio(r.oursNoPlans.p50_ms, r.rawHttp.p50_ms)} | ${ratio(r.oursStandard.p50_ms, r.rawHttp.p50_ms)} | ${ratio(r.oursExpress.p50_ms, r.rawHttp.p50_ms)} |`,
        ),
        '',
      ].join('\n');
      writeResults(stem, { dataset: size, loadAverage: os.loadavg(), queries: rows }, md);
    },
    async () => {
      for (const child of children) await child.stop().catch(() => undefined);
      await driver.close().catch(() => undefined);
      await graph.close();
    },
  );
}

runTool(main);
