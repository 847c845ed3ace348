import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config';
import type { Logger } from './logger';
import type { OpenGraph } from './openGraph';
import { seedIfEmpty } from './seedIfEmpty';

/**
 * API_WORKERS > 1: this (primary) process opens the graph (starting the embedded Neo4j if it is the one to run),
 * seeds it on first start, then forks that many API processes that serve one port (node:cluster hands each
 * connection to a worker in turn). Workers connect to the primary's database through NEO4J_URI and keep no state of
 * their own: what one writes, another reads; a key revoked through one is refused by all within KEY_CACHE_MS. A worker
 * that dies is replaced; SIGINT/SIGTERM drain every worker, then close the graph.
 */
export async function runPrimary(config: Config, graph: OpenGraph, logger: Logger): Promise<void> {
  if (config.seedOnStart) await seedIfEmpty(graph.db, logger);
  const uri = graph.db.settings.uri;
  const env = { NEO4J_URI: uri, SEED_ON_START: 'false', API_WORKERS: '1', API_WORKER: 'true' };
  let stopping = false;
  const fork = (): Worker => cluster.fork(env);
  for (let i = 0; i < config.workers; i += 1) fork();
  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === config.workers)
      logger.info({ url: `http://${config.host}:${address.port}/graphql`, workers: config.workers, neo4j: graph.describe }, 'influence-graph is serving');
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'an API worker stopped; starting another');
    fork();
  });
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining the workers');
    const force = setTimeout(() => process.exit(1), 35_000).unref();
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            w.once('exit', () => resolve());
            w.process.kill('SIGTERM');
          }),
      ),
    );
    logger.info('workers stopped; closing Neo4j');
    await graph.close();
    clearTimeout(force);
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
