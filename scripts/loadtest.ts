import 'reflect-metadata';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { ApiKeyRepository, generateKey } from '../src/auth';
import { loadConfig } from '../src/config';
import { Database } from '../src/db';
import { importPaths } from '../src/import';
import { EmbeddedNeo4j, freePort } from '../src/neo4j-embedded';

/**
 * `npm run loadtest [-- --duration 60 --connections 64 --warmup 10]`: starts the API as a child process on a Neo4j
 * (NEO4J_URI, or an embedded one with its own data folder, .neo4j/loadtest, loaded with the article), creates an
 * EDITOR key, and drives it with autocannon on a mix of the example operations of schema/operations and writes (one
 * request in ten). Reports throughput, p50/p99, errors, and the API's RSS after the warm-up and after the run: the
 * second must stay within 20% of the first (exit code 1 otherwise).
 */

const root = path.resolve(__dirname, '..');

interface Flags {
  duration: number;
  connections: number;
  warmup: number;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { duration: 60, connections: 64, warmup: 10 };
  for (let i = 0; i < argv.length; i += 1) {
    const name = argv[i].replace(/^--/, '') as keyof Flags;
    if (!(name in flags)) throw new Error(`unknown flag ${argv[i]}; use --duration, --connections, --warmup`);
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number`);
    flags[name] = value;
  }
  return flags;
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const logger = pino({ level: 'warn' });
  let embedded: EmbeddedNeo4j | undefined;
  let api: ChildProcess | undefined;
  let db: Database | undefined;
  try {
    let uri = process.env.NEO4J_URI;
    const config = loadConfig({ ...process.env, NEO4J_URI: uri ?? '', NEO4J_EMBEDDED_HOME: '.neo4j/loadtest', LOG_LEVEL: 'warn' });
    if (!uri) {
      console.log('[loadtest] starting an embedded Neo4j in .neo4j/loadtest');
      embedded = new EmbeddedNeo4j({ projectRoot: root, importDir: config.importDir, ...config.embedded, heapMb: 1024, restartOnCrash: false }, logger);
      uri = await embedded.start();
    }
    db = new Database({ ...config.neo4j, uri }, logger);
    await db.waitUntilReady(60_000);
    if (embedded) await importPaths(db, [path.join(root, 'cypher', 'schema'), path.join(root, 'cypher', 'seed')]);
    const key = generateKey();
    await new ApiKeyRepository(db).create(key.id, key.hash, 'EDITOR', 'loadtest');

    const port = await freePort();
    api = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], {
      cwd: root,
      env: { ...process.env, NEO4J_URI: uri, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_ON_START: 'false' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitForHealth(`http://127.0.0.1:${port}/health`, 120_000);
    console.log(`[loadtest] API pid ${api.pid} on 127.0.0.1:${port}; ${flags.connections} connections`);

    const requests = mix(key.key);
    const warm = await run(port, requests, flags.connections, flags.warmup);
    const rssAfterWarmup = rssMb(api.pid!);
    console.log(`[loadtest] warm-up ${flags.warmup} s: ${Math.round(warm.result.requests.average)} req/s; RSS ${rssAfterWarmup} MB`);
    const main = await run(port, requests, flags.connections, flags.duration, () => rssMb(api!.pid!));
    const rssAfterRun = rssMb(api.pid!);

    const r = main.result;
    const report = {
      duration_s: flags.duration,
      connections: flags.connections,
      requests: r.requests.total,
      throughput_rps: Math.round(r.requests.average),
      latency_ms: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      errors: { socket: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, graphql: main.graphqlErrors, graphqlCodes: main.codes },
      writes_acknowledged: main.writes,
      rss_mb: { afterWarmup: rssAfterWarmup, peakDuringRun: main.peakRss, afterRun: rssAfterRun, growthPct: Math.round(((rssAfterRun - rssAfterWarmup) / rssAfterWarmup) * 1000) / 10 },
    };
    console.log(JSON.stringify(report, null, 2));
    const withinBudget = rssAfterRun <= rssAfterWarmup * 1.2;
    console.log(`[loadtest] RSS after the run is ${withinBudget ? 'within' : 'OVER'} 20% of RSS after warm-up`);
    process.exitCode = withinBudget && r.errors === 0 && r.non2xx === 0 ? 0 : 1;
  } finally {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api!.once('exit', resolve));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 35_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    await db?.close();
    await embedded?.stop();
  }
}

/** The example operations, and one write in ten: a person, or a statement with its evidence, each with a fresh id. */
function mix(key: string): autocannon.Request[] {
  const folder = path.join(root, 'schema', 'operations');
  const reads = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: fs.readFileSync(path.join(folder, f), 'utf8') }) }));
  let n = 0;
  const write = (which: 'person' | 'statement'): autocannon.Request => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    setupRequest: (request) => {
      const id = `load-${process.pid}-${(n += 1)}`;
      const body =
        which === 'person'
          ? { query: 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', variables: { i: { id, name: `Load Person ${n}` } } }
          : {
              query: 'mutation($i: AddStatementInput!) { addStatement(input: $i) { id } }',
              variables: { i: { id, speakerIds: ['nick-clegg'], text: `Load statement ${n}.`, language: 'en', evidence: [{ sourceId: 'cnn-meta-trump-reinstatement-fr', quote: `Load ${n}` }] } },
            };
      return { ...request, body: JSON.stringify(body) };
    },
  });
  const list: autocannon.Request[] = [];
  reads.forEach((r, i) => {
    list.push(r);
    if (i === 4) list.push(write('person'));
  });
  list.push(write('statement'));
  return list;
}

interface RunOutcome {
  result: autocannon.Result;
  graphqlErrors: number;
  codes: Record<string, number>;
  writes: number;
  peakRss: number;
}

async function run(port: number, requests: autocannon.Request[], connections: number, duration: number, sample?: () => number): Promise<RunOutcome> {
  const outcome = { graphqlErrors: 0, codes: {} as Record<string, number>, writes: 0, peakRss: 0 };
  const withBodies = requests.map((r) => ({
    ...r,
    onResponse: (_status: number, body: string) => {
      if (body.includes('"errors"')) {
        outcome.graphqlErrors += 1;
        const code = /"code":"(\w+)"/.exec(body)?.[1] ?? 'NONE';
        outcome.codes[code] = (outcome.codes[code] ?? 0) + 1;
      } else if (body.includes('"createPerson"') || body.includes('"addStatement"')) outcome.writes += 1;
    },
  }));
  const timer = sample ? setInterval(() => (outcome.peakRss = Math.max(outcome.peakRss, sample())), 1_000) : undefined;
  try {
    const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections, duration, requests: withBodies as autocannon.Request[] });
    return { result, ...outcome };
  } finally {
    clearInterval(timer);
  }
}

/** The resident set of a process in MB, from /proc (Linux) or ps. */
function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
  } catch {
    return Math.round(Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)]).toString().trim()) / 1024);
  }
}

async function waitForHealth(url: string, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the API did not answer ${url} within ${withinMs} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
