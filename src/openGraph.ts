import type { Logger } from 'pino';
import { projectRoot, type Config } from './config';
import { Database } from './db';
import path from 'node:path';
import { EmbeddedNeo4j, findApiInstance, findRunningInstance, recordApiInstance, removeApiInstance } from './neo4j-embedded';

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

/** Who opens the graph: the API (which records the database it serves) or a command (which looks for it). */
export type GraphRole = 'api' | 'command';

/**
 * Connects to Neo4j as the configuration says: the server at NEO4J_URI; else, for a command, the database of the API
 * running for this project (whatever its data folder) unless NEO4J_EMBEDDED_HOME names a folder; else the embedded
 * instance that another process already runs on the data folder; else a new embedded instance owned by this process.
 * The API records the database it serves for the commands (`.neo4j/state/api.json`). Waits until the database
 * answers, for a bounded time. `describe` says which database it is, for the first line a command prints.
 */
export async function openGraph(config: Config, logger: Logger, role: GraphRole = 'command'): Promise<OpenGraph> {
  const settings = { ...config.neo4j, uri: config.neo4j.uri ?? '' };
  let embedded: EmbeddedNeo4j | undefined;
  let describe: string;
  let home = config.embedded.home;
  let pid: number | undefined;
  if (config.neo4j.mode === 'external') {
    describe = `Neo4j at ${settings.uri}`;
  } else {
    const api = role === 'command' && !config.embedded.homeGiven ? await findApiInstance(projectRoot) : undefined;
    const running = api ?? (await findRunningInstance(home));
    if (api) {
      settings.uri = api.uri;
      home = api.home;
      pid = api.pid;
      describe = `the embedded Neo4j of the running API at ${api.uri} (data folder ${folderName(home)}, API pid ${api.ownerPid})`;
    } else if (running) {
      settings.uri = running.uri;
      pid = running.pid;
      describe = `the embedded Neo4j already running at ${running.uri} (data folder ${folderName(home)}, pid ${running.pid})`;
    } else {
      embedded = new EmbeddedNeo4j({ projectRoot, importDir: config.importDir, ...config.embedded }, logger);
      settings.uri = await embedded.start();
      pid = embedded.pid;
      describe = `the embedded Neo4j started at ${settings.uri} (data folder ${folderName(home)})`;
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
  const announced = role === 'api' && config.neo4j.mode === 'embedded';
  if (announced) {
    const port = Number(new URL(settings.uri.replace(/^bolt/, 'http')).port);
    recordApiInstance(projectRoot, { pid: pid ?? 0, ownerPid: process.pid, port, uri: settings.uri, startedAt: new Date().toISOString(), home });
  }
  return {
    db,
    embedded,
    describe,
    async close() {
      if (announced) removeApiInstance(projectRoot);
      await db.close().catch(() => undefined);
      await embedded?.stop();
    },
  };
}

/** A data folder as messages show it: relative to the project when inside it. */
function folderName(home: string): string {
  const relative = path.relative(projectRoot, home);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : home;
}
