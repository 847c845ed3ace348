/**
 * `npm run build:tools && node dist/bench/run/cpuProfile.js [S|M|L] [words] [--requests N]`: where our API's CPU goes
 * for one query served over HTTP, as `npm start` serves it. The API runs in this process on a bench data set; the
 * query is sent N times (default 2,000) one after the other over HTTP, under the V8 profiler; the table groups the
 * samples' self time by package (node_modules) or by our source folder, and lists the hottest functions.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import { loadConfig } from '../../src/config';
import { createServer } from '../../src/server';
import { Database } from '../../src/db';
import { QUERIES } from './queries';
import { selectedQueries, toolArgs, withToolGraph } from './tool';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function groupOf(url: string): string {
  if (!url) return '(native/gc/idle)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node core';
  const m = /\/(src|bench)\/([^/]+)/.exec(url);
  return m ? `${m[1]}/${m[2]}` : url;
}

export function summarize(profile: Profile, top = 25): { groups: Array<[string, number]>; functions: Array<[string, number]>; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const groups = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    total += us;
    const g = groupOf(url);
    groups.set(g, (groups.get(g) ?? 0) + us);
    const f = `${functionName || '(anonymous)'} ${g}:${lineNumber + 1}`;
    functions.set(f, (functions.get(f) ?? 0) + us);
  }
  const sort = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / 1000] as [string, number]);
  return { groups: sort(groups).slice(0, top), functions: sort(functions).slice(0, top), totalMs: total / 1000 };
}

async function main() {
  const { size, words, requests } = toolArgs(process.argv.slice(2), { size: 'S', requests: 2000 });
  await withToolGraph('cpu-profile', size, async ({ graph, logger, params }) => {
    const config = loadConfig({ ...process.env, NEO4J_URI: graph.uri, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    const db = new Database({ ...config.neo4j, uri: graph.uri }, logger);
    const server = await createServer({ config, db, logger });
    const port = await server.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/graphql`;
    const session = new inspector.Session();
    session.connect();
    try {
      for (const q of selectedQueries(words)) {
        const body = JSON.stringify(q.ours(params));
        const send = async () => {
          const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
          const text = await res.text();
          if (!res.ok || text.includes('"errors"')) throw new Error(`${q.name}: ${text.slice(0, 300)}`);
        };
        for (let i = 0; i < 200; i++) await send();
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 100 });
        await session.post('Profiler.start');
        const started = performance.now();
        for (let i = 0; i < requests; i++) await send();
        const wall = performance.now() - started;
        const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
        if (process.env.CPU_PROFILE_OUT) fs.writeFileSync(`${process.env.CPU_PROFILE_OUT}-${QUERIES.indexOf(q)}.cpuprofile`, JSON.stringify(profile));
        const s = summarize(profile);
        console.log(`\n## ${q.name}: ${requests} requests, ${(wall / requests).toFixed(2)} ms each (wall), CPU in this process ${(s.totalMs / requests).toFixed(3)} ms each`);
        console.log('\n| group | ms per request | share |\n|---|---:|---:|');
        for (const [g, ms] of s.groups) console.log(`| ${g} | ${(ms / requests).toFixed(3)} | ${((100 * ms) / s.totalMs).toFixed(1)}% |`);
        console.log('\n| function | ms per request |\n|---|---:|');
        for (const [f, ms] of s.functions.slice(0, 15)) console.log(`| ${f} | ${(ms / requests).toFixed(3)} |`);
      }
    } finally {
      session.disconnect();
      await server.stop();
      await db.close();
    }
  });
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
