import path from 'node:path';
import type { Logger } from 'pino';
import { projectRoot } from './config';
import type { Database } from './db';
import { importPaths } from './import';

/**
 * Applies the schema and the article's seed when the database has no applied migration yet, so that the first
 * `npm start` shows the article's graph. Later starts apply only schema scripts added since (indexes the code relies
 * on, such as the page keys of 005; the import ledger skips those already applied), and refresh the derived keys
 * only when one was applied; new data scripts are left to `npm run import`.
 */
export async function seedIfEmpty(db: Database, logger: Logger): Promise<void> {
  const rows = await db.readRows('MATCH (m:Migration) RETURN count(m) AS n');
  if (Number(rows[0]?.n ?? 0) > 0) {
    const summary = await importPaths(db, [path.join(projectRoot, 'cypher', 'schema')], { logger, refreshKeys: 'when-applied' });
    logger.info({ appliedSchemaScripts: summary.applied.length }, 'graph already seeded; run `npm run import` to apply new data scripts');
    return;
  }
  logger.info('empty graph: applying cypher/schema and cypher/seed');
  const summary = await importPaths(db, [path.join(projectRoot, 'cypher', 'schema'), path.join(projectRoot, 'cypher', 'seed')], { logger });
  logger.info({ applied: summary.applied.length, statements: summary.statements, ms: summary.durationMs }, 'seed applied');
}
