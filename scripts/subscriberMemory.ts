/**
 * `npm run build:tools && NEO4J_URI=bolt://… node dist/scripts/subscriberMemory.js [--seconds 60] [--writers 2]
 * [--slow-subscriptions 10] [--tail 40] [--out subscriber-memory]`: does a client that stops reading get closed, and
 * does the server's memory stay flat?
 *
 * Starts the API compiled, as `npm start` does (`dist/src/index.js`, with `dist/scripts/memoryProbe.js` preloaded to
 * report its heap every second), on the Neo4j in NEO4J_URI (a database of your own: tests/helpers/neo4jForRuns.ts).
 * Two graphql-ws clients subscribe to `changes`: a fast one that keeps reading, and a slow one whose
 * `--slow-subscriptions` subscriptions stop reading their socket (the TCP socket is paused once each has received a
 * change: the kernel's buffers fill, then the server's). Meanwhile `--writers` loops call `updateEntity` on a test
 * person with an EDITOR key made for the run, for `--seconds`; then sampling goes on for `--tail` seconds (the server
 * gives a closed client 30 s to answer the close before it drops the socket). Every second: the server's RSS, heap
 * used, external and array-buffer memory. Reports when the server closed the slow client (its log) and the close code
 * the client then reads, what the fast client received, and the memory curve; writes
 * `bench/results/<out>.{json,md}`. Removes its person, versions, audit entries and key at the end.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { ApiKeyRepository, generateKey } from '../src/auth';
import { loadConfig, projectRoot } from '../src/config';
import { Database } from '../src/db';
import { createLogger } from '../src/logger';

interface Options {
  seconds: number;
  writers: number;
  slowSubscriptions: number;
  tail: number;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { seconds: 60, writers: 2, slowSubscriptions: 10, tail: 40, out: 'subscriber-memory' };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const next = () => Number(argv[++i]);
    if (a === '--seconds') o.seconds = next();
    else if (a === '--writers') o.writers = next();
    else if (a === '--slow-subscriptions') o.slowSubscriptions = next();
    else if (a === '--tail') o.tail = next();
    else if (a === '--out') o.out = argv[++i];
    else throw new Error(`Unknown argument ${a}`);
  }
  return o;
}

const log = (text: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Sample {
  s: number;
  rssMb: number;
  heapUsedMb: number;
  /** Heap in use after a full collection (every 5 s; the last one). */
  heapAfterGcMb: number | null;
  externalMb: number;
  arrayBuffersMb: number;
  writes: number;
  fastReceived: number;
  load1: number;
}

