import 'reflect-metadata';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { ApiKeyRepository, generateKey } from '../src/auth';
import { projectRoot } from '../src/config';
import { freePort } from '../src/neo4j-embedded';
import { applySchema, benchHome, quietLogger, startBenchGraph, type BenchGraph } from '../bench/common';
import { generateBulk } from '../bench/generate/bulk';
import { parseArgs as parseGenerateArgs } from '../bench/generate/cli';
import { rng } from '../bench/generate/model';
import { SUPERNODE_ID } from '../bench/generate/rows';

/**
 * `npm run loadtest [-- --duration 60 --connections 64 --warmup 120 --size M --workers 2 --out name]`: the API under sustained load on a
 * generated data set, with writes.
 *
 * It copies the data set (.neo4j/bench-<size>, generated first when missing) to .neo4j/loadtest-<size>, so that the
 * writes never touch the benchmark's data; starts Neo4j on the copy and the API as `npm start` runs it (compiled, in
 * production mode, logging every request at info level to a file); creates an EDITOR key; and drives the API with
 * autocannon: the contract's queries with ids drawn at random from the data set, and one write in ten (a person, or
 * a statement by a random speaker citing a random source). A warm-up runs first at the same load (two minutes by
 * default: under this load V8 enlarges the API's heap for about that long, then holds it).
 *
 * Reported: throughput, latency percentiles, every error by kind and code, acknowledged writes (each checked in the
 * graph afterwards), and the API's resident memory after the warm-up, at its peak, every five seconds of the run,
 * after it, and after ten idle seconds. The exit code is 0 only with no error at all and memory flat over the run: the
 * median over its last third within 20% of the median over its first third (medians, for one sample swings by a tenth
 * as V8 collects). The report goes to bench/results/loadtest.json and .md (or `--out`). `API_NODE_OPTIONS` sets the API's
 * NODE_OPTIONS alone (e.g. `--max-old-space-size=256`, to tell a leak from a heap that grows because it may).
 */

interface Flags {
  duration: number;
  connections: number;
  warmup: number;
  size: string;
  keep: boolean;
  /** API_WORKERS: the API as this many worker processes (memory is then the sum over the primary and its workers). */
  workers: number;
  /** The results' file stem under bench/results. */
  out: string;
}

