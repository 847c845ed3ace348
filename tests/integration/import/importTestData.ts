import type { Database } from '../../../src/db';

/** The project root, seen from this folder. */
export const projectRootForTests = `${__dirname}/../../..`;

/**
 * Removes what an import suite created, and nothing else: nodes whose id starts with one of the suite's prefixes (with
 * their relationships) and the suite's Migration ledger entries. Run before (leftovers of an aborted run) and after.
 */
export async function removeTestData(db: Database, what: { idPrefixes: string[]; migrationNames?: string[] }): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(
      `MATCH (n) WHERE n.id IS :: STRING AND any(prefix IN $prefixes WHERE n.id STARTS WITH prefix)
       DETACH DELETE n`,
      { prefixes: what.idPrefixes },
    );
    await tx.run('MATCH (m:Migration) WHERE m.name IN $names DELETE m', { names: what.migrationNames ?? [] });
  });
}

/** The nodes whose id starts with `prefix`, by id, with their properties. */
export async function nodesWithPrefix(db: Database, prefix: string): Promise<Record<string, Record<string, unknown>>> {
  const rows = await db.readRows('MATCH (n) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, properties(n) AS props', { prefix });
  return Object.fromEntries(rows.map((row) => [row.id as string, row.props as Record<string, unknown>]));
}

/** The ledger entry of one script, or undefined. */
export async function migrationNamed(db: Database, name: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.readRows('MATCH (m:Migration {name: $name}) RETURN properties(m) AS m', { name });
  return row?.m as Record<string, unknown> | undefined;
}