const CHANGE = `subscription { changes { id at operation ids about node { id ... on Person { name aliases description } } } }`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function post(port: number, key: string, body: string): Promise<{ errors?: Array<{ message: string }> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  if (!config.neo4j.uri) throw new Error('Set NEO4J_URI to a Neo4j of your own (npx ts-node --transpile-only tests/helpers/neo4jForRuns.ts .neo4j/<name>).');
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri }, createLogger('warn'));
  await db.waitUntilReady(30_000);
  const run = randomBytes(4).toString('hex');
  const person = `test-submem-${run}-person`;
  const made = generateKey();
  await new ApiKeyRepository(db).create(made.id, made.hash, 'EDITOR', 'subscriberMemory script');
  await db.writeRows(`MERGE (p:Entity:Person:Node {id: $id}) SET p.name = 'Subscriber Memory', p.aliases = [], p.aliasesText = '', p.createdAt = datetime()`, { id: person });

  const port = await freePort();
  const entry = path.join(projectRoot, 'dist', 'src', 'index.js');
  const probe = path.join(projectRoot, 'dist', 'scripts', 'memoryProbe.js');
  const child = spawn(process.execPath, ['--expose-gc', '-r', probe, entry], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SEED_ON_START: 'false', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const startedAt = Date.now();
  const samples: Sample[] = [];
  let latest: { rss: number; heapUsed: number; external: number; arrayBuffers: number; heapAfterGc: number | null } | undefined;
  child.on('message', (m: { memory?: typeof latest }) => {
    if (m.memory) latest = m.memory;
  });
  const serverLog: Array<{ time: number; msg: string; [k: string]: unknown }> = [];
  const lastLines: string[] = [];
  let exit: { code: number | null; signal: string | null; atS: number } | undefined;
  child.once('exit', (code, signal) => {
    exit = { code, signal, atS: (Date.now() - startedAt) / 1000 };
    log(`the API exited (code ${code}, signal ${signal}); its last lines:\n${lastLines.join('\n')}`);
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      lastLines.push(line.slice(0, 500));
      if (lastLines.length > 20) lastLines.shift();
      try {
        const parsed = JSON.parse(line);
        if (parsed.level >= 40 || /subscriber|subscription|change feed/.test(parsed.msg)) serverLog.push(parsed);
      } catch {
        // not a log line
      }
    });
  }
  const clients: Client[] = [];
  const sockets: WebSocket[] = [];
  let writes = 0;
  let writeErrors = 0;
  let fastReceived = 0;
  const fastLatencies: number[] = [];
  const slowReceived: number[] = Array(options.slowSubscriptions).fill(0);
  let slowClose: { code: number; reason: string; atS: number } | undefined;
  let fastClose: { code: number; reason: string } | undefined;
  try {
    // Ready: /health answers.
    for (let i = 0; ; i += 1) {
      const ok = await new Promise<boolean>((resolve) =>
        http.get({ host: '127.0.0.1', port, path: '/health' }, (res) => resolve(res.statusCode === 200)).on('error', () => resolve(false)),
      );
      if (ok) break;
      if (child.exitCode !== null || i > 240) throw new Error(`the API did not start:\n${serverLog.map((l) => l.msg).join('\n')}`);
      await sleep(500);
    }
    log(
      `API on ${port} (pid ${child.pid}); load average ${os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );

    // A WebSocket class that remembers its instances, so that the slow client's socket can be paused.
    class TrackedWebSocket extends WebSocket {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        sockets.push(this);
      }
    }
    const connect = (onClosed: (event: { code: number; reason: string }) => void) => {
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: TrackedWebSocket,
        connectionParams: { authorization: `Bearer ${made.key}` },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        on: { closed: (event) => onClosed(event as { code: number; reason: string }) },
      });
      clients.push(client);
      return client;
    };
    const fast = connect((event) => (fastClose = { code: event.code, reason: event.reason }));
    fast.subscribe(
      { query: CHANGE },
      {
        next: (message) => {
          fastReceived += 1;
          const at = (message.data as { changes?: { at?: string } } | undefined)?.changes?.at;
          if (at) fastLatencies.push(Date.now() - Date.parse(at));
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    const slow = connect((event) => (slowClose ??= { code: event.code, reason: event.reason, atS: (Date.now() - startedAt) / 1000 }));
    const slowSocketIndex = 1;
    for (let k = 0; k < options.slowSubscriptions; k += 1) {
      slow.subscribe({ query: CHANGE }, { next: () => (slowReceived[k] += 1), error: () => undefined, complete: () => undefined });
    }
    await sleep(1000);

    // Sampling, every second, from the probe's last report.
    const sampler = setInterval(() => {
      if (!latest) return;
      samples.push({
        s: Math.round((Date.now() - startedAt) / 100) / 10,
        rssMb: mb(latest.rss),
        heapUsedMb: mb(latest.heapUsed),
        heapAfterGcMb: latest.heapAfterGc === null ? null : mb(latest.heapAfterGc),
        externalMb: mb(latest.external),
        arrayBuffersMb: mb(latest.arrayBuffers),
        writes,
        fastReceived,
        load1: Math.round(os.loadavg()[0] * 100) / 100,
      });
    }, 1000);

    // Writers: updateEntity in loops, each with a description of 1.5 KB (the change's node carries it).
    const description = 'x'.repeat(1500);
    const writeStart = Date.now();
    let paused = false;
    let pausedAtS: number | null = null;
    const writer = async () => {
      while (Date.now() - writeStart < options.seconds * 1000) {
        const body = JSON.stringify({
          query: `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }`,
          variables: { input: { id: person, description: `${writes} ${description}` } },
        });
        const res = await post(port, made.key, body).catch(() => ({ errors: [{ message: 'request failed' }] }));
        if (res.errors?.length) {
          writeErrors += 1;
          if (writeErrors === 1) log(`first write error: ${res.errors[0].message}`);
        } else writes += 1;
        // The slow client stops reading once each of its subscriptions has received a change.
        if (!paused && slowReceived.every((n) => n > 0)) {
          paused = true;
          pausedAtS = Math.round((Date.now() - startedAt) / 100) / 10;
          (sockets[slowSocketIndex] as unknown as { _socket: net.Socket })._socket.pause();
          log(`slow client: socket paused after ${writes} writes (${slowReceived.reduce((a, b) => a + b, 0)} changes received)`);
        }
      }
    };
    log(`writing for ${options.seconds} s with ${options.writers} writers`);
    await Promise.all(Array.from({ length: options.writers }, writer));
    if (!paused) log('slow client: never paused (its subscriptions received nothing)');
    log(`writes done: ${writes} (${writeErrors} errors); sampling ${options.tail} s more`);
    await sleep(options.tail * 1000);
    clearInterval(sampler);
    // The slow client reads again: the close the server sent is in its socket.
    (sockets[slowSocketIndex] as unknown as { _socket: net.Socket })._socket.resume();
    await sleep(3000);

    // The server's own record of the slow client's end: the feed's 4290 (it fell behind), or the connection closed
    // (a client that reads nothing answers no keep-alive ping and is dropped with 1006), whichever came first.
    const closeLog = serverLog.find((l) => /fell behind|subscription connection closed/.test(l.msg));
    const closedAtS = closeLog ? Math.round((Date.parse(String(closeLog.time)) - startedAt) / 100) / 10 : null;
    const rss = samples.map((x) => x.rssMb);
    const heap = samples.map((x) => x.heapUsedMb);
    const retained = samples.map((x) => x.heapAfterGcMb).filter((x): x is number => x !== null);
    const after = closedAtS === null ? [] : samples.filter((x) => x.s >= closedAtS);
    const afterWrites = samples.filter((x) => x.writes >= writes);
    const sortedLatency = [...fastLatencies].sort((a, b) => a - b);
    const report = {
      when: new Date(startedAt).toISOString(),
      seconds: options.seconds,
      tail: options.tail,
      writers: options.writers,
      slowSubscriptions: options.slowSubscriptions,
      cores: os.cpus().length,
      loadAverageAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
      writes,
      writeErrors,
      serverExitedDuringRun: exit ?? null,
      slowClient: {
        pausedAtS,
        serverClosedAtS: closedAtS,
        serverLog: closeLog ?? null,
        closeCodeSeen: slowClose?.code ?? null,
        closeReasonSeen: slowClose?.reason ?? null,
        received: slowReceived,
      },
      fastClient: {
        received: fastReceived,
        closed: fastClose ?? null,
        latencyMs: sortedLatency.length ? { p50: sortedLatency[Math.floor(sortedLatency.length / 2)], max: sortedLatency[sortedLatency.length - 1] } : null,
      },
      memory: {
        rssMb: { start: rss[0], peak: Math.max(...rss), end: rss[rss.length - 1] },
        heapUsedMb: { start: heap[0], peak: Math.max(...heap), end: heap[heap.length - 1] },
        heapAfterGcMb: { start: retained[0], peak: Math.max(...retained), end: retained[retained.length - 1] },
        afterClose: after.length
          ? {
              rssAtCloseMb: after[0].rssMb,
              rssPeakMb: Math.max(...after.map((x) => x.rssMb)),
              heapAfterGcAtCloseMb: after[0].heapAfterGcMb,
              heapAfterGcPeakMb: Math.max(...after.map((x) => x.heapAfterGcMb ?? 0)),
            }
          : null,
        afterWrites: afterWrites.length ? { rssMb: afterWrites[afterWrites.length - 1].rssMb, heapUsedMb: afterWrites[afterWrites.length - 1].heapUsedMb } : null,
      },
      samples,
    };
    const dir = path.join(projectRoot, 'bench', 'results');
    fs.writeFileSync(path.join(dir, `${options.out}.json`), `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(path.join(dir, `${options.out}.md`), markdown(report));
    log(
      `slow client closed by the server at ${closedAtS ?? 'never'} s (code seen by the client: ${slowClose?.code ?? 'none'}); fast client received ${fastReceived}; ` +
        `RSS ${report.memory.rssMb.start} → peak ${report.memory.rssMb.peak} → end ${report.memory.rssMb.end} MB; heap ${report.memory.heapUsedMb.start} → ${report.memory.heapUsedMb.peak} → ${report.memory.heapUsedMb.end} MB`,
    );
    log(`wrote bench/results/${options.out}.{json,md}`);
  } finally {
    for (const client of clients) await Promise.resolve(client.dispose()).catch(() => undefined);
    for (const socket of sockets) socket.terminate();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(15_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    await db.writeRows('MATCH (a:AuditEntry) WHERE $id IN a.ids DELETE a', { id: person }).catch(() => undefined);
    await db.writeRows('MATCH (v:EntityVersion {entityId: $id}) DETACH DELETE v', { id: person }).catch(() => undefined);
    await db.writeRows('MATCH (n {id: $id}) DETACH DELETE n', { id: person }).catch(() => undefined);
    await new ApiKeyRepository(db).revoke(made.id).catch(() => undefined);
    await db.close();
  }
}

