import fs from 'node:fs';
import path from 'node:path';
import { importPaths } from '../../../src/import';
import { validateGraph } from '../../../src/validate';
import { graphOutsideTestData } from '../../helpers/graphFootprint';
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
 * Nodes per label and relationships per type outside test data: the seed's graph, without the ledger, keys, audit
 * entries and what test suites create (ids starting with `test-`), since other suites write to the same database while
 * this one runs.
 */
const counts = graphOutsideTestData;

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
