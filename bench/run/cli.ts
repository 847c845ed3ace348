/**
 * `npm run bench [-- --size M] [-- --growth]`: on one generated data set and one Neo4j, runs the same logical queries
 * through our API over HTTP, the @neo4j/graphql comparison server, and hand-written Cypher through the driver; writes
 * bench/results/latest.json and latest.md (or growth.json / growth.md with --growth). It starts and stops everything
 * it needs: the embedded Neo4j of the data set (generating the data set first when it is missing), our API and the
 * comparison server as child processes.
 *
 *   --size S|M|L        the data set (default M)
 *   --growth            p50 of the main queries at S, M, L and XL (those generated, or generated now with --generate)
 *   --requests n        measured requests per query and path at concurrency 1 (default 200)
 *   --warmup n          unmeasured requests first (default 30)
 *   --duration s        seconds of the concurrency-32 throughput run (default 8)
 *   --connections n     concurrency of the throughput run (default 32)
 *   --only a,b          only the queries whose name contains one of these words
 *   --out name          results file stem under bench/results (default latest, or growth)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig, projectRoot } from '../../src/config';
import { SIZES, applySchema, benchHome, quietLogger, startBenchGraph, withCleanup, type BenchGraph } from '../common';
import { generateBulk } from '../generate/bulk';
import { parseArgs as parseGenerateArgs } from '../generate/cli';
import { SUPERNODE_ID } from '../generate/rows';
import { fnThroughput, httpThroughput, idsIn, interleavedLatency, postGraphql } from './measure';
import { OursProfiler, neo4jGraphqlDbHits, rawDbHits } from './profile';
import { QUERIES, sortedPageRaw, type BenchParams, type BenchQuery, type GraphqlCall, type RawCall } from './queries';
import { comparisonDriver, comparisonSchema } from './neo4jGraphqlServer';
import { renderGrowth, renderTable } from './report';
import { checkOurPlan, describeCheck, type PlanCheck } from './planCheck';

export type PathName = 'ours' | 'neo4j_graphql' | 'raw';
export const PATHS: PathName[] = ['ours', 'neo4j_graphql', 'raw'];

export interface PathResult {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  rps: number;
  db_hits: number | null;
  samples?: number;
  errors?: number;
  statements?: number;
}

export type PathOutcome = PathResult | { unsupported: string } | { failed: string };

export interface QueryResult {
  name: string;
  /** Several levels of relationships: the 1.5x throughput target against @neo4j/graphql applies. */
  nested?: boolean;
  ours: PathOutcome;
  neo4j_graphql: PathOutcome;
  raw: PathOutcome;
  /** The raw Cypher behind a bare node:http server (rawHttpServer.ts): latency only, db hits as raw (filter queries). */
  raw_http?: PathOutcome;
  /** Plan checks of our statements (filter queries, issue #15). */
  plan?: PlanCheck;
  ids_agree?: boolean;
  note?: string;
}

export interface BenchReport {
  dataset: string;
  nodes: number;
  relationships: number;
  queries: QueryResult[];
  ours_peak_rss_mb: number;
  ours_idle_rss_mb?: number;
  neo4j_graphql_peak_rss_mb?: number;
  params?: BenchParams;
  settings?: Record<string, unknown>;
  startedAt?: string;
  durationSeconds?: number;
}

interface Options {
  size: string;
  growth: boolean;
  generate: boolean;
  requests: number;
  warmup: number;
  duration: number;
  connections: number;
  only: string[];
  out: string;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { size: 'M', growth: false, generate: false, requests: 200, warmup: 30, duration: 8, connections: 32, only: [], out: '' };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const next = () => argv[++i];
    if (a === '--') continue;
    else if (a === '--size') o.size = next().toUpperCase();
    else if (a === '--growth') o.growth = true;
    else if (a === '--generate') o.generate = true;
    else if (a === '--requests') o.requests = Number(next());
    else if (a === '--warmup') o.warmup = Number(next());
    else if (a === '--duration') o.duration = Number(next());
    else if (a === '--connections') o.connections = Number(next());
    else if (a === '--only')
      o.only = next()
        .split(',')
        .map((s) => s.trim().toLowerCase());
    else if (a === '--out') o.out = next();
    else throw new Error(`Unknown argument ${a}`);
  }
  o.out ||= o.growth ? 'growth' : 'latest';
  return o;
}

