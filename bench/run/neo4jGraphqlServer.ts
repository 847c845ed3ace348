/**
 * The comparison server: @neo4j/graphql 7 over bench/neo4jGraphql/typeDefs.graphql, on Apollo Server 5 and Express 5
 * like ours, against the bench Neo4j named by NEO4J_URI. Prints `LISTENING <port>`; exits when stdin closes.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { projectRoot } from '../../src/config';

export const TYPE_DEFS_FILE = path.join(projectRoot, 'bench', 'neo4jGraphql', 'typeDefs.graphql');

export function comparisonDriver(uri: string) {
  return neo4j.driver(uri, undefined, { maxConnectionPoolSize: 100, userAgent: 'bench-neo4j-graphql' });
}

export async function comparisonSchema(driver: ReturnType<typeof comparisonDriver>) {
  const typeDefs = fs.readFileSync(TYPE_DEFS_FILE, 'utf8');
  return new Neo4jGraphQL({ typeDefs, driver }).getSchema();
}

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI!;
  const driver = comparisonDriver(uri);
  const schema = await comparisonSchema(driver);
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, csrfPrevention: true, stopOnTerminationSignals: false });
  await apollo.start();
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', () => resolve()));
  process.stdout.write(`LISTENING ${(httpServer.address() as { port: number }).port}\n`);
  const stop = async () => {
    await apollo.stop().catch(() => undefined);
    httpServer.close();
    await driver.close().catch(() => undefined);
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  process.on('SIGTERM', () => void stop());
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
}
