import type { Logger } from 'pino';
import { projectRoot, type Config } from './config';
import { Database } from './db';
import { EmbeddedNeo4j, findRunningInstance } from './neo4j-embedded';

/** A connected database, and the embedded instance this process started for it, if any. */
export interface OpenGraph {
  db: Database;
  embedded: EmbeddedNeo4j | undefined;
  /** Where the data lives, for messages: the URI, and whether the instance was started here. */
  describe: string;
  /** Closes the driver, then stops the embedded instance if this process started it. */
  close(): Promise<void>;
}

/** Raised when the configured Neo4j does not answer; the message names the URI and what to do. */
export class GraphUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphUnreachableError';
  }
}

/**
 * Connects to Neo4j as the configuration says: the server at NEO4J_URI; else the embedded instance that another
 * command of this project already runs on the same data folder; else a new embedded instance owned by this process.
 * Waits until the database answers, for a bounded time.
 */
export async function openGraph(config: Config, logger: Logger): Promise<OpenGraph> {
  const settings = { ...config.neo4j, uri: config.neo4j.uri ?? '' };
  let embedded: EmbeddedNeo4j | undefined;
  let describe: string;
  if (config.neo4j.mode === 'external') {
    describe = `Neo4j at ${settings.uri}`;
  } else {
    const running = await findRunningInstance(config.embedded.home);
    if (running) {
      settings.uri = running.uri;
      describe = `the embedded Neo4j already running at ${running.uri} (pid ${running.pid})`;
    } else {
      embedded = new EmbeddedNeo4j({ projectRoot, importDir: config.importDir, ...config.embedded }, logger);
      settings.uri = await embedded.start();
      describe = `the embedded Neo4j started at ${settings.uri}`;
    }
  }
  const db = new Database(settings, logger);
  try {
    await db.waitUntilReady(config.neo4j.startupWaitMs);
  } catch (error) {
    await db.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw new GraphUnreachableError(
      `Cannot reach ${describe} within ${config.neo4j.startupWaitMs} ms (${(error as Error).message}). ` +
        'Check that Neo4j runs and NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are right, or unset NEO4J_URI to use the embedded Neo4j.',
    );
  }
  logger.info({ uri: settings.uri }, `connected to ${describe}`);
  return {
    db,
    embedded,
    describe,
    async close() {
      await db.close().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
