import type { Database } from '../../src/db';

/** Nodes per label and relationships per type. */
export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Labels that are bookkeeping, written by every suite as it goes (keys, the audit log, the import ledger). */
const BOOKKEEPING = ['AuditEntry', 'ApiKey', 'Migration'];

/**
 * A node that is not test data: not bookkeeping, and its id (if any) does not start with `test-`, nor the id of the
 * entity it is a version of (an `EntityVersion` keeps `entityId`).
 */
const outside = (n: string) =>
  `NOT any(l IN labels(${n}) WHERE l IN $bookkeeping) AND NOT coalesce(toStringOrNull(${n}.id), toStringOrNull(${n}.entityId), '') STARTS WITH 'test-'`;

/**
 * The graph outside test data: nodes per label and relationships per type, leaving out the bookkeeping labels, every
 * node whose id starts with `test-` (what suites create, see `runPrefix`) and every relationship with such a node at
 * one end. That is the article's seed, plus anything written without a test id. Other suites' writes do not change
 * it, so a suite may compare it before and after what it does, whatever runs beside it.
 */
export async function graphOutsideTestData(db: Database): Promise<GraphCounts> {
  const params = { bookkeeping: BOOKKEEPING };
  const nodes = await db.readRows(
    `MATCH (n) WHERE ${outside('n')}
     UNWIND labels(n) AS label
     RETURN label, count(*) AS count ORDER BY label`,
    params,
  );
  const relationships = await db.readRows(
    `MATCH (a)-[r]->(b) WHERE ${outside('a')} AND ${outside('b')}
     RETURN type(r) AS type, count(*) AS count ORDER BY type`,
    params,
  );
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label, row.count])),
    relationships: Object.fromEntries(relationships.map((row) => [row.type, row.count])),
  };
}

/** The nodes whose id starts with `prefix` (one suite's data of one run), and the relationships that touch them. */
export async function footprintOf(db: Database, prefix: string): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.readRows(
    `CALL () { MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS nodes }
     CALL () { MATCH (n)-[r]-() WHERE n.id STARTS WITH $prefix RETURN count(DISTINCT r) AS relationships }
     RETURN nodes, relationships`,
    { prefix },
  );
  return row as { nodes: number; relationships: number };
}
