import type { EmbeddedNeo4j } from '../../src/neo4j-embedded';

/** Stops the Neo4j that the global setup started, if it started one. */
export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __EMBEDDED_NEO4J__?: EmbeddedNeo4j }).__EMBEDDED_NEO4J__;
  await embedded?.stop();
}
