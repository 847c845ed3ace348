/**
 * `npm run build:tools && node dist/bench/run/asKnownAtBeforeAfter.js --before <checkout> [--size M] [--rounds 200]
 * [--warmup 30] [--only words]`: the benchmark's current-time queries (no `asKnownAt`) against two builds of the API
 * on one Neo4j and one data set, in alternation: the build in `--before` (a checkout of an earlier commit, built with
 * `npm ci && npm run build:tools`) and this checkout. Both servers are the bench's own child process
 * (`bench/run/oursServer`, compiled, as `npm start` runs), each on its own port, against the same embedded Neo4j on
 * `.neo4j/bench-<size>`. Each round sends a query to one server and then to the other, the order swapped every round,
 * so that both see the same machine load; p50, p95 and p99 per query and server, the ratio after / before, whether
 * the two answers hold the same ids, and the load average before and after. Writes
 * `bench/results/asknownat-before-after.{json,md}` (or `--out <name>`).
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../../src/config';
import { benchHome, quietLogger, startBenchGraph, withCleanup } from '../common';
import { ChildServer, discoverParams } from './cli';
import { idsIn, percentile, postGraphql } from './measure';
import { QUERIES, type BenchParams, type GraphqlCall } from './queries';

interface Options {
  before: string;
  size: string;
  rounds: number;
  warmup: number;
  only: string[] | null;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { before: '', size: 'M', rounds: 200, warmup: 30, only: null, out: 'asknownat-before-after' };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const next = () => argv[++i] ?? '';
    if (a === '--before') o.before = path.resolve(next());
    else if (a === '--size') o.size = next();
    else if (a === '--rounds') o.rounds = Number(next());
    else if (a === '--warmup') o.warmup = Number(next());
    else if (a === '--only')
      o.only = next()
        .split(',')
        .map((s) => s.trim().toLowerCase());
    else if (a === '--out') o.out = next();
    else throw new Error(`Unknown argument ${a}`);
  }
  if (!o.before) throw new Error('--before <checkout of the earlier commit, built with npm run build:tools> is required');
  return o;
}

const log = (text: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);
const round2 = (x: number) => Math.round(x * 100) / 100;
const load = () => os.loadavg().map(round2);
/** The commit a checkout is at (and whether its tree has changes), for the report. */
const commitOf = (checkout: string): string => {
  const head = execFileSync('git', ['-C', checkout, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['-C', checkout, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
  return dirty ? `${head} (with uncommitted changes)` : head;
};

/** One build of the API as a child process: its compiled `bench/run/oursServer`, run from its checkout. */
function startBuild(name: string, checkout: string, uri: string): Promise<ChildServer> {
  const file = path.join(checkout, 'dist', 'bench', 'run', 'oursServer.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm ci and npm run build:tools in ${checkout}`);
  return ChildServer.start(name, file, { NEO4J_URI: uri, LOG_LEVEL: 'warn' }, { cwd: checkout, startTimeoutMs: 180_000 });
}

type Page = { edges: Array<{ cursor: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } };

/** The cursor of the 50th page of a list on one server (each build gives out its own cursors), and the page reached. */
async function page50(port: number, call: GraphqlCall, variable: string): Promise<{ after?: string; page: number }> {
  let after: string | undefined;
  let page = 1;
  for (; page < 50; page += 1) {
    const res = await postGraphql(port, JSON.stringify({ ...call, variables: { ...call.variables, [variable]: after } }));
    const p = (res.data as { lobbyingEfforts: Page }).lobbyingEfforts;
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  return { after, page };
}

interface Row {
  query: string;
  before: { p50_ms: number; p95_ms: number; p99_ms: number; samples: number };
  after: { p50_ms: number; p95_ms: number; p99_ms: number; samples: number };
  ratio_p50: number;
  ids_agree: boolean;
}

const stats = (times: number[]) => {
  const s = [...times].sort((a, b) => a - b);
  return { p50_ms: round2(percentile(s, 50)), p95_ms: round2(percentile(s, 95)), p99_ms: round2(percentile(s, 99)), samples: s.length };
};

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const logger = quietLogger('before-after');
  const startedAt = new Date().toISOString();
  const loadAtStart = load();
  log(`load average ${loadAtStart.join(' ')} on ${os.cpus().length} cores; starting Neo4j on data set ${options.size}`);
  const graph = await startBenchGraph(benchHome(options.size), logger);
  const servers: ChildServer[] = [];
  await withCleanup(
    async () => {
      const driver = neo4j.driver(graph.uri);
      let params: BenchParams;
      try {
        params = await discoverParams(driver);
      } finally {
        await driver.close();
      }
      const before = await startBuild('before', options.before, graph.uri);
      servers.push(before);
      const after = await startBuild('after', projectRoot, graph.uri);
      servers.push(after);
      log(`servers up: before on ${before.port}, after on ${after.port}`);
      const queries = QUERIES.filter((q) => !options.only || options.only.some((w) => q.name.toLowerCase().includes(w)));
      // Page cursors are each build's own: walk the 50th pages on each server.
      const cursors: Record<string, Record<'before' | 'after', BenchParams>> = {};
      for (const q of queries.filter((x) => x.name.includes('50th page'))) {
        const first = queries.find((x) => x.name === q.name.replace('50th page', 'first page')) ?? QUERIES.find((x) => x.name === q.name.replace('50th page', 'first page'))!;
        const per = {} as Record<'before' | 'after', BenchParams>;
        for (const server of [before, after]) {
          const walked = await page50(server.port, first.ours(params), 'after');
          const desc = q.name.includes('newest first');
          per[server.name as 'before' | 'after'] = desc
            ? { ...params, page50Desc: { ours: walked.after }, page50DescNumber: walked.page }
            : { ...params, page50: { ours: walked.after }, page50Number: walked.page };
        }
        cursors[q.name] = per;
      }
      const rows: Row[] = [];
      for (const q of queries) {
        const bodyOf = (name: 'before' | 'after') => JSON.stringify(q.ours(cursors[q.name]?.[name] ?? params));
        const bodies = { before: bodyOf('before'), after: bodyOf('after') };
        const answers = { before: await postGraphql(before.port, bodies.before), after: await postGraphql(after.port, bodies.after) };
        const idsAgree = JSON.stringify(idsIn(answers.before.data)) === JSON.stringify(idsIn(answers.after.data));
        const times: Record<'before' | 'after', number[]> = { before: [], after: [] };
        const once = async (server: ChildServer) => {
          const name = server.name as 'before' | 'after';
          const t = process.hrtime.bigint();
          await postGraphql(server.port, bodies[name]);
          return Number(process.hrtime.bigint() - t) / 1e6;
        };
        for (let i = 0; i < options.warmup; i += 1) {
          await once(before);
          await once(after);
        }
        for (let i = 0; i < options.rounds; i += 1) {
          // The order swaps every round: neither build always runs right after the other.
          const order = i % 2 === 0 ? [before, after] : [after, before];
          for (const server of order) times[server.name as 'before' | 'after'].push(await once(server));
        }
        const row: Row = { query: q.name, before: stats(times.before), after: stats(times.after), ratio_p50: 0, ids_agree: idsAgree };
        row.ratio_p50 = round2(row.after.p50_ms / row.before.p50_ms);
        rows.push(row);
        log(`${q.name}: before ${row.before.p50_ms} ms, after ${row.after.p50_ms} ms (x${row.ratio_p50})${idsAgree ? '' : ' — answers differ'} · load ${load()[0]}`);
      }
      const report = {
        startedAt,
        finishedAt: new Date().toISOString(),
        size: options.size,
        beforeCommit: commitOf(options.before),
        afterCommit: commitOf(projectRoot),
        rounds: options.rounds,
        warmup: options.warmup,
        cores: os.cpus().length,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: load(),
        rows,
      };
      const dir = path.join(projectRoot, 'bench', 'results');
      fs.writeFileSync(path.join(dir, `${options.out}.json`), `${JSON.stringify(report, null, 2)}\n`);
      fs.writeFileSync(path.join(dir, `${options.out}.md`), markdown(report));
      log(`wrote bench/results/${options.out}.{json,md}`);
    },
    async () => {
      for (const server of servers) await server.stop().catch(() => undefined);
      await graph.close();
    },
  );
}

function markdown(r: {
  startedAt: string;
  finishedAt: string;
  size: string;
  beforeCommit: string;
  afterCommit: string;
  rounds: number;
  warmup: number;
  cores: number;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  rows: Row[];
}): string {
  const lines = [
    `# Current-time queries before and after record time and asKnownAt (data set ${r.size})`,
    '',
    `Before: ${r.beforeCommit}; after: ${r.afterCommit}. p50, p95 and p99 in ms at concurrency 1 over HTTP; ${r.rounds} requests per build after ${r.warmup} warm-up requests each, the two builds in alternation (the order swapped every round) against one Neo4j. ` +
      `Run from ${r.startedAt} to ${r.finishedAt} on ${r.cores} cores; load average (1, 5, 15 min) ${r.loadAverageAtStart.join(', ')} at the start and ${r.loadAverageAtEnd.join(', ')} at the end.`,
    '',
    '| query | before p50 | after p50 | after / before | before p95 | after p95 | same ids |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...r.rows.map(
      (x) =>
        `| ${x.query} | ${x.before.p50_ms} | ${x.after.p50_ms} | ${x.ratio_p50.toFixed(2)}${x.ratio_p50 > 1.1 ? ' ❌' : ' ✅'} | ${x.before.p95_ms} | ${x.after.p95_ms} | ${x.ids_agree ? 'yes' : 'no'} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