type Report = {
  when: string;
  seconds: number;
  tail: number;
  writers: number;
  slowSubscriptions: number;
  cores: number;
  loadAverageAtEnd: number[];
  writes: number;
  writeErrors: number;
  slowClient: {
    pausedAtS: number | null;
    serverClosedAtS: number | null;
    serverLog: { msg: string; code?: unknown } | null;
    closeCodeSeen: number | null;
    closeReasonSeen: string | null;
    received: number[];
  };
  fastClient: { received: number; closed: { code: number } | null; latencyMs: { p50: number; max: number } | null };
  memory: {
    rssMb: { start: number; peak: number; end: number };
    heapUsedMb: { start: number; peak: number; end: number };
    heapAfterGcMb: { start: number; peak: number; end: number };
    afterClose: { rssPeakMb: number; heapAfterGcPeakMb: number; heapAfterGcAtCloseMb: number | null; rssAtCloseMb: number } | null;
  };
  samples: Sample[];
};

function markdown(r: Report): string {
  const every = Math.max(1, Math.round(r.samples.length / 25));
  return [
    `# A subscriber that stops reading: closed, and the server's memory`,
    '',
    `${r.when}: the API compiled (as \`npm start\`), ${r.writers} writers calling \`updateEntity\` for ${r.seconds} s (${r.writes} writes, ${r.writeErrors} errors), then ${r.tail} s more of sampling; ` +
      `a fast graphql-ws client subscribed to \`changes\` and reading, and a slow one with ${r.slowSubscriptions} subscriptions whose socket stops being read once each has received a change. ` +
      `${r.cores} cores, shared; load average at the end ${r.loadAverageAtEnd.join(', ')} (1, 5, 15 min).`,
    '',
    `- Slow client: stopped reading at ${r.slowClient.pausedAtS ?? 'never'} s; closed by the server at ${r.slowClient.serverClosedAtS ?? 'never'} s (its log: ${r.slowClient.serverLog ? `"${r.slowClient.serverLog.msg}", code ${r.slowClient.serverLog.code}` : 'nothing'}); the close code the client read when it resumed reading: ${r.slowClient.closeCodeSeen ?? 'none'}` +
      `${r.slowClient.closeReasonSeen ? ` ("${r.slowClient.closeReasonSeen}")` : ''}; changes it had received per subscription: ${r.slowClient.received.join(', ')}.`,
    `- Fast client: received ${r.fastClient.received} changes${r.fastClient.latencyMs ? ` (from record time to receipt: p50 ${r.fastClient.latencyMs.p50} ms, max ${r.fastClient.latencyMs.max} ms)` : ''}; ${r.fastClient.closed ? `closed with ${r.fastClient.closed.code}` : 'never closed'}.`,
    `- Server RSS (MB): start ${r.memory.rssMb.start}, peak ${r.memory.rssMb.peak}, end ${r.memory.rssMb.end}; heap used (MB): start ${r.memory.heapUsedMb.start}, peak ${r.memory.heapUsedMb.peak}, end ${r.memory.heapUsedMb.end}; heap in use after a full collection (MB): start ${r.memory.heapAfterGcMb.start}, peak ${r.memory.heapAfterGcMb.peak}, end ${r.memory.heapAfterGcMb.end}.` +
      (r.memory.afterClose
        ? ` From the close on: RSS ${r.memory.afterClose.rssAtCloseMb} at the close, at most ${r.memory.afterClose.rssPeakMb}; heap after a collection ${r.memory.afterClose.heapAfterGcAtCloseMb} at the close, at most ${r.memory.afterClose.heapAfterGcPeakMb}.`
        : ''),
    '',
    '| s | RSS MB | heap used MB | heap after GC MB | external MB | array buffers MB | writes | fast client received | load (1 min) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...r.samples
      .filter((_, i) => i % every === 0 || i === r.samples.length - 1)
      .map((x) => `| ${x.s} | ${x.rssMb} | ${x.heapUsedMb} | ${x.heapAfterGcMb ?? ''} | ${x.externalMb} | ${x.arrayBuffersMb} | ${x.writes} | ${x.fastReceived} | ${x.load1} |`),
    '',
  ].join('\n');
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