const log = (text: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

/**
 * A child server, ready when it prints LISTENING <port>, stopped by closing its stdin. It runs compiled JavaScript,
 * as `npm start` does, when the bench itself does (`npm run bench` compiles first): under ts-node, every stack trace
 * the driver captures goes through source-map support, which cost both servers a millisecond a request.
 */
export class ChildServer {
  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
    readonly port: number,
  ) {}

  /** `file`: a server script of bench/run (compiled when the bench is), or a compiled `.js` of another checkout (`cwd`). */
  static async start(name: string, file: string, env: Record<string, string>, options: { cwd?: string; startTimeoutMs?: number } = {}): Promise<ChildServer> {
    const compiled = __filename.endsWith('.js') || file.endsWith('.js');
    const args = compiled ? [file.replace(/\.ts$/, '.js')] : ['-r', 'ts-node/register/transpile-only', file];
    const child = spawn(process.execPath, args, {
      cwd: options.cwd ?? projectRoot,
      env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const timeoutMs = options.startTimeoutMs ?? 120_000;
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs / 1000} s:\n${lines.join('\n')}`)), timeoutMs);
      readline.createInterface({ input: child.stdout! }).on('line', (line) => {
        const m = /^LISTENING (\d+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        } else lines.push(line);
      });
      readline.createInterface({ input: child.stderr! }).on('line', (line) => {
        lines.push(line);
        if (lines.length > 50) lines.shift();
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited (code ${code}):\n${lines.join('\n')}`));
      });
    });
    child.stdout!.resume();
    return new ChildServer(name, child, port);
  }

  /** Resident memory now and at its peak (VmHWM), in MB. */
  memory(): { rssMb: number; peakMb: number } {
    const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.stdin?.end();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

async function one<T = Record<string, unknown>>(driver: Driver, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const result = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
  return result.records.map((r) => r.toObject() as T);
}

/** Runs a raw call through the driver in a read transaction, as the raw path of the bench does. */
export async function runRaw(driver: Driver, call: RawCall): Promise<unknown[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(call.cypher, call.params));
    return result.records.map((r) => r.get(0));
  } finally {
    await session.close();
  }
}

/** Picks the ids the queries use, from the data set (deterministic for a seed). */
export async function discoverParams(driver: Driver): Promise<BenchParams> {
  const [decision] = await one<{ id: string }>(
    driver,
    `
    MATCH (d:Decision) WHERE d.retractedAt IS NULL
    WITH d, COUNT { (d)<-[:REGARDING]-(:LobbyingEffort) } AS n
    RETURN d.id AS id ORDER BY abs(n - 25), d.id LIMIT 1`,
  );
  const [person] = await one<{ id: string; name: string }>(
    driver,
    `
    MATCH (p:Person) WITH p, COUNT { (p)-[:MADE]->() } AS n
    RETURN p.id AS id, p.name AS name ORDER BY n DESC, p.id LIMIT 1`,
  );
  const walk = 'ROLE_AT|DECIDED|LOBBIED|STATED_ABOUT|RESTRICTED|OPERATES|OWNS_STAKE|HAS_ACCOUNT|ON_PLATFORM|PART_OF';
  const candidates = await one<{ id: string }>(
    driver,
    `
    MATCH (b:Person) WHERE b.id <> $a AND EXISTS { (b)-[:LOBBIED|STATED_ABOUT|ROLE_AT]-() }
    RETURN b.id AS id ORDER BY COUNT { (b)--() }, b.id DESC LIMIT 40`,
    { a: person.id },
  );
  let pathTo = candidates[0]?.id ?? person.id;
  for (const c of candidates) {
    const [row] = await one<{ len: number | null }>(
      driver,
      `
      MATCH (a:Person {id: $a}), (b:Person {id: $b})
      OPTIONAL MATCH p = shortestPath((a)-[:${walk}*..4]-(b))
      RETURN length(p) AS len`,
      { a: person.id, b: c.id },
    );
    const len = row?.len == null ? null : Number(row.len);
    if (len !== null && len >= 3) {
      pathTo = c.id;
      break;
    }
  }
  // Filters, sorts and aggregates (issue #15): the busiest organization after the supernode by roles held at it, the
  // source that supports the most roles, and the supernode as the hub (the target of 10% of all efforts).
  const [roleOrg] = await one<{ id: string }>(
    driver,
    `MATCH (o:Organization) WHERE o.id <> $super WITH o, COUNT { (o)<-[:AT]-(:Role) } AS n RETURN o.id AS id ORDER BY n DESC, o.id LIMIT 1`,
    { super: SUPERNODE_ID },
  );
  const [source] = await one<{ id: string }>(driver, `MATCH (s:Source) WITH s, COUNT { (s)<-[:SUPPORTED_BY]-(:Role) } AS n RETURN s.id AS id ORDER BY n DESC, s.id LIMIT 1`);
  const [hub] = await one<{ n: number }>(driver, `MATCH (:Entity {id: $t})<-[:TARGETED]-(l:LobbyingEffort) WHERE l.retractedAt IS NULL RETURN count(l) AS n`, { t: SUPERNODE_ID });
  return {
    roleOrgId: roleOrg?.id,
    evidenceSourceId: source?.id,
    sortHubId: SUPERNODE_ID,
    sortHubEfforts: Number(hub?.n ?? 0),
    decisionId: decision.id,
    personId: person.id,
    asOf: '2015-06-01',
    targetId: SUPERNODE_ID,
    searchText: person.name.split(' ').slice(1).join(' '),
    pathFrom: person.id,
    pathTo,
    neighbourhoodId: person.id,
    supernodeId: SUPERNODE_ID,
    page50: {},
  };
}

