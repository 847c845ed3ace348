/**
 * Database hits per request, from PROFILE: every statement a path sends for one request is captured and run again
 * under PROFILE, and the db hits of its plan are summed.
 */
import { graphql, type GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../../src/config';
import { Database, type Tx } from '../../src/db';
import type { Logger } from 'pino';
import { createServer, type AppServer } from '../../src/server';
import type { GraphqlCall, RawCall } from './queries';

/** A profiled plan as the driver gives it (`summary.profile`). */
export interface ProfiledPlan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: ProfiledPlan[];
}

type Plan = Pick<ProfiledPlan, 'dbHits'> & { children: Plan[] };

export function sumDbHits(plan: Plan | false | undefined): number {
  if (!plan) return 0;
  return Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce((n, c) => n + sumDbHits(c), 0);
}

/** Runs one statement under PROFILE and returns its db hits. */
export async function profileStatement(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<number> {
  const text = cypher.replace(/^\s*CYPHER\s+5\s*/i, '');
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${text}`, params);
    return sumDbHits(result.summary.profile as unknown as Plan);
  } finally {
    await session.close();
  }
}

/** Our API in this process, on a Database whose reads are captured (the statements, then profiled one by one). */
export class OursProfiler {
  private captured: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  private constructor(
    readonly server: AppServer,
    private readonly db: Database,
    private readonly driver: Driver,
  ) {}

  static async start(config: Config, uri: string, logger: Logger, driver: Driver): Promise<OursProfiler> {
    const db = new Database({ ...config.neo4j, uri }, logger);
    const server = await createServer({ config, db, logger });
    const profiler = new OursProfiler(server, db, driver);
    const read = db.read.bind(db);
    db.read = (<T>(work: (tx: Tx) => Promise<T>, options?: Parameters<Database['read']>[1]) =>
      read(
        (tx) =>
          work({
            run: (cypher, params = {}) => {
              profiler.captured.push({ cypher, params });
              return tx.run(cypher, params);
            },
          }),
        options,
      )) as Database['read'];
    return profiler;
  }

  /** The statements our API sends for `call`, with their parameters, as it sent them. */
  async statementsOf(call: GraphqlCall): Promise<Array<{ cypher: string; params: Record<string, unknown> }>> {
    this.captured = [];
    const response = await this.server.apollo.executeOperation({ query: call.query, variables: call.variables }, { contextValue: this.server.contextFor() });
    if (response.body.kind === 'single' && response.body.singleResult.errors?.length) {
      throw new Error(response.body.singleResult.errors.map((e) => e.message).join('; '));
    }
    return this.captured;
  }

  async dbHits(call: GraphqlCall): Promise<{ dbHits: number; statements: number; cypher: string[]; captured: Array<{ cypher: string; params: Record<string, unknown> }> }> {
    const statements = await this.statementsOf(call);
    let dbHits = 0;
    for (const s of statements) dbHits += await profileStatement(this.driver, s.cypher, s.params);
    return { dbHits, statements: statements.length, cypher: statements.map((s) => s.cypher), captured: statements };
  }

  async stop(): Promise<void> {
    await this.server.stop().catch(() => undefined);
    await this.db.close().catch(() => undefined);
  }
}

/** The @neo4j/graphql schema in this process, executing through a transaction-like object that profiles. */
export async function neo4jGraphqlDbHits(schema: GraphQLSchema, driver: Driver, call: GraphqlCall): Promise<{ dbHits: number; statements: number; cypher: string[] }> {
  const captured: string[] = [];
  let dbHits = 0;
  const executionContext = {
    run: async (cypher: string, params: Record<string, unknown>) => {
      captured.push(cypher);
      const text = cypher.replace(/^\s*CYPHER\s+5\s*/i, '');
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(`PROFILE ${text}`, params);
        dbHits += sumDbHits(result.summary.profile as unknown as Plan);
        return result;
      } finally {
        await session.close();
      }
    },
  };
  const result = await graphql({ schema, source: call.query, variableValues: call.variables, contextValue: { executionContext } });
  if (result.errors?.length) throw new Error(result.errors.map((e) => e.message).join('; '));
  return { dbHits, statements: captured.length, cypher: captured };
}

export async function rawDbHits(driver: Driver, call: RawCall): Promise<number> {
  return profileStatement(driver, call.cypher, call.params);
}
