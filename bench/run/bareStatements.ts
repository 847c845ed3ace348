import neo4j, { type Driver } from 'neo4j-driver';

/** Statements a bare bench server is sent: run in order, in one read transaction. */
export type Statements = Array<{ cypher: string; params: Record<string, unknown> }>;

/**
 * The bare servers' one driver call (`rawHttpServer.ts`, `directServer.ts`): the statements in one read transaction,
 * their records as plain objects, in order.
 */
export async function readStatements(driver: Driver, statements: Statements): Promise<unknown[]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      const out: unknown[] = [];
      for (const { cypher, params } of statements) out.push(...(await tx.run(cypher, params)).records.map((r) => r.toObject()));
      return out;
    });
  } finally {
    await session.close();
  }
}
