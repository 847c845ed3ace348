import pino from 'pino';
import { Database } from '../../src/db';
import { loadConfig } from '../../src/config';

const open: Database[] = [];

/** A Database on the Neo4j that the global setup started (or NEO4J_URI), for tests that talk Cypher directly. */
export function testDatabase(): Database {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is not set: integration tests run through the integration jest project.');
  const config = loadConfig({ ...process.env, NEO4J_URI: uri });
  const db = new Database({ ...config.neo4j, uri }, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  open.push(db);
  return db;
}

/** Closes every Database this module opened. */
export async function closeTestDatabases(): Promise<void> {
  await Promise.all(open.splice(0).map((db) => db.close()));
}
