import path from 'node:path';
import type { Logger } from 'pino';
import { projectRoot } from './config';
import type { Database } from './db';
import { defaultImportPaths, importPaths } from './import';

/**
 * Applies the schema, the article's seed and the later articles (`cypher/articles/`) when the database has no applied
 * migration yet, so that the first `npm start` shows the whole graph. Later starts apply the schema scripts and the
 * article scripts added since (the import ledger skips those already applied), so that a new article shows at the
 * next start, and refresh the derived data only when one was applied; other data scripts are left to `npm run import`.
 */
export async function seedIfEmpty(db: Database, logger: Logger): Promise<void> {
  const rows = await db.readRows('MATCH (m:Migration) RETURN count(m) AS n');
  if (Number(rows[0]?.n ?? 0) > 0) {
    const paths = [path.join(projectRoot, 'cypher', 'schema'), path.join(projectRoot, 'cypher', 'articles')];
    const summary = await importPaths(db, paths, { logger, refreshKeys: 'when-applied' });
    logger.info({ appliedScripts: summary.applied }, 'graph already seeded; new schema and article scripts applied; run `npm run import` for other data scripts');
    return;
  }
  logger.info('empty graph: applying cypher/schema, cypher/seed and cypher/articles');
  const summary = await importPaths(db, defaultImportPaths(projectRoot), { logger });
  logger.info({ applied: summary.applied.length, statements: summary.statements, ms: summary.durationMs }, 'seed applied');
}
