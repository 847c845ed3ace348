import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../../src/db';
import { importPaths } from '../../../src/import';
import { validateGraph } from '../../../src/validate';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { projectRootForTests } from './importTestData';

const db = testDatabase();
const root = path.resolve(projectRootForTests);
const schemaDir = path.join(root, 'cypher', 'schema');
const seedDir = path.join(root, 'cypher', 'seed');
const seedNames = fs.existsSync(seedDir)
  ? fs
      .readdirSync(seedDir)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => `cypher/seed/${f}`)
  : [];

afterAll(() => closeTestDatabases());

/**
 * Nodes per label and relationships per type, leaving out the ledger and what test suites create (ids starting with
 * `test-`), since other suites write to the same database while this one runs.
 */
async function counts(database: Database): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes = await database.readRows(
    `MATCH (n) WHERE NOT n:Migration AND NOT coalesce(toStringOrNull(n.id), '') STARTS WITH 'test-'
     UNWIND labels(n) AS label
     RETURN label, count(*) AS count ORDER BY label`,
  );
  const relationships = await database.readRows(
    `MATCH (a)-[r]->(b)
     WHERE NOT coalesce(toStringOrNull(a.id), '') STARTS WITH 'test-' AND NOT coalesce(toStringOrNull(b.id), '') STARTS WITH 'test-'
     RETURN type(r) AS type, count(*) AS count ORDER BY type`,
  );
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label, row.count])),
    relationships: Object.fromEntries(relationships.map((row) => [row.type, row.count])),
  };
}

describe('the seed', () => {
  it('is skipped when imported again, since the global setup applied it', async () => {
    const summary = await importPaths(db, [schemaDir, seedDir]);
    expect(summary.applied).toEqual([]);
    expect(summary.skipped).toEqual(expect.arrayContaining(seedNames));
  });

  it('leaves identical node and relationship counts when its scripts run a second time', async () => {
    const before = await counts(db);
    const summary = await importPaths(db, [schemaDir, seedDir], { reapply: seedNames });
    expect(summary.applied).toEqual(seedNames);
    expect(await counts(db)).toEqual(before);
  });

  it('keeps the storage contract: validateGraph reports nothing', async () => {
    const report = await validateGraph(db);
    const problems = report.checks.flatMap((check) => check.problems.map((p) => `${check.name}: ${p.kind}  ${p.id}  ${p.detail}`)).filter((line) => !/ {2}test-/.test(line));
    expect(problems).toEqual([]);
  });
});
