import 'reflect-metadata';
import pino from 'pino';
import type { GraphQLFormattedError } from 'graphql';
import { loadConfig } from '../../src/config';
import type { Caller } from '../../src/context';
import { createServer, type AppServer, type ServerDeps } from '../../src/server';
import { testDatabase } from './testDatabase';

/** What `run` answers: the data and the errors of one operation. */
export interface RunResult<T = Record<string, any>> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/** A server on the test Neo4j, not listening: operations go through `executeOperation`, as graphql-js's own tests do. */
export interface TestServer {
  server: AppServer;
  run<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<RunResult<T>>;
  /** Statements sent to Neo4j since the server was made. */
  queryCount(): number;
  stop(): Promise<void>;
}

/** Builds a server over the test database with the given environment overrides. */
export async function createTestServer(env: Record<string, string> = {}, deps: Pick<ServerDeps, 'changeFeed'> = {}): Promise<TestServer> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', ...env });
  const db = testDatabase();
  const server = await createServer({ config, db, logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), ...deps });
  return {
    server,
    async run(query, variables, caller) {
      const contextValue = server.contextFor(caller ? { caller } : {});
      const response = await server.apollo.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
      return { data: response.body.singleResult.data as never, errors: response.body.singleResult.errors };
    },
    queryCount: () => db.queryCount,
    stop: () => server.stop(),
  };
}
