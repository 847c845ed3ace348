/**
 * `npx ts-node --transpile-only bench/run/claimWrites.ts [S|M|L|XL] [--count N]`: how long the mutations that change
 * a claim after the fact take on a generated data set, over HTTP through our API (as `npm start` serves it, in this
 * process): `addLobbyingEffort`, `correctClaim`, `retractClaim` and `purgeClaim`, on N new efforts (default 10) aimed
 * at the supernode, so that the data set is left as it was (but the audit entries and the key). Writes
 * bench/results/claim-writes-<size>.{json,md}.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { ApiKeyRepository, generateKey } from '../../src/auth';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { createServer } from '../../src/server';
import { benchHome, loadAverageLine, quietLogger, runTool, sizeAndNumber, startBenchGraph, withCleanup, writeResults } from '../common';
import { SUPERNODE_ID } from '../generate/rows';
import { percentile } from './measure';

const MUTATIONS = {
  add: `mutation($input: AddLobbyingEffortInput!) { addLobbyingEffort(input: $input) { lobbyingEffort { id } } }`,
  correct: `mutation($input: CorrectClaimInput!) { correctClaim(input: $input) { claim { id } } }`,
  retract: `mutation($input: RetractClaimInput!) { retractClaim(input: $input) { claim { id } } }`,
  purge: `mutation($input: PurgeClaimInput!) { purgeClaim(input: $input) { purgedId } }`,
};

async function main() {
  const { size, value: count } = sizeAndNumber(process.argv.slice(2), 'count', { size: 'L', value: 10 });
  const logger = quietLogger('claim-writes');
  const graph = await startBenchGraph(benchHome(size), logger);
  const times: Record<keyof typeof MUTATIONS, number[]> = { add: [], correct: [], retract: [], purge: [] };
  const started = new Date();
  await withCleanup(
    async () => {
      const config = loadConfig({ ...process.env, NEO4J_URI: graph.uri, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
      const db = new Database({ ...config.neo4j, uri: graph.uri, queryTimeoutMs: 600_000 }, logger);
      const server = await createServer({ config, db, logger });
      const port = await server.listen(0, '127.0.0.1');
      try {
        const made = generateKey();
        await new ApiKeyRepository(db).create(made.id, made.hash, 'ADMIN', 'bench/run/claimWrites.ts');
        const [{ lobbyist, source }] = await db.readRows(
          `MATCH (p:Person) WITH p ORDER BY p.id LIMIT 1 MATCH (s:Source) WITH p, s ORDER BY s.id LIMIT 1 RETURN p.id AS lobbyist, s.id AS source`,
        );
        const send = async (what: keyof typeof MUTATIONS, input: Record<string, unknown>) => {
          const t = performance.now();
          const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${made.key}` },
            body: JSON.stringify({ query: MUTATIONS[what], variables: { input } }),
          });
          const text = await res.text();
          if (!res.ok || text.includes('"errors"')) throw new Error(`${what}: ${text.slice(0, 400)}`);
          times[what].push(performance.now() - t);
          process.stdout.write(`${what.padEnd(8)} ${(performance.now() - t).toFixed(1)} ms\n`);
        };
        for (let i = 0; i < count; i += 1) {
          const id = `bench-claim-writes-${started.getTime()}-${i}`;
          await send('add', {
            id,
            lobbyistIds: [lobbyist],
            targetIds: [SUPERNODE_ID],
            method: 'MEETING',
            stance: 'SUPPORT',
            date: '2021-03-01',
            evidence: [{ sourceId: source, quote: 'a meeting' }],
          });
          await send('correct', { id, changes: { values: [{ name: 'stance', value: 'OPPOSE' }] }, reason: 'A later source.' });
          await send('retract', { id, reason: 'Withdrawn.' });
          await send('purge', { id, reason: 'A bench run.' });
        }
      } finally {
        await server.stop();
        await db.close();
      }
    },
    () => graph.close(),
  );
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const rows = Object.entries(times).map(([what, ms]) => ({
    mutation: what,
    p50: percentile(
      [...ms].sort((a, b) => a - b),
      50,
    ),
    max: Math.max(...ms),
    n: ms.length,
  }));
  const md = [
    `## Changing a claim after the fact: data set ${size}, ms per mutation over HTTP (${count} efforts aimed at the supernode)`,
    '',
    `Started ${started.toISOString()}, commit ${commit}. ${loadAverageLine()}`,
    '',
    '| mutation | p50 | max | n |',
    '|---|---:|---:|---:|',
    ...rows.map((r) => `| ${r.mutation} | ${r.p50.toFixed(1)} | ${r.max.toFixed(1)} | ${r.n} |`),
    '',
  ].join('\n');
  writeResults(`claim-writes-${size}`, { size, commit, started: started.toISOString(), count, rows }, md);
}

runTool(main);