function parseFlags(argv: string[]): Flags {
  const flags: Flags = { duration: 60, connections: 64, warmup: 120, size: 'M', keep: false, workers: 1, out: 'loadtest' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (arg === '--keep') flags.keep = true;
    else if (arg === '--out') flags.out = String(argv[++i] ?? 'loadtest');
    else if (arg === '--size') flags.size = String(argv[++i] ?? '').toUpperCase();
    else if (arg === '--duration' || arg === '--connections' || arg === '--warmup' || arg === '--workers') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a whole number`);
      flags[arg.slice(2) as 'duration' | 'connections' | 'warmup' | 'workers'] = value;
    } else throw new Error(`unknown flag ${arg}; use --duration, --connections, --warmup, --workers, --size S|M|L|XL, --out, --keep`);
  }
  if (!['S', 'M', 'L', 'XL'].includes(flags.size)) throw new Error('--size must be S, M, L or XL');
  return flags;
}

const log = (text: string) => process.stdout.write(`[loadtest ${new Date().toISOString().slice(11, 19)}] ${text}\n`);

/** Ids drawn from the data set, for requests that do not all read the same few nodes. */
interface Pools {
  decisions: string[];
  people: Array<{ id: string; name: string }>;
  organizations: string[];
  sources: string[];
}

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2));
  const logger = quietLogger('loadtest');
  let graph: BenchGraph | undefined;
  let api: ChildProcess | undefined;
  const copy = path.join(projectRoot, '.neo4j', `loadtest-${flags.size}`);
  try {
    await ensureDataSet(flags.size);
    log(`copying ${path.relative(projectRoot, benchHome(flags.size))} to ${path.relative(projectRoot, copy)} (the writes go to the copy)`);
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(benchHome(flags.size), copy, { recursive: true });
    fs.rmSync(path.join(copy, 'run'), { recursive: true, force: true });
    graph = await startBenchGraph(copy, logger);
    // The generator derived the data set's shortcut edges and page keys: the schema only.
    await applySchema(graph.db, logger, false);
    const pools = await readPools(graph);
    const key = generateKey();
    await new ApiKeyRepository(graph.db).create(key.id, key.hash, 'EDITOR', 'loadtest');
    const counts = (await graph.db.readRows('MATCH (n) RETURN count(n) AS nodes'))[0].nodes as number;

    const port = await freePort();
    const apiLog = path.join(copy, 'api.log');
    const logFd = fs.openSync(apiLog, 'w');
    api = spawn(process.execPath, ['dist/src/index.js'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: graph.uri,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
        SEED_ON_START: 'false',
        API_WORKERS: String(flags.workers),
        NODE_OPTIONS: process.env.API_NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? '',
      },
      stdio: ['ignore', logFd, logFd],
    });
    await waitForHealth(`http://127.0.0.1:${port}/health`, 120_000);
    log(`API pid ${api.pid} on 127.0.0.1:${port} over ${counts} nodes; ${flags.connections} connections; its log: ${path.relative(projectRoot, apiLog)}`);

    const mix = new Mix(pools, key.key);
    await primeOnce(port, mix);
    const warm = await run(port, mix, flags.connections, flags.warmup, 'warm-up');
    const rssAfterWarmup = rssMb(api.pid!);
    log(`warm-up ${flags.warmup} s: ${Math.round(warm.result.requests.average)} req/s; RSS ${rssAfterWarmup} MB`);
    mix.reset();
    const main = await run(port, mix, flags.connections, flags.duration, 'run', () => rssMb(api!.pid!));
    const rssAfterRun = rssMb(api.pid!);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const rssAfterIdle = rssMb(api.pid!);
    const missing = await missingWrites(graph, mix.acknowledged);

    const r = main.result;
    const growthPct = Math.round(((rssAfterRun - rssAfterWarmup) / rssAfterWarmup) * 1000) / 10;
    // Flat or not: the median of the run's last third against the median of its first third. One sample swings by a
    // tenth either way as V8 collects, and a leak keeps growing while a heap V8 enlarges levels off (in about two
    // minutes under this load: hence the two-minute warm-up).
    const third = (k: number) => median(main.timeline.filter((p) => p.s >= (k * flags.duration) / 3 && p.s < ((k + 1) * flags.duration) / 3).map((p) => p.mb)) ?? rssAfterRun;
    const [firstThird, lastThird] = [third(0), third(2)];
    const thirdsGrowthPct = Math.round(((lastThird - firstThird) / firstThird) * 1000) / 10;
    const errors = r.errors + r.timeouts + r.non2xx + main.graphqlErrors;
    const report = {
      dataset: flags.size,
      nodes: counts,
      duration_s: flags.duration,
      connections: flags.connections,
      workers: flags.workers,
      out: flags.out,
      loadAverageAfter: os.loadavg().map((x) => Math.round(x * 100) / 100),
      requests: r.requests.total,
      throughput_rps: Math.round(r.requests.average),
      latency_ms: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max },
      by_operation: main.byOperation,
      errors: { total: errors, socket: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, graphql: main.graphqlErrors, graphqlCodes: main.codes },
      writes: { acknowledged: mix.acknowledged.length, missing_afterwards: missing },
      rss_mb: {
        afterWarmup: rssAfterWarmup,
        peakDuringRun: main.peakRss,
        afterRun: rssAfterRun,
        afterTenIdleSeconds: rssAfterIdle,
        growthPct,
        firstThird,
        lastThird,
        thirdsGrowthPct,
      },
      rss_timeline: main.timeline,
      startedAt: new Date().toISOString(),
    };
    const withinBudget = lastThird <= firstThird * 1.2;
    const ok = withinBudget && errors === 0 && missing === 0;
    writeReport(report, withinBudget, ok);
    process.exitCode = ok ? 0 : 1;
  } finally {
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api!.once('exit', resolve));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 35_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
    }
    await graph?.close();
    if (!flags.keep) fs.rmSync(copy, { recursive: true, force: true });
  }
}

