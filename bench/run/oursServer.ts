/**
 * Our API as a child process of the benchmark (so that its memory is its own): the same createServer as
 * `npm start`, against the bench Neo4j named by NEO4J_URI, on a free port it prints as `LISTENING <port>`.
 * It exits when its standard input closes (the bench stopping, however it stops). With BENCH_EXPRESS_ONLY=true it
 * serves the Express app alone (every route, `/graphql` through express.json and Apollo's Express integration), as
 * the API did before the node:http route and its fast path: the "before" of that change.
 */
import http from 'node:http';
import 'reflect-metadata';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'bench-ours', { buffered: true });
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri! }, logger);
  await db.waitUntilReady(30_000);
  const server = await createServer({ config, db, logger });
  let port: number;
  if (process.env.BENCH_EXPRESS_ONLY === 'true') {
    const expressOnly = http.createServer(server.app);
    await new Promise<void>((resolve) => expressOnly.listen(0, '127.0.0.1', resolve));
    port = (expressOnly.address() as { port: number }).port;
  } else {
    port = await server.listen(0, '127.0.0.1');
  }
  process.stdout.write(`LISTENING ${port}\n`);
  const stop = async () => {
    await server.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  process.on('SIGTERM', () => void stop());
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
