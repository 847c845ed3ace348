/**
 * Another API process, for the subscription tests: builds its own API on the test database (NEO4J_URI), runs one
 * mutation as the editor whose key id it is given, prints `{"doneAt": <ms>, "errors": ...}` on stdout and exits.
 *
 *   ts-node --transpile-only tests/helpers/writerProcess.ts <keyId> <query> <variables as JSON>
 */
import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { createServer } from '../../src/server';

async function main(): Promise<void> {
  const [keyId, query, variables] = process.argv.slice(2);
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const db = new Database({ ...config.neo4j, uri: process.env.NEO4J_URI! }, pino({ level: 'silent' }));
  const server = await createServer({ config, db, logger: pino({ level: 'silent' }) });
  const contextValue = server.contextFor({ caller: { keyId, role: 'EDITOR' } });
  const response = await server.apollo.executeOperation({ query, variables: JSON.parse(variables) }, { contextValue });
  const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
  process.stdout.write(`${JSON.stringify({ doneAt: Date.now(), errors })}\n`);
  await server.stop();
  await db.close();
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
