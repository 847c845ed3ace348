import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import { loadConfig, projectRoot } from '../src/config';
import { Database } from '../src/db';
import { importPaths } from '../src/import';
import { EmbeddedNeo4j } from '../src/neo4j-embedded';

export type Size = 'S' | 'M' | 'L' | 'XL';
export const SIZES: Size[] = ['S', 'M', 'L', 'XL'];

/** The data folder of one generated data set: ours alone (git-ignored under .neo4j/). */
export function benchHome(size: string): string {
  return path.join(projectRoot, '.neo4j', `bench-${size}`);
}

export function quietLogger(name: string, level = process.env.BENCH_LOG_LEVEL ?? 'warn'): Logger {
  return pino({ name, level }, pino.destination({ dest: 2, sync: true }));
}

/** A running bench Neo4j and a connected Database. */
export interface BenchGraph {
  embedded: EmbeddedNeo4j;
  db: Database;
  uri: string;
  close(): Promise<void>;
}

/** Starts an embedded Neo4j on `home` (by default heap 4 GB, page cache 2 GB) and connects. */
export async function startBenchGraph(home: string, logger: Logger, memory: { heapMb: number; pagecacheMb: number } = { heapMb: 4096, pagecacheMb: 2048 }): Promise<BenchGraph> {
  const config = loadConfig({ ...process.env, NEO4J_URI: undefined });
  fs.mkdirSync(home, { recursive: true });
  const embedded = new EmbeddedNeo4j({ projectRoot, importDir: config.importDir, home, port: 0, ...memory, startTimeoutMs: 300_000, restartOnCrash: false }, logger);
  const uri = await embedded.start();
  const db = new Database({ ...config.neo4j, uri, queryTimeoutMs: 600_000, maxRetryMs: 5_000, maxPoolSize: 200 }, logger);
  try {
    await db.waitUntilReady(60_000);
  } catch (error) {
    await db.close().catch(() => undefined);
    await embedded.stop().catch(() => undefined);
    throw error;
  }
  return {
    embedded,
    db,
    uri,
    async close() {
      await db.close().catch(() => undefined);
      await embedded.stop().catch(() => undefined);
    },
  };
}

/**
 * Applies cypher/schema (constraints, indexes, full-text) through the import runner, which then refreshes derived data
 * over the whole graph unless `derive` is false (a writer that derived its own).
 */
export async function applySchema(db: Database, logger: Logger, derive = true): Promise<void> {
  await importPaths(db, [path.join(projectRoot, 'cypher', 'schema')], { logger, refreshKeys: derive ? 'always' : 'never' });
  await db.autoCommit('CALL db.awaitIndexes(600)');
}

/** Runs `fn`, then `cleanup`, also on failure and on Ctrl-C / SIGTERM. */
export async function withCleanup<T>(fn: () => Promise<T>, cleanup: () => Promise<void>): Promise<T> {
  let done = false;
  const once = async () => {
    if (done) return;
    done = true;
    await cleanup();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\n${signal}: stopping what the bench started…\n`);
    void once().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn();
  } finally {
    await once();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** Writes a tool's results as bench/results/<stem>.json and <stem>.md, and prints the table and where it went. */
/** The load average now, for a results table: "Load average at the end: 1.2, 0.9, 0.8 (2 cores)." */
export function loadAverageLine(): string {
  return `Load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (${os.cpus().length} cores).`;
}

export function writeResults(stem: string, data: unknown, markdown: string): void {
  const dir = path.join(projectRoot, 'bench', 'results');
  fs.writeFileSync(path.join(dir, `${stem}.json`), JSON.stringify(data, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, `${stem}.md`), markdown);
  process.stdout.write(`\n${markdown}\nWrote bench/results/${stem}.{json,md}\n`);
}

/**
 * A tool's arguments `[S|M|L|XL] [--<flag> N]`: the data set (upper case; `size` when none is given) and the number
 * after `--<flag>` (`value` when absent).
 */
export function sizeAndNumber(argv: readonly string[], flag: string, defaults: { size: string; value: number }): { size: string; value: number } {
  const at = argv.indexOf(`--${flag}`);
  const size = argv.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1)) ?? defaults.size;
  return { size: size.toUpperCase(), value: at >= 0 ? Number(argv[at + 1]) : defaults.value };
}

/** Runs a tool's `main` and exits: 0 when it resolves, 1 with the error's stack when it rejects. */
export function runTool(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(0),
    (e: Error) => {
      console.error(e.stack ?? e.message);
      process.exit(1);
    },
  );
}
