import fs from 'node:fs';
import path from 'node:path';
import type { EmbeddedNeo4j } from '../../src/neo4j-embedded';
import { LOCK_ENV } from './sharedDatabaseLock';

/** Stops the Neo4j that the global setup started, if it started one, and removes the run's lock folder. */
export default async function globalTeardown(): Promise<void> {
  // The seed, if it is still going (a run of unit tests only, say), ends before its Neo4j stops.
  await (globalThis as { __SEEDING__?: Promise<void> }).__SEEDING__;
  const embedded = (globalThis as { __EMBEDDED_NEO4J__?: EmbeddedNeo4j }).__EMBEDDED_NEO4J__;
  await embedded?.stop();
  const lock = process.env[LOCK_ENV];
  if (lock) fs.rmSync(path.dirname(lock), { recursive: true, force: true });
}
