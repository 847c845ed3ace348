/**
 * For `bench/run/directProbe.ts`: our API's process, loaded as `npm start` loads it (schema, routes, caches, its
 * Database), answering on a second, bare `node:http` port the statements it is sent (`{statements}`) without GraphQL
 * execution, as a direct path would. `DIRECT_MODE=driver` answers them through a bare driver call, as
 * `rawHttpServer.ts` does; otherwise through the API's own `Database` (read transaction, timeout, request id, rows
 * made plain). Bench only: it runs the Cypher it is sent, listens on 127.0.0.1 and exits when its standard input closes.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import 'reflect-metadata';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { readStatements, type Statements } from './bareStatements';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'bench-direct', { buffered: true });
  const db = new Database({ ...config.neo4j, uri: config.neo4j.uri! }, logger);
  await db.waitUntilReady(30_000);
  const server = await createServer({ config, db, logger });
  await server.listen(0, '127.0.0.1');
  const driver = neo4j.driver(config.neo4j.uri!, undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: 100 });
  const bareDriver = process.env.DIRECT_MODE === 'driver';

  const throughDatabase = (statements: Statements) =>
    db.read(
      async (tx) => {
        const out: unknown[] = [];
        for (const { cypher, params } of statements) out.push(...(await tx.run(cypher, params)));
        return out;
      },
      { requestId: randomUUID() },
    );

  const bare = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const { statements } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { statements: Statements };
      try {
        const body = JSON.stringify({ data: await (bareDriver ? readStatements(driver, statements) : throughDatabase(statements)) });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      } catch (error) {
        res.writeHead(500).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    });
  });
  bare.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`LISTENING ${(bare.address() as { port: number }).port}\n`);
  const stop = async () => {
    await server.stop().catch(() => undefined);
    await driver.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
