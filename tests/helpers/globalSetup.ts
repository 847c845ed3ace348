import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { defaultImportPaths, importPaths } from '../../src/import';
import { EmbeddedNeo4j } from '../../src/neo4j-embedded';
import { LOCK_ENV, acquire, markSetupFailed } from './sharedDatabaseLock';

const root = path.resolve(__dirname, '..', '..');

/**
 * Starts one real Neo4j for the whole integration run (or uses NEO4J_URI when set), empties it when it is the
 * tests' own embedded instance, and loads the schema, the article's seed and the later articles, as `npm start` would.
 * It returns once Neo4j is up; the emptying and the seed go on beside the first suites (below).
 */
export default async function globalSetup(): Promise<void> {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });
  const started = Date.now();
  // The run's shared-database lock (tests/helpers/sharedDatabaseEnvironment.ts), new for every run; the workers inherit it.
  const lock = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'influence-graph-tests-')), 'shared-database.queue');
  process.env[LOCK_ENV] = lock;
  let uri = process.env.NEO4J_URI;
  let ownInstance = false;
  if (!uri) {
    const config = loadConfig({ ...process.env, NEO4J_EMBEDDED_HOME: '.neo4j/test', NEO4J_EMBEDDED_RESTART: 'false' });
    const confFile = path.join(root, 'tests', 'helpers', 'testNeo4j.conf');
    const embedded = new EmbeddedNeo4j({ projectRoot: root, importDir: config.importDir, ...config.embedded, heapMb: 1024, confFile }, logger);
    uri = await embedded.start();
    (globalThis as { __EMBEDDED_NEO4J__?: EmbeddedNeo4j }).__EMBEDDED_NEO4J__ = embedded;
    process.env.NEO4J_URI = uri;
    process.env.TEST_EMBEDDED_NEO4J_PID = String(embedded.pid);
    ownInstance = true;
  }
  const config = loadConfig(process.env);
  const db = new Database({ ...config.neo4j, uri }, logger);
  // The shared database is emptied and seeded while the suites that need none of it start (the unit tests, `@neo4j
  // own`): the setup holds the lock's first ticket until the seed is in, so a suite on the shared database waits for the
  // seed as it waits for its turn. A failure is recorded for those suites to report (`acquire` throws it).
  const release = await acquire(lock);
  const wipeFirst = ownInstance || process.env.TEST_WIPE_DATABASE === 'true';
  const seeding = (async () => {
    try {
      await db.waitUntilReady(60_000);
      if (wipeFirst) await wipe(db);
      await importPaths(db, defaultImportPaths(root), { logger });
      logger.info({ ms: Date.now() - started, uri }, 'integration Neo4j ready');
    } catch (error) {
      markSetupFailed(lock, `The global setup could not prepare the shared Neo4j at ${uri}: ${(error as Error).stack ?? String(error)}`);
    } finally {
      await db.close().catch(() => undefined);
      release();
    }
  })();
  (globalThis as { __SEEDING__?: Promise<void> }).__SEEDING__ = seeding;
}

async function wipe(db: Database): Promise<void> {
  await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}
