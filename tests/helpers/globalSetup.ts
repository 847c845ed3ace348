import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { defaultImportPaths, importPaths } from '../../src/import';
import { EmbeddedNeo4j } from '../../src/neo4j-embedded';
import { LOCK_ENV } from './sharedDatabaseLock';

const root = path.resolve(__dirname, '..', '..');

/**
 * Starts one real Neo4j for the whole integration run (or uses NEO4J_URI when set), empties it when it is the
 * tests' own embedded instance, and loads the schema, the article's seed and the later articles, as `npm start` would.
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
  try {
    await db.waitUntilReady(60_000);
    if (ownInstance || process.env.TEST_WIPE_DATABASE === 'true') await wipe(db);
    await importPaths(db, defaultImportPaths(root), { logger });
  } finally {
    await db.close();
  }
  logger.info({ ms: Date.now() - started, uri }, 'integration Neo4j ready');
}

async function wipe(db: Database): Promise<void> {
  await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}
