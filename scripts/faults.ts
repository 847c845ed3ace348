import 'reflect-metadata';
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import pino from 'pino';
import { ApiKeyRepository, generateKey } from '../src/auth';
import { loadConfig } from '../src/config';
import { Database } from '../src/db';
import { importPaths } from '../src/import';
import { EmbeddedNeo4j } from '../src/neo4j-embedded';
import { createServer } from '../src/server';
import { validateGraph } from '../src/validate';

/**
 * Fault drills against a Neo4j of their own (.neo4j/test-faults):
 * 1. kill -9 the Neo4j JVM under mixed reads and writes, start it again, and check that requests failed fast with
 *    DATABASE_UNAVAILABLE, that the API recovered without a restart, that every acknowledged write is in the graph,
 *    and that the graph keeps its contract (no claim without its evidence and shortcut edges);
 * 2. SIGTERM the API process under load, and check that in-flight requests finish, new connections are refused and
 *    the process exits 0.
 * `npm run faults` prints both reports; tests/integration/faults.test.ts asserts them.
 */

const root = path.resolve(__dirname, '..');

/** One request of the load, as the client saw it. */
interface Sample {
  kind: 'read' | 'write';
  startedAt: number;
  ms: number;
  ok: boolean;
  code?: string;
  /** The id a write created, when its answer acknowledged it. */
  acknowledgedId?: string;
}

/** What the kill -9 drill found. */
export interface KillReport {
  requests: number;
  acknowledgedWrites: number;
  failedDuringOutage: number;
  failureCodes: Record<string, number>;
  slowestFailureMs: number;
  slowestRequestMs: number;
  /** Requests that took over 10 s (failed or not): while Neo4j boots, Bolt accepts before the database serves. */
  hungRequests: number;
  /** The five slowest requests: which, in which phase, how long, with which code. */
  slowest: { kind: string; phase: string; ms: number; code?: string }[];
  recoveredAfterMs: number | null;
  missingAcknowledgedWrites: string[];
  validationProblems: number;
}

/** What the SIGTERM drill found. */
export interface SigtermReport {
  sent: number;
  /** Requests written and not yet answered when the signal went. */
  inFlightAtSignal: number;
  completedOk: number;
  /** Answered in full, with data, after the signal. */
  completedAfterSignal: number;
  /** Connections closed before the server read the request (accepted by the kernel, never by the app): no answer. */
  resetUnread: number;
  /** A response that started and was not a whole 200 with data: must be 0. */
  broken: number;
  refusedAfterSignal: boolean;
  exitCode: number | null;
  exitMs: number;
}

export interface FaultsReport {
  kill: KillReport;
  sigterm: SigtermReport;
}

/** Options: how long each phase of the kill drill lasts, how many clients run at once. */
export interface FaultsOptions {
  home?: string;
  concurrency?: number;
  beforeKillMs?: number;
  outageMs?: number;
  afterRecoveryMs?: number;
  log?: (line: string) => void;
  /** `node`'s arguments to start the API from source (default: through ts-node, as `npm run dev` does). */
  apiNodeArgs?: string[];
}

/** Runs both drills on one embedded Neo4j, and stops everything it started, even on failure. */
export async function runFaults(options: FaultsOptions = {}): Promise<FaultsReport> {
  const log = options.log ?? (() => undefined);
  const logger = pino({ level: process.env.FAULTS_LOG_LEVEL ?? 'silent' });
  const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_HOME: options.home ?? '.neo4j/test-faults', LOG_LEVEL: 'silent' });
  const embedded = new EmbeddedNeo4j({ projectRoot: root, importDir: config.importDir, ...config.embedded, heapMb: 512, pagecacheMb: 64, restartOnCrash: false }, logger);
  let db: Database | undefined;
  try {
    log('starting an own embedded Neo4j');
    const uri = await embedded.start();
    db = new Database({ ...config.neo4j, uri }, logger);
    await db.waitUntilReady(60_000);
    await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    await importPaths(db, [path.join(root, 'cypher', 'schema')]);
    const made = generateKey();
    await new ApiKeyRepository(db).create(made.id, made.hash, 'EDITOR', 'faults');
    log('kill -9 drill');
    const kill = await killDrill(embedded, db, made.key, config, logger, options, log);
    log('SIGTERM drill');
    const sigterm = await sigtermDrill(embedded.uri, options.apiNodeArgs ?? ['-r', 'ts-node/register/transpile-only', 'src/index.ts'], log);
    return { kill, sigterm };
  } finally {
    await db?.close();
    await embedded.stop();
  }
}

