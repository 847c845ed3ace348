import 'reflect-metadata';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { EmbeddedNeo4j } from '../../src/neo4j-embedded';

/**
 * Starts the embedded Neo4j on a data folder of its own and keeps it up until Ctrl-C (SIGINT) or SIGTERM, so that the
 * integration suite can run several times against one database (see tests/README.md):
 *
 *   npx ts-node --transpile-only tests/helpers/neo4jForRuns.ts [home, default .neo4j/twice] [--fresh]
 *
 * Prints `NEO4J_URI=bolt://127.0.0.1:<port>` once the database answers. `--fresh` empties the database first (the
 * data folder survives between starts). The jest global setup loads the schema and the seed on each run, and does
 * not empty a database that NEO4J_URI names.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const home = args.find((a) => !a.startsWith('--')) ?? '.neo4j/twice';
  const root = path.resolve(__dirname, '..', '..');
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'warn' });
  const config = loadConfig({ ...process.env, NEO4J_URI: '', NEO4J_EMBEDDED_HOME: home, NEO4J_EMBEDDED_RESTART: 'false' });
  const embedded = new EmbeddedNeo4j({ projectRoot: root, importDir: config.importDir, ...config.embedded, heapMb: 1024 }, logger);
  const uri = await embedded.start();
  const db = new Database({ ...config.neo4j, uri }, logger);
  try {
    await db.waitUntilReady(60_000);
    if (args.includes('--fresh')) await db.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await db.close();
  }
  console.log(`NEO4J_URI=${uri}`);
  console.error(`Neo4j (data in ${home}) is up; Ctrl-C or SIGTERM stops it.`);
  const stop = () => {
    embedded.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