/** Generates the data set when it is missing (as `npm run bench` would). */
async function ensureDataSet(size: string): Promise<void> {
  const home = benchHome(size);
  if (fs.existsSync(home)) return;
  log(`no data set ${size} yet: generating it into ${path.relative(projectRoot, home)}`);
  const { counts, seed } = parseGenerateArgs(['--size', size]);
  const { graph } = await generateBulk({ counts, seed, home, logger: quietLogger('generate') });
  await graph.close();
}

async function readPools(graph: BenchGraph): Promise<Pools> {
  const ids = async (cypher: string) => (await graph.db.readRows(cypher)).map((row) => row.id as string);
  const people = (await graph.db.readRows('MATCH (p:Person) WHERE p.id STARTS WITH "gen-" RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 2000')).map((row) => ({
    id: row.id as string,
    name: row.name as string,
  }));
  return {
    decisions: await ids('MATCH (d:Decision) WHERE d.retractedAt IS NULL RETURN d.id AS id ORDER BY d.id LIMIT 2000'),
    people,
    organizations: await ids('MATCH (o:Organization) RETURN o.id AS id ORDER BY COUNT { (o)--() } DESC, o.id LIMIT 200'),
    sources: await ids('MATCH (s:Source) RETURN s.id AS id ORDER BY s.id LIMIT 500'),
  };
}

type Operation = { name: string; body: (m: Mix) => unknown; write?: boolean };

