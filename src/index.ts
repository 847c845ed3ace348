import 'reflect-metadata';
import { ConfigError, loadConfig, type Config } from './config';
import { createLogger, type Logger } from './logger';
import { GraphUnreachableError, openGraph, type OpenGraph } from './openGraph';
import { EmbeddedSetupError } from './neo4j-embedded';
import { seedIfEmpty } from './seedIfEmpty';
import { createServer, type AppServer } from './server';
import { runPrimary } from './workers';

/**
 * Process entry: config → Neo4j → seed on first start → server → listen; SIGINT/SIGTERM drain and close. With
 * API_WORKERS > 1 this process keeps the graph and forks the workers that serve (src/workers.ts).
 */
async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger(config.logLevel, undefined, { buffered: true });
  const graph = await openGraphOrExit(config, logger);
  if (config.workers > 1) return runPrimary(config, graph, logger);
  const server = await createServer({ config, db: graph.db, logger });
  installShutdown(server, graph, logger);
  if (config.seedOnStart) await seedIfEmpty(graph.db, logger);
  const port = await server.listen(config.port, config.host);
  logger.info({ url: `http://${config.host}:${port}/graphql`, neo4j: graph.describe }, 'influence-graph is serving');
}

function readConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
}

async function openGraphOrExit(config: Config, logger: Logger): Promise<OpenGraph> {
  try {
    return await openGraph(config, logger, 'api');
  } catch (error) {
    if (error instanceof GraphUnreachableError || error instanceof EmbeddedSetupError) {
      logger.fatal(error.message);
      console.error(error.message);
      process.exit(3);
    }
    throw error;
  }
}

function installShutdown(server: AppServer, graph: OpenGraph, logger: Logger): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => process.exit(1), 30_000).unref();
    try {
      await server.stop();
      logger.info('requests drained; closing Neo4j');
      await graph.close();
      clearTimeout(force);
      logger.info('stopped');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    void stop('uncaughtException');
  });
}

void main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
