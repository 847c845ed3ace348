/**
 * Where an FtM import spends its time: imports a file (with NEO4J_URI) through a Database whose transactions time
 * every statement, and prints the time per kind of statement (its first words) and per phase.
 *
 *   NEO4J_URI=bolt://… npx ts-node --transpile-only bench/import/profileFtm.ts <file.ftm.json> [--batch n]
 */
import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { Database, type Tx } from '../../src/db';
import { importFtmFile } from '../../src/interchange/ftm/importFtm';
import { quietLogger } from '../common';

async function main(): Promise<void> {
  const [file, ...rest] = process.argv.slice(2);
  const batch = rest.includes('--batch') ? Number(rest[rest.indexOf('--batch') + 1]) : undefined;
  const logger = quietLogger('profile-ftm');
  const config = loadConfig(process.env);
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri ?? 'bolt://127.0.0.1:7687', queryTimeoutMs: 600_000 }, logger);
  const times = new Map<string, { ms: number; n: number }>();
  const key = (cypher: string) => cypher.replace(/\s+/g, ' ').trim().slice(0, 110);
  const timed =
    <T>(work: (tx: Tx) => Promise<T>) =>
    (tx: Tx) =>
      work({
        run: async (cypher, params) => {
          const t = process.hrtime.bigint();
          try {
            return await tx.run(cypher, params);
          } finally {
            const k = key(cypher);
            const s = times.get(k) ?? { ms: 0, n: 0 };
            s.ms += Number(process.hrtime.bigint() - t) / 1e6;
            s.n += 1;
            times.set(k, s);
          }
        },
      });
  let commitMs = 0;
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === 'write')
        return async <T>(work: (tx: Tx) => Promise<T>, options?: object) => {
          const t = Date.now();
          let inner = 0;
          const r = await target.write(async (tx) => {
            const s = Date.now();
            const out = await timed(work)(tx);
            inner += Date.now() - s;
            return out;
          }, options);
          commitMs += Date.now() - t - inner;
          return r;
        };
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  const started = Date.now();
  const result = await importFtmFile(proxy, file, {
    batchSize: batch,
    onProgress: (e) => e.kind === 'file-start' && process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)}s ${e.file}\n`),
  });
  const wall = Date.now() - started;
  const rows = [...times].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((s, [, v]) => s + v.ms, 0);
  console.log(JSON.stringify({ ...result, wallMs: wall, statementMs: Math.round(total), commitAndOtherMs: commitMs }, null, 1));
  for (const [k, v] of rows.slice(0, 30)) console.log(`${String(Math.round(v.ms)).padStart(8)} ms ${String(v.n).padStart(5)}x  ${k}`);
  await db.close();
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