/** Walks 49 pages of the lobbying-by-target list on each path, for the cursors of the 50th. */
async function findPage50(params: BenchParams, ports: { ours: number; ngql: number }, driver: Driver): Promise<void> {
  type Page = { edges: Array<{ cursor: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
  const walk = async (port: number, call: (after?: string) => GraphqlCall, pick: (data: unknown) => Page) => {
    let after: string | undefined;
    let page = 1;
    for (; page < 50; page += 1) {
      const res = await postGraphql(port, JSON.stringify(call(after)));
      const p = pick(res.data);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    return { after, page };
  };
  const q3 = QUERIES.find((q) => q.name.includes('first page'))!;
  const q50 = QUERIES.find((q) => q.name.includes('50th page'))!;
  const ours = await walk(
    ports.ours,
    (after) => ({ ...q3.ours(params), variables: { t: params.targetId, after } }),
    (d) => (d as { lobbyingEfforts: Page }).lobbyingEfforts,
  );
  const ngqlCall = q3.neo4jGraphql(params) as GraphqlCall;
  // @neo4j/graphql reads the whole list for each page: on XL its transaction runs out of memory; its 50th-page
  // queries are then reported as not run, with the reason.
  const ngqlWalk = async (call: (after?: string) => GraphqlCall) => {
    try {
      return await walk(ports.ngql, call, (d) => (d as { lobbyingEffortsConnection: Page }).lobbyingEffortsConnection);
    } catch (error) {
      params.ngqlPagingFailed = `paging to the 50th page failed: ${(error as Error).message.slice(0, 200)}`;
      return { after: undefined, page: 50 };
    }
  };
  const ngql = await ngqlWalk((after) => ({ ...ngqlCall, variables: { t: params.targetId, after } }));
  let rawAfter: { date: string; id: string } | undefined;
  let page = 1;
  for (; page < 50; page += 1) {
    const [rawPage] = (await runRaw(driver, q50.raw({ ...params, page50: { raw: rawAfter } }))) as Array<{ edges: Array<{ id: string; date: string }>; hasNextPage: boolean }>;
    if (!rawPage.hasNextPage) break;
    const last = rawPage.edges[rawPage.edges.length - 1];
    rawAfter = { date: last.date, id: last.id };
  }
  params.page50 = { ours: ours.after, neo4jGraphql: ngql.after, raw: rawAfter };
  params.page50Number = Math.min(ours.page, ngql.page, page);

  // The same walk for the hub's efforts newest first (the sort query of issue #15).
  const s1 = QUERIES.find((q) => q.name.includes('newest first') && q.name.includes('first page'));
  if (!s1 || !params.sortHubId) return;
  const oursDesc = await walk(
    ports.ours,
    (after) => ({ ...s1.ours(params), variables: { t: params.sortHubId, after } }),
    (d) => (d as { lobbyingEfforts: Page }).lobbyingEfforts,
  );
  const ngqlDescCall = s1.neo4jGraphql(params) as GraphqlCall;
  const ngqlDesc = await ngqlWalk((after) => ({ ...ngqlDescCall, variables: { t: params.sortHubId, after } }));
  let rawDescAfter: { date: string; id: string } | undefined;
  let descPage = 1;
  for (; descPage < 50; descPage += 1) {
    const [rawPage] = (await runRaw(driver, {
      cypher: sortedPageRaw(rawDescAfter),
      params: { t: params.sortHubId, afterDate: rawDescAfter?.date, afterId: rawDescAfter?.id },
    })) as Array<{
      edges: Array<{ id: string; key: string }>;
      hasNextPage: boolean;
    }>;
    if (!rawPage.hasNextPage) break;
    const last = rawPage.edges[rawPage.edges.length - 1];
    rawDescAfter = { date: last.key, id: last.id };
  }
  params.page50Desc = { ours: oursDesc.after, neo4jGraphql: ngqlDesc.after, raw: rawDescAfter };
  params.page50DescNumber = Math.min(oursDesc.page, ngqlDesc.page, descPage);
}

async function countGraph(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const [row] = await one<{ n: number; r: number }>(driver, 'MATCH (n) WHERE NOT n:Migration WITH count(n) AS n CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r');
  return { nodes: Number(row.n), relationships: Number(row.r) };
}

interface Session {
  size: string;
  graph: BenchGraph;
  driver: Driver;
  ours: ChildServer;
  ngql: ChildServer;
  rawHttp: ChildServer;
  params: BenchParams;
  counts: { nodes: number; relationships: number };
}

/** Starts the Neo4j of a data set (generating it when missing), both servers, and finds the parameters. */
async function openSession(size: string, cleanups: Array<() => Promise<void>>): Promise<Session> {
  const logger = quietLogger('bench');
  const home = benchHome(size);
  const fresh = !fs.existsSync(home);
  log(`[${size}] starting the embedded Neo4j on ${path.relative(projectRoot, home)}${fresh ? ' (no data yet: generating it)' : ''}`);
  let graph: BenchGraph;
  if (fresh) {
    const { counts, seed } = parseGenerateArgs(['--size', size]);
    const result = await generateBulk({ counts, seed, home, logger });
    graph = result.graph;
    cleanups.push(() => graph.close());
    log(`[${size}] generated ${result.nodes} nodes, ${result.relationships} relationships in ${result.seconds.toFixed(0)} s`);
  } else {
    graph = await startBenchGraph(home, logger);
    cleanups.push(() => graph.close());
    // The generator derived the data set's shortcut edges and page keys: the schema only (a whole-graph derivation
    // would read every claim of XL at each start).
    await applySchema(graph.db, logger, false);
  }
  const driver = neo4j.driver(graph.uri, undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: 100 });
  cleanups.push(() => driver.close());
  const counts = await countGraph(driver);
  log(`[${size}] ${counts.nodes} nodes, ${counts.relationships} relationships; starting our API and the @neo4j/graphql server`);
  const env = { NEO4J_URI: graph.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', LOG_LEVEL: 'warn', SEED_ON_START: 'false', NODE_ENV: 'production' };
  const ours = await ChildServer.start('our API', path.join(__dirname, 'oursServer.ts'), env);
  cleanups.push(() => ours.stop());
  const ngql = await ChildServer.start('@neo4j/graphql server', path.join(__dirname, 'neo4jGraphqlServer.ts'), env);
  cleanups.push(() => ngql.stop());
  const rawHttp = await ChildServer.start('raw over HTTP', path.join(__dirname, 'rawHttpServer.ts'), env);
  cleanups.push(() => rawHttp.stop());
  const params = await discoverParams(driver);
  await findPage50(params, { ours: ours.port, ngql: ngql.port }, driver);
  log(`[${size}] parameters: ${JSON.stringify({ ...params, page50: undefined })}`);
  return { size, graph, driver, ours, ngql, rawHttp, params, counts };
}

function callOf(s: Session, q: BenchQuery, p: PathName): { run: () => Promise<unknown>; http?: { port: number; body: string } } | { unsupported: string } {
  if (p === 'raw') {
    const call = q.raw(s.params);
    return { run: () => runRaw(s.driver, call) };
  }
  const call = p === 'ours' ? q.ours(s.params) : q.neo4jGraphql(s.params);
  if ('unsupported' in call) return call;
  const port = p === 'ours' ? s.ours.port : s.ngql.port;
  const body = JSON.stringify(call);
  return { run: () => postGraphql(port, body), http: { port, body } };
}

async function measureAll(s: Session, o: Options, withThroughput: boolean, queries: BenchQuery[]): Promise<QueryResult[]> {
  const config = loadConfig({ ...process.env, NEO4J_URI: s.graph.uri, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const profiler = withThroughput ? await OursProfiler.start(config, s.graph.uri, quietLogger('bench-profile'), s.driver) : undefined;
  const ngqlDriver = comparisonDriver(s.graph.uri);
  const ngqlSchema = withThroughput ? await comparisonSchema(ngqlDriver) : undefined;
  const results: QueryResult[] = [];
  try {
    for (const [qi, q] of queries.entries()) {
      const result: QueryResult = { name: q.name, nested: q.nested, ours: { failed: 'not run' }, neo4j_graphql: { failed: 'not run' }, raw: { failed: 'not run' } };
      const answers: Partial<Record<PathName, string[]>> = {};
      const runnable: Partial<Record<PathName, { run: () => Promise<unknown>; http?: { port: number; body: string } }>> = {};
      const tag = `[${s.size}] (${qi + 1}/${queries.length}) ${q.name}`;
      for (const p of PATHS) {
        const call = callOf(s, q, p);
        if ('unsupported' in call) {
          result[p] = { unsupported: call.unsupported };
          log(`${tag} — ${p}: not expressible (${call.unsupported})`);
          continue;
        }
        try {
          answers[p] = idsIn(await call.run()).sort();
          runnable[p] = call;
        } catch (error) {
          result[p] = { failed: (error as Error).message.slice(0, 500) };
          log(`${tag} — ${p}: FAILED ${(error as Error).message.slice(0, 300)}`);
        }
      }
      // Every query also times the floor behind a bare node:http server (the same Cypher and driver call as the raw
      // path, served as our API is), in the same rotation: the fourth path, the one the 1.10x target is measured against.
      const rotation: Record<string, () => Promise<unknown>> = Object.fromEntries(Object.entries(runnable).map(([p, c]) => [p, c!.run]));
      const rawHttpBody = runnable.raw ? JSON.stringify(q.raw(s.params)) : undefined;
      if (rawHttpBody) rotation.raw_http = () => postGraphql(s.rawHttp.port, rawHttpBody);
      log(`${tag}: latency, ${o.requests} requests per path in rotation`);
      const lats = await interleavedLatency(rotation, o.requests, o.warmup, 120_000);
      if (lats.raw_http && rawHttpBody) {
        const l = lats.raw_http;
        let rps = NaN;
        let errors = 0;
        if (withThroughput && !('failed' in l)) ({ rps, errors } = await httpThroughput(s.rawHttp.port, rawHttpBody, o.connections, o.duration));
        result.raw_http = 'failed' in l ? { failed: l.failed.slice(0, 500) } : { ...l, rps, errors, db_hits: null };
        log(
          `${tag} — raw over HTTP: ${'failed' in l ? `FAILED ${l.failed.slice(0, 300)}` : `p50 ${l.p50_ms} ms, p95 ${l.p95_ms}, p99 ${l.p99_ms}${withThroughput ? `, ${rps} req/s` : ''}`}`,
        );
      }
      for (const [p, call] of Object.entries(runnable) as Array<[PathName, { run: () => Promise<unknown>; http?: { port: number; body: string } }]>) {
        const label = `${tag} — ${p}`;
        const lat = lats[p];
        if ('failed' in lat) {
          result[p] = { failed: lat.failed.slice(0, 500) };
          log(`${label}: FAILED ${lat.failed.slice(0, 300)}`);
          continue;
        }
        try {
          let rps = NaN;
          let errors = 0;
          if (withThroughput) {
            const t = call.http ? await httpThroughput(call.http.port, call.http.body, o.connections, o.duration) : await fnThroughput(call.run, o.connections, o.duration);
            rps = t.rps;
            errors = t.errors;
          }
          let dbHits: number | null = null;
          let statements: number | undefined;
          if (withThroughput) {
            if (p === 'ours') ({ dbHits, statements } = await profiler!.dbHits(q.ours(s.params)));
            else if (p === 'neo4j_graphql') ({ dbHits, statements } = await neo4jGraphqlDbHits(ngqlSchema!, ngqlDriver, q.neo4jGraphql(s.params) as GraphqlCall));
            else dbHits = await rawDbHits(s.driver, q.raw(s.params));
          }
          result[p] = {
            p50_ms: lat.p50_ms,
            p95_ms: lat.p95_ms,
            p99_ms: lat.p99_ms,
            rps,
            db_hits: dbHits,
            samples: lat.samples,
            errors,
            ...(statements !== undefined ? { statements } : {}),
          };
          log(
            `${label}: p50 ${lat.p50_ms} ms, p95 ${lat.p95_ms}, p99 ${lat.p99_ms}${withThroughput ? `, ${rps} req/s at ${o.connections}${errors ? ` (${errors} errors)` : ''}, ${dbHits} db hits` : ''}`,
          );
        } catch (error) {
          result[p] = { failed: (error as Error).message.slice(0, 500) };
          log(`${label}: FAILED ${(error as Error).message.slice(0, 300)}`);
        }
      }
      if (result.raw_http && 'p50_ms' in result.raw_http && 'p50_ms' in result.raw) result.raw_http.db_hits = result.raw.db_hits;
      if (q.filter && withThroughput && profiler) {
        try {
          result.plan = await checkOurPlan(profiler, s.driver, q.ours(s.params));
          log(`${tag} — plan of ours: ${describeCheck(result.plan)}`);
        } catch (error) {
          log(`${tag} — plan check FAILED ${(error as Error).message.slice(0, 300)}`);
        }
      }
      const sets = Object.values(answers).map((ids) => JSON.stringify([...new Set(ids)].sort()));
      result.ids_agree = sets.length > 1 ? sets.every((x) => x === sets[0]) : undefined;
      if (result.ids_agree === false) log(`[${s.size}] note: the paths did not return the same ids for "${q.name}"`);
      results.push(result);
    }
  } finally {
    await profiler?.stop();
    await ngqlDriver.close().catch(() => undefined);
  }
  return results;
}

async function runOne(o: Options): Promise<void> {
  const started = Date.now();
  const cleanups: Array<() => Promise<void>> = [];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c().catch(() => undefined);
  };
  await withCleanup(async () => {
    const s = await openSession(o.size, cleanups);
    const idle = s.ours.memory();
    const queries = QUERIES.filter((q) => o.only.length === 0 || o.only.some((w) => q.name.toLowerCase().includes(w)));
    const results = await measureAll(s, o, true, queries);
    const mem = s.ours.memory();
    const report: BenchReport = {
      dataset: o.size,
      nodes: s.counts.nodes,
      relationships: s.counts.relationships,
      queries: results,
      ours_peak_rss_mb: mem.peakMb,
      ours_idle_rss_mb: idle.rssMb,
      neo4j_graphql_peak_rss_mb: s.ngql.memory().peakMb,
      params: s.params,
      settings: { requests: o.requests, warmup: o.warmup, throughputSeconds: o.duration, connections: o.connections, node: process.version },
      startedAt: new Date(started).toISOString(),
      durationSeconds: Math.round((Date.now() - started) / 1000),
    };
    const dir = path.join(projectRoot, 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${o.out}.json`), JSON.stringify(report, null, 2) + '\n');
    const md = renderTable(report);
    fs.writeFileSync(path.join(dir, `${o.out}.md`), md);
    process.stdout.write(`\n${md}\nWrote bench/results/${o.out}.json and ${o.out}.md\n`);
  }, cleanup);
}

async function runGrowth(o: Options): Promise<void> {
  const rows: Array<{ size: string; nodes: number; relationships: number; queries: QueryResult[] }> = [];
  for (const size of SIZES) {
    if (!fs.existsSync(benchHome(size)) && !o.generate) {
      log(`[${size}] no data set (.neo4j/bench-${size}); run \`npm run generate -- --size ${size}\` or pass --generate. Skipped.`);
      continue;
    }
    const cleanups: Array<() => Promise<void>> = [];
    await withCleanup(
      async () => {
        const s = await openSession(size, cleanups);
        const queries = QUERIES.filter((q) => q.main);
        rows.push({ size, ...s.counts, queries: await measureAll(s, { ...o, requests: Math.min(o.requests, 100) }, false, queries) });
        writeGrowth(o, rows);
      },
      async () => {
        for (const c of cleanups.reverse()) await c().catch(() => undefined);
      },
    );
  }
  const md = writeGrowth(o, rows);
  process.stdout.write(`\n${md}\nWrote bench/results/${o.out}.json and ${o.out}.md\n`);
}

/** Writes the growth table of the sizes measured so far (after each size: a long run that fails keeps the rest). */
function writeGrowth(o: Options, rows: Parameters<typeof renderGrowth>[0]): string {
  const dir = path.join(projectRoot, 'bench', 'results');
  fs.writeFileSync(path.join(dir, `${o.out}.json`), JSON.stringify({ sizes: rows, load: os.loadavg().map((x) => Math.round(x * 100) / 100) }, null, 2) + '\n');
  const md = renderGrowth(rows);
  fs.writeFileSync(path.join(dir, `${o.out}.md`), md);
  return md;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (o.growth) await runGrowth(o);
  else await runOne(o);
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error.stack ?? error.message);
      process.exit(1);
    },
  );
}