async function killDrill(
  embedded: EmbeddedNeo4j,
  db: Database,
  key: string,
  config: ReturnType<typeof loadConfig>,
  logger: pino.Logger,
  options: FaultsOptions,
  log: (line: string) => void,
): Promise<KillReport> {
  const server = await createServer({ config, db, logger });
  const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}/graphql`;
  const samples: Sample[] = [];
  try {
    const org = await post(base, `mutation { createOrganization(input: {id: "fault-org", name: "Fault Org", kind: COMPANY}) { organization { id } } }`, key);
    if (org.errors) throw new Error(`could not create the test organization: ${JSON.stringify(org.errors)}`);
    let stop = false;
    let counter = 0;
    const client = async (worker: number) => {
      while (!stop) {
        const n = counter++;
        samples.push(n % 3 === 0 ? await write(base, key, `${worker}-${n}`) : await read(base));
      }
    };
    const clients = Array.from({ length: options.concurrency ?? 8 }, (_, i) => client(i));

    // At least `beforeKillMs`, and until some writes were acknowledged (a loaded machine may be slow to warm up).
    const loadStarted = Date.now();
    while (Date.now() - loadStarted < 60_000 && (Date.now() - loadStarted < (options.beforeKillMs ?? 3_000) || samples.filter((s) => s.acknowledgedId).length < 10))
      await sleep(100);
    const killedAt = Date.now();
    log(`killing the Neo4j JVM (pid ${embedded.pid}) after ${samples.length} requests`);
    embedded.kill();
    const outageStarted = samples.length;
    await sleep(options.outageMs ?? 5_000);
    log(`starting Neo4j again; ${samples.length - outageStarted} requests answered during the outage`);
    await embedded.start();
    const restartedAt = Date.now();
    log(`Neo4j answers again on ${embedded.uri}`);
    let recoveredAt: number | null = null;
    while (Date.now() - restartedAt < 60_000) {
      const probe = await read(base);
      if (probe.ok) {
        recoveredAt = Date.now();
        break;
      }
      await sleep(200);
    }
    await sleep(options.afterRecoveryMs ?? 3_000);
    stop = true;
    await Promise.all(clients);

    const failed = samples.filter((s) => !s.ok);
    const acknowledged = samples.flatMap((s) => (s.acknowledgedId ? [s.acknowledgedId] : []));
    const found = await db.readRows('UNWIND $ids AS id MATCH (n {id: id}) RETURN collect(n.id) AS ids', { ids: acknowledged });
    const present = new Set((found[0]?.ids ?? []) as string[]);
    const report = await validateGraph(db);
    return {
      requests: samples.length,
      acknowledgedWrites: acknowledged.length,
      failedDuringOutage: failed.length,
      failureCodes: failed.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.code ?? 'NONE']: (acc[s.code ?? 'NONE'] ?? 0) + 1 }), {}),
      slowestFailureMs: Math.max(0, ...failed.map((s) => s.ms)),
      slowestRequestMs: Math.max(0, ...samples.map((s) => s.ms)),
      hungRequests: samples.filter((s) => s.ms > 10_000).length,
      slowest: [...samples]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((s) => ({
          kind: s.kind,
          phase:
            s.startedAt < killedAt ? 'before kill' : s.startedAt < restartedAt ? 'Neo4j down' : recoveredAt && s.startedAt >= recoveredAt ? 'after recovery' : 'Neo4j restarting',
          ms: s.ms,
          code: s.code,
        })),
      recoveredAfterMs: recoveredAt === null ? null : recoveredAt - killedAt,
      missingAcknowledgedWrites: acknowledged.filter((id) => !present.has(id)),
      validationProblems: report.problemCount,
    };
  } finally {
    await server.stop();
  }
}

/** A write with its own client id: a statement claim by the test organization, with its evidence (a new source). */
async function write(base: string, key: string, suffix: string): Promise<Sample> {
  const started = Date.now();
  const id = `fault-statement-${suffix}`;
  const answer = await post(base, `mutation($i: AddStatementInput!) { addStatement(input: $i) { statement { id } } }`, key, {
    i: {
      id,
      speakerIds: ['fault-org'],
      text: `Statement ${suffix}.`,
      language: 'en',
      evidence: [{ quote: `Statement ${suffix}.`, source: { id: `fault-source-${suffix}`, title: `Fault source ${suffix}`, language: 'en' } }],
    },
  });
  const ok = !answer.errors && answer.data?.addStatement?.statement?.id === id;
  return { kind: 'write', startedAt: started, ms: Date.now() - started, ok, code: answer.errors?.[0]?.extensions?.code, acknowledgedId: ok ? id : undefined };
}

async function read(base: string): Promise<Sample> {
  const started = Date.now();
  const answer = await post(base, `{ people(first: 5) { totalCount edges { node { id roles { edges { node { title } } } } } } }`);
  return { kind: 'read', startedAt: started, ms: Date.now() - started, ok: !answer.errors && !!answer.data, code: answer.errors?.[0]?.extensions?.code };
}

/** A GraphQL answer, as far as the drill reads it: which root fields came back with which id, and the first error's code. */
interface Answer {
  /** Each mutation's payload: what it wrote, under one field (`addStatement { statement { id } }`). */
  data?: Record<string, Record<string, { id?: string } | null> | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(url: string, query: string, key?: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(30_000),
    });
    return (await response.json()) as Answer;
  } catch (error) {
    return { errors: [{ message: (error as Error).message, extensions: { code: `CLIENT_${(error as Error).name}` } }] };
  }
}

/**
 * Spawns the API as `npm start` would run it (from source), on the given Neo4j, sends a burst of requests on their
 * own connections, SIGTERMs it while they are in flight, then checks what came back and how it exited.
 */
async function sigtermDrill(uri: string, nodeArgs: string[], log: (line: string) => void): Promise<SigtermReport> {
  const child = spawn(process.execPath, nodeArgs, {
    cwd: root,
    env: { ...process.env, NEO4J_URI: uri, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_ON_START: 'false', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(() => reject(new Error(`the API did not start within 120 s: ${buffer.slice(-2000)}`)), 120_000);
      const onData = (chunk: Buffer) => {
        buffer += chunk.toString();
        const match = /"url":"http:\/\/127\.0\.0\.1:(\d+)\/graphql"/.exec(buffer);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', () => reject(new Error(`the API exited before serving: ${buffer.slice(-2000)}`)));
    });
    log(`API child ${child.pid} serving on ${port}`);
    const burst = Array.from({ length: 48 }, () =>
      rawPost(
        port,
        `{ a: people(first: 100) { totalCount edges { node { id name roles { edges { node { title organization { name } } } } } } } b: search(text: "fault") { totalCount edges { node { score } } } }`,
      ),
    );
    await Promise.all(burst.map((b) => b.sent));
    await sleep(100);
    const pending = burst.filter((b) => !b.done());
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const refused = await refusedSoon(port, 5_000);
    const results = await Promise.all(burst.map((b) => b.result));
    const exitCode = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 40_000).unref())]);
    const afterSignal = await Promise.all(pending.map((b) => b.result));
    return {
      sent: burst.length,
      inFlightAtSignal: pending.length,
      completedOk: results.filter((r) => r === 200).length,
      completedAfterSignal: afterSignal.filter((r) => r === 200).length,
      resetUnread: results.filter((r) => r === -1).length,
      broken: results.filter((r) => r !== 200 && r !== -1).length,
      refusedAfterSignal: refused,
      exitCode,
      exitMs: Date.now() - signalledAt,
    };
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/**
 * A POST on its own connection: `sent` once the request is written, `result` the status when a whole answer with data
 * came (200), -1 when the connection closed before any answer, 0 when an answer broke off.
 */
function rawPost(port: number, query: string): { sent: Promise<void>; result: Promise<number>; done: () => boolean } {
  let finished = false;
  let responded = false;
  let markSent!: () => void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const result = new Promise<number>((resolve) => {
    const body = JSON.stringify({ query });
    const request = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        responded = true;
        let text = '';
        response.on('data', (c) => (text += c));
        response.on('error', () => {
          finished = true;
          resolve(0);
        });
        response.on('end', () => {
          finished = true;
          resolve(response.statusCode === 200 && text.includes('"data"') ? 200 : (response.statusCode ?? -1));
        });
      },
    );
    request.on('error', () => {
      finished = true;
      markSent();
      resolve(responded ? 0 : -1);
    });
    request.end(body, () => markSent());
  });
  return { sent, result, done: () => finished };
}

/** True once a new TCP connection to the port is refused, within `withinMs`. */
async function refusedSoon(port: number, withinMs: number): Promise<boolean> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    });
    if (refused) return true;
    await sleep(50);
  }
  return false;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (require.main === module) {
  const started = Date.now();
  runFaults({ log: (line) => console.log(`[faults] ${line}`) })
    .then((report) => {
      console.log(JSON.stringify(report, null, 2));
      console.log(`[faults] done in ${Math.round((Date.now() - started) / 1000)} s`);
      const k = report.kill;
      const s = report.sigterm;
      const pass =
        k.slowestFailureMs < 10_000 &&
        k.slowestRequestMs < 20_000 &&
        k.recoveredAfterMs !== null &&
        k.missingAcknowledgedWrites.length === 0 &&
        k.validationProblems === 0 &&
        Object.keys(k.failureCodes).every((c) => c === 'DATABASE_UNAVAILABLE') &&
        s.broken === 0 &&
        s.completedAfterSignal > 0 &&
        s.refusedAfterSignal &&
        s.exitCode === 0;
      process.exit(pass ? 0 : 1);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