/** The contract's queries (the benchmark's, and the example operations' shapes) and two writes, one in ten. */
const OPERATIONS: Operation[] = [
  {
    name: 'decision with participants, lobbying, evidence',
    body: (m) => ({
      query: `query Decision($id: ID!) { decision(id: $id) { id title status question decidedBy { id name }
        participants { edges { node { id role actor { id name } } } }
        lobbyingAbout { edges { node { id method stance date lobbyists { id name } targets { id name } evidence { quote attribution source { id title } } } } }
        evidence { quote attribution locator source { id title url } } } }`,
      variables: { id: m.pick(m.pools.decisions) },
    }),
  },
  {
    name: 'person: roles as of a date, statements',
    body: (m) => ({
      query: `query PersonRolesStatements($id: ID!, $asOf: Date!) { person(id: $id) { id name
        roles(asOf: $asOf) { edges { node { id title kind validFrom validTo organization { id name } } } }
        statements(first: 20) { edges { node { id text saidAt } } pageInfo { hasNextPage endCursor } } } }`,
      variables: { id: m.pick(m.pools.people).id, asOf: '2015-06-01' },
    }),
  },
  {
    name: 'lobbying efforts by target (page)',
    body: (m) => ({
      query: `query LobbyingByTarget($t: ID!) { lobbyingEfforts(targetId: $t, first: 20) { totalCount
        edges { cursor node { id method stance date lobbyists { id name } regarding { id title } evidence { quote source { title } } } }
        pageInfo { hasNextPage endCursor } } }`,
      variables: { t: m.rand() < 0.2 ? SUPERNODE_ID : m.pick(m.pools.organizations) },
    }),
  },
  {
    name: 'organization: roles as of a date',
    body: (m) => ({
      query: `query OrganizationRoles($id: ID!) { organization(id: $id) { name aliases platforms { edges { node { name } } } units { edges { node { name kind } } }
        roles(asOf: "2016-01-01") { edges { node { title kind holder { name } validFrom } } } } }`,
      variables: { id: m.pick(m.pools.organizations) },
    }),
  },
  {
    name: 'search',
    body: (m) => ({
      query: `query Search($text: String!) { search(text: $text, first: 10) { edges { node { score matched node { id ... on Person { name } ... on Organization { name } } } } } }`,
      variables: { text: m.pick(m.pools.people).name.split(' ').slice(-1)[0].toLowerCase() },
    }),
  },
  {
    name: 'path between two people',
    body: (m) => ({
      query: `query Paths($a: ID!, $b: ID!) { paths(fromId: $a, toId: $b, maxHops: 4, first: 5) { edges { node { length nodes { id } edges { type from to label } } } } }`,
      variables: m.twoPeople(),
    }),
  },
  {
    name: 'neighbourhood',
    body: (m) => ({
      query: `query Neighbourhood($id: ID!) { neighborhood(id: $id, depth: 1, limit: 100) { nodes { id } edges { type from to label } } }`,
      variables: { id: m.pick(m.pools.people).id },
    }),
  },
  {
    name: 'timeline',
    body: (m) => ({
      query: `query Timeline($id: ID!) { timeline(entityId: $id, first: 50) { edges { node { date precision kind summary node { id __typename } } } } }`,
      variables: { id: m.pick(m.pools.people).id },
    }),
  },
  {
    name: "supernode's statements (page)",
    body: () => ({
      query: `query SupernodeStatements($id: ID!) { organization(id: $id) { id name statements(first: 20) { edges { node { id text saidAt } } pageInfo { hasNextPage endCursor } } } }`,
      variables: { id: SUPERNODE_ID },
    }),
  },
  {
    name: 'write: createPerson',
    write: true,
    body: (m) => {
      const id = m.freshId('person');
      return { query: 'mutation CreatePerson($i: CreatePersonInput!) { createPerson(input: $i) { person { id } } }', variables: { i: { id, name: `Load Person ${id}` } } };
    },
  },
  {
    name: 'write: addStatement',
    write: true,
    body: (m) => {
      const id = m.freshId('statement');
      const speaker = m.pick(m.pools.people).id;
      const sourceId = m.pick(m.pools.sources);
      return {
        query: 'mutation AddStatement($i: AddStatementInput!) { addStatement(input: $i) { statement { id } } }',
        variables: { i: { id, speakerIds: [speaker], text: `Load statement ${id}.`, language: 'en', evidence: [{ sourceId, quote: `Load ${id}` }] } },
      };
    },
  },
];

/** Chooses each request: nine reads in rotation, then a write, alternating the two kinds. */
class Mix {
  /** Seeded, so that two runs send the same sequence of requests. */
  readonly rand = rng(20261125);
  acknowledged: string[] = [];
  private counter = 0;
  private ids = 0;

  constructor(
    readonly pools: Pools,
    private readonly key: string,
  ) {}

  pick<T>(list: T[]): T {
    return list[Math.floor(this.rand() * list.length)];
  }

  /** Two different people (a path from a node to itself is refused as bad input). */
  twoPeople(): { a: string; b: string } {
    const a = this.pick(this.pools.people).id;
    let b = this.pick(this.pools.people).id;
    while (b === a) b = this.pick(this.pools.people).id;
    return { a, b };
  }

  freshId(kind: string): string {
    return `load-${kind}-${process.pid}-${(this.ids += 1)}`;
  }

  reset(): void {
    this.acknowledged = [];
  }

  next(): { operation: Operation; body: string; headers: Record<string, string> } {
    const reads = OPERATIONS.filter((o) => !o.write);
    const writes = OPERATIONS.filter((o) => o.write);
    const i = this.counter++;
    const operation = i % 10 === 9 ? writes[Math.floor(i / 10) % writes.length] : reads[i % reads.length];
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (operation.write) headers.authorization = `Bearer ${this.key}`;
    return { operation, body: JSON.stringify(operation.body(this)), headers };
  }
}

