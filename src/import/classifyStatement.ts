import type { ScriptStatement } from './splitStatements';

/**
 * How a statement must run in Neo4j 5: `schema` (constraints, indexes, SHOW) cannot share a transaction with data
 * writes; `batched` (`CALL { } IN TRANSACTIONS`) can only run in an auto-commit transaction; `data` is the rest.
 */
export type StatementKind = 'schema' | 'batched' | 'data';

const SCHEMA = /^(?:CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:UNIQUE|RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR|BTREE)\s+)?(?:CONSTRAINT|INDEX)\b|DROP\s+(?:CONSTRAINT|INDEX)\b|SHOW\b)/i;
const IN_TRANSACTIONS = /\bIN\s+(?:[\w$]+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i;

/** Tells how a statement must run, from its code (strings and comments blanked, so their words never count). */
export function classifyStatement(statement: Pick<ScriptStatement, 'code'>): StatementKind {
  const code = statement.code.trim();
  if (SCHEMA.test(code)) return 'schema';
  if (IN_TRANSACTIONS.test(code)) return 'batched';
  return 'data';
}
