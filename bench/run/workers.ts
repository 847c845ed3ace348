/**
 * `npm run build:tools && node dist/bench/run/workers.js [S|M|L] [--duration s] [--workers 1,2]`: throughput at
 * concurrency 32 of our API as `npm start` runs it (dist/src/index.js) with API_WORKERS=1 and =2 against one bench
 * Neo4j, next to the raw Cypher behind a bare node:http server (one process). The resident memory of the API's
 * processes (primary and workers) is sampled every second. Writes bench/results/workers-<size>.{json,md}.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../../src/config';
import { benchHome, quietLogger, startBenchGraph, withCleanup, writeResults, runTool } from '../common';
import { ChildServer, discoverParams } from './cli';
import { httpThroughput, postGraphql } from './measure';
import { QUERIES } from './queries';

const WORDS = ['decision with', 'person with', 'search', 'supernode'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resident memory (MB) of a process and its children. */
function treeRssMb(pid: number): number {
  try {
    const out = execFileSync('ps', ['-o', 'pid=,ppid=,rss=', '-A'], { encoding: 'utf8' });
    const rows = out
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number));
    const tree = new Set([pid]);
    for (let changed = true; changed;) {
      changed = false;
      for (const [p, pp] of rows) {
        if (tree.has(pp) && !tree.has(p)) {
          tree.add(p);
          changed = true;
        }
      }
    }
    return Math.round(rows.filter(([p]) => tree.has(p)).reduce((n, [, , rss]) => n + rss, 0) / 1024);
  } catch {
    return NaN;
  }
}

async function startApi(workers: number, uri: string): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'index.js')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      NEO4J_URI: uri,
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: '',
      API_WORKERS: String(workers),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_ON_START: 'false',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    // Every worker must be up: a few health answers in a row from a fresh connection each.
    if (ok && workers === 1) break;
    if (ok) {
      await new Promise((r) => setTimeout(r, 5_000));
      break;
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the API did not start');
    await new Promise((r) => setTimeout(r, 500));
  }
  return { child, port };
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const size = (args.find((a) => !a.startsWith('--') && !/^[\d,]+$/.test(a)) ?? 'S').toUpperCase();
  const duration = Number(opt('--duration', '10'));
  const counts = opt('--workers', '1,2').split(',').map(Number);
  const graph = await startBenchGraph(benchHome(size), quietLogger('workers'));
  const driver = neo4j.driver(graph.uri, undefined, { disableLosslessIntegers: true });
  const env = { NEO4J_URI: graph.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', LOG_LEVEL: 'warn', SEED_ON_START: 'false', NODE_ENV: 'production' };
  const children: ChildServer[] = [];
  await withCleanup(
    async () => {
      const params = await discoverParams(driver);
      const rawHttp = await ChildServer.start('raw over HTTP', path.join(__dirname, 'rawHttpServer.ts'), env);
      children.push(rawHttp);
      const queries = QUERIES.filter((q) => WORDS.some((w) => q.name.includes(w)));
      const rows: Array<Record<string, unknown>> = [];
      const floor: Record<string, number> = {};
      for (const q of queries) {
        const body = JSON.stringify(q.raw(params));
        for (let i = 0; i < 30; i += 1) await postGraphql(rawHttp.port, body);
        floor[q.name] = (await httpThroughput(rawHttp.port, body, 32, duration)).rps;
        process.stdout.write(`raw over HTTP  ${q.name}: ${floor[q.name]} req/s\n`);
      }
      for (const workers of counts) {
        const api = await startApi(workers, graph.uri);
        const samples: number[] = [];
        const sampler = setInterval(() => samples.push(treeRssMb(api.child.pid!)), 1_000);
        try {
          for (const q of queries) {
            const body = JSON.stringify(q.ours(params));
            for (let i = 0; i < 60; i += 1) await postGraphql(api.port, body);
            const { rps, errors } = await httpThroughput(api.port, body, 32, duration);
            rows.push({ query: q.name, workers, rps, errors, floorRps: floor[q.name] });
            process.stdout.write(`ours, ${workers} worker(s)  ${q.name}: ${rps} req/s${errors ? ` (${errors} errors)` : ''}\n`);
          }
        } finally {
          clearInterval(sampler);
          const exited = new Promise((r) => api.child.once('exit', r));
          api.child.kill('SIGTERM');
          await exited;
        }
        const valid = samples.filter((x) => !Number.isNaN(x));
        rows.push({ workers, memory: { startMb: valid[0], peakMb: Math.max(...valid), endMb: valid[valid.length - 1], samples: valid.length } });
      }
      const load = os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(', ');
      const md = [
        `## Our API as one and as two workers: data set ${size}, requests per second at concurrency 32 (${duration} s per query and setting)`,
        '',
        `Load average at the end: ${load} (${os.cpus().length} cores; Neo4j, the servers and autocannon share them).`,
        '',
        `| query | raw over HTTP (one process) | ${counts.map((c) => `ours, ${c} worker${c > 1 ? 's' : ''}`).join(' | ')} | ${counts.map((c) => `ours ${c} / raw over HTTP`).join(' | ')} |`,
        `|---|---:|${counts.map(() => '---:').join('|')}|${counts.map(() => '---:').join('|')}|`,
        ...queries.map((q) => {
          const r = counts.map((c) => rows.find((x) => x.query === q.name && x.workers === c)?.rps as number);
          return `| ${q.name} | ${floor[q.name]} | ${r.join(' | ')} | ${r.map((x) => (x / floor[q.name]).toFixed(2)).join(' | ')} |`;
        }),
        '',
        ...counts.map((c) => {
          const m = rows.find((x) => x.workers === c && x.memory)?.memory as { startMb: number; peakMb: number; endMb: number; samples: number };
          return `Memory of the API's processes, ${c} worker${c > 1 ? 's' : ''}: ${m.startMb} MB at the start of the runs, ${m.peakMb} MB peak, ${m.endMb} MB at the end (${m.samples} samples, one a second).`;
        }),
        '',
      ].join('\n');
      writeResults(`workers-${size}`, { dataset: size, duration, load, rows }, md);
    },
    async () => {
      for (const child of children) await child.stop().catch(() => undefined);
      await driver.close().catch(() => undefined);
      await graph.close();
    },
  );
}

runTool(main);