interface RunOutcome {
  result: autocannon.Result;
  graphqlErrors: number;
  codes: Record<string, number>;
  peakRss: number;
  /** The API's resident memory (MB) every five seconds of the run, from its start. */
  timeline: Array<{ s: number; mb: number }>;
  byOperation: Record<string, { requests: number; errors: number; p50_ms?: number; p99_ms?: number }>;
}

async function run(port: number, mix: Mix, connections: number, duration: number, label: string, sample?: () => number): Promise<RunOutcome> {
  const outcome: RunOutcome = { result: undefined as unknown as autocannon.Result, graphqlErrors: 0, codes: {}, peakRss: 0, timeline: [], byOperation: {} };
  const began = Date.now();
  let ticks = 0;
  const timer = sample
    ? setInterval(() => {
        const mb = sample();
        outcome.peakRss = Math.max(outcome.peakRss, mb);
        ticks += 1;
        if (ticks % 5 === 0) outcome.timeline.push({ s: Math.round((Date.now() - began) / 1000), mb });
      }, 1_000)
    : undefined;
  let done = 0;
  // Per operation, from the request's setup to its answer, as the client sees it.
  const times: Record<string, number[]> = {};
  const progress = setInterval(() => log(`${label}: ${done} answers so far`), 10_000);
  try {
    const instance = autocannon({
      url: `http://127.0.0.1:${port}/graphql`,
      connections,
      duration,
      requests: [
        {
          method: 'POST',
          setupRequest: (request, context) => {
            const { operation, body, headers } = mix.next();
            // The connection's context carries the operation of its request in flight, to attribute the answer.
            Object.assign(context, { operation, sentAt: performance.now() });
            return { ...request, body, headers };
          },
          onResponse: (status, body, context) => {
            done += 1;
            const { operation, sentAt } = context as { operation?: Operation; sentAt?: number };
            const name = operation?.name ?? 'unknown';
            const stats = (outcome.byOperation[name] ??= { requests: 0, errors: 0 });
            stats.requests += 1;
            if (sentAt !== undefined) (times[name] ??= []).push(performance.now() - sentAt);
            if (status !== 200 || body.includes('"errors"')) {
              stats.errors += 1;
              if (status === 200) outcome.graphqlErrors += 1;
              const code = /"code":"(\w+)"/.exec(body)?.[1] ?? `HTTP ${status}`;
              outcome.codes[code] = (outcome.codes[code] ?? 0) + 1;
            } else if (operation?.write) {
              const id = /"id":"([^"]+)"/.exec(body)?.[1];
              if (id) mix.acknowledged.push(id);
            }
          },
        },
      ],
    });
    outcome.result = await instance;
    for (const [name, list] of Object.entries(times)) {
      list.sort((a, b) => a - b);
      const at = (p: number) => Math.round(list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)]);
      Object.assign(outcome.byOperation[name], { p50_ms: at(50), p99_ms: at(99) });
    }
    return outcome;
  } finally {
    clearInterval(timer);
    clearInterval(progress);
  }
}

/**
 * Sends each operation once, one at a time, before the load: a fresh Neo4j plans each statement on first use, which
 * takes seconds on a cold JVM, and a deployed API would have met its queries before a peak.
 */
