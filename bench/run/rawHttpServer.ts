/**
 * The raw floor behind HTTP, for `bench/run/httpFloor.ts`: a bare `node:http` server (no Express, no GraphQL) that
 * runs the Cypher a request names through the driver, as the raw path does, and answers the records as JSON: the
 * hand-written Cypher, or the statements our API sent for the same query (what the GraphQL layer alone costs). It measures what HTTP alone costs on this machine. Bench only: it runs the Cypher it is sent, so it listens on
 * 127.0.0.1 and exits when its standard input closes.
 */
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { readStatements } from './bareStatements';

async function main(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, undefined, { disableLosslessIntegers: true, maxConnectionPoolSize: 100 });
  await driver.getServerInfo();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      // One statement ({cypher, params}), or several run one after another in one read transaction ({statements}).
      const sent = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        cypher?: string;
        params?: Record<string, unknown>;
        statements?: Array<{ cypher: string; params: Record<string, unknown> }>;
      };
      const statements = sent.statements ?? [{ cypher: sent.cypher!, params: sent.params ?? {} }];
      try {
        const body = JSON.stringify({ data: await readStatements(driver, statements) });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      } catch (error) {
        res.writeHead(500).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.stdout.write(`LISTENING ${(server.address() as { port: number }).port}\n`));
  const stop = () => void driver.close().finally(() => process.exit(0));
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