async function primeOnce(port: number, mix: Mix): Promise<void> {
  const started = Date.now();
  for (let i = 0; i < OPERATIONS.length * 2; i += 1) {
    const { body, headers } = mix.next();
    await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers, body }).then((r) => r.text());
  }
  mix.reset();
  log(`sent each operation twice, one at a time, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Acknowledged writes not found in the graph afterwards (should be 0). */
async function missingWrites(graph: BenchGraph, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  // Writes create people (Entity) and statements (Claim): each id is an index seek.
  const rows = await graph.db.readRows(
    `UNWIND $ids AS id
     WITH id WHERE NOT EXISTS { MATCH (:Entity {id: id}) } AND NOT EXISTS { MATCH (:Claim {id: id}) }
     RETURN count(id) AS missing`,
    { ids },
  );
  return rows[0].missing as number;
}

function writeReport(report: Record<string, unknown> & { rss_mb: Record<string, number>; errors: Record<string, unknown> }, withinBudget: boolean, ok: boolean): void {
  const dir = path.join(projectRoot, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stem = report.out as string;
  fs.writeFileSync(path.join(dir, `${stem}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const byOperation = report.by_operation as Record<string, { requests: number; errors: number; p50_ms?: number; p99_ms?: number }>;
  const latency = report.latency_ms as Record<string, number>;
  const rss = report.rss_mb;
  const lines = [
    `## Load test: data set ${report.dataset as string} (${report.nodes as number} nodes), ${report.connections as number} connections, ${report.duration_s as number} s, ${report.workers as number} API worker(s)`,
    '',
    `Load average at the end (2 cores): ${(report.loadAverageAfter as number[]).join(', ')}.`,
    '',
    `| throughput | p50 | p90 | p99 | max | errors | writes acknowledged | acknowledged writes missing |`,
    `|---:|---:|---:|---:|---:|---:|---:|---:|`,
    `| ${report.throughput_rps as number} req/s | ${latency.p50} ms | ${latency.p90} ms | ${latency.p99} ms | ${latency.max} ms | ${report.errors.total as number} | ${(report.writes as { acknowledged: number }).acknowledged} | ${(report.writes as { missing_afterwards: number }).missing_afterwards} |`,
    '',
    `API resident memory: ${rss.afterWarmup} MB after the warm-up, ${rss.peakDuringRun} MB at the peak, ${rss.afterRun} MB after the run (${rss.growthPct > 0 ? '+' : ''}${rss.growthPct}% on the warm-up), ${rss.afterTenIdleSeconds} MB after ten idle seconds.`,
    `Median over the run's first third ${rss.firstThird} MB, over its last third ${rss.lastThird} MB: ${rss.thirdsGrowthPct > 0 ? '+' : ''}${rss.thirdsGrowthPct}%, ${withinBudget ? 'within' : 'OVER'} the 20% budget.`,
    `Every minute of the run: ${((report.rss_timeline as Array<{ s: number; mb: number }>) ?? [])
      .filter((p) => p.s % 60 < 5)
      .map((p) => `${Math.round(p.s / 60)} min ${p.mb} MB`)
      .join(', ')}.`,
    '',
    '| operation | requests | errors | p50 | p99 |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(byOperation)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, s]) => `| ${name} | ${s.requests} | ${s.errors} | ${s.p50_ms ?? ''} ms | ${s.p99_ms ?? ''} ms |`),
    '',
    `Error codes: ${JSON.stringify(report.errors.graphqlCodes)}; socket errors ${report.errors.socket as number}, timeouts ${report.errors.timeouts as number}, non-2xx ${report.errors.non2xx as number}.`,
    '',
    `Result: ${ok ? 'PASS' : 'FAIL'}.`,
  ];
  const md = `${lines.join('\n')}\n`;
  fs.writeFileSync(path.join(dir, `${stem}.md`), md);
  process.stdout.write(`\n${md}\nWritten to bench/results/${stem}.json and ${stem}.md\n`);
}

/** The median of `values`, or undefined when there are none. */
function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The resident set of a process in MB, from /proc (Linux) or ps. */
/** Resident memory of the API in MB: the process and its children (the workers, with API_WORKERS > 1). */
function rssMb(pid: number): number {
  let children: number[] = [];
  try {
    children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    children = [];
  }
  return ownRssMb(pid) + children.reduce((sum, child) => sum + ownRssMb(child), 0);
}

function ownRssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
  } catch {
    return Math.round(
      Number(
        execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
          .toString()
          .trim(),
      ) / 1024,
    );
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

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
