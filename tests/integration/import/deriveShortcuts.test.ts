import path from 'node:path';
import { importPaths } from '../../../src/import';
import { validateGraph } from '../../../src/validate';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { projectRootForTests, removeTestData } from './importTestData';

const db = testDatabase();
const script = path.resolve(projectRootForTests, 'tests', 'fixtures', 'import', 'derive-shortcuts.cypher');
const testData = { idPrefixes: ['test-import-derive-'], migrationNames: ['tests/fixtures/import/derive-shortcuts.cypher'] };

beforeAll(() => removeTestData(db, testData));

afterAll(async () => {
  await removeTestData(db, testData);
  await closeTestDatabases();
});

describe('an import of a script that writes claims and evidence only', () => {
  it('writes the shortcut edges, page keys and alias text from the model, and validate finds nothing to report', async () => {
    const summary = await importPaths(db, [script]);
    expect(summary.applied).toEqual(['tests/fixtures/import/derive-shortcuts.cypher']);
    expect(summary.derived?.shortcutsWritten).toBeGreaterThanOrEqual(2);

    const [roleAt] = await db.readRows(
      `MATCH (:Person {id: 'test-import-derive-person'})-[e:ROLE_AT {claimId: 'test-import-derive-role'}]->(:Organization {id: 'test-import-derive-org'})
       RETURN e.kind AS kind, e.title AS title, toString(e.validFrom) AS validFrom`,
    );
    expect(roleAt).toEqual({ kind: 'EXECUTIVE', title: 'Treasurer', validFrom: '2021-03-01' });
    const [statedAbout] = await db.readRows(
      `MATCH (:Person {id: 'test-import-derive-person'})-[e:STATED_ABOUT {claimId: 'test-import-derive-statement'}]->(:Organization {id: 'test-import-derive-org'}) RETURN count(e) AS n`,
    );
    expect(Number(statedAbout.n)).toBe(1);
    const [made] = await db.readRows(
      `MATCH (:Person {id: 'test-import-derive-person'})-[r:MADE]->(:Statement {id: 'test-import-derive-statement'}) RETURN r.pageOf AS pageOf, r.pageKey AS pageKey, r.pageId AS pageId`,
    );
    expect(made).toEqual({ pageOf: 'test-import-derive-person', pageKey: '2021-04-02', pageId: 'test-import-derive-statement' });
    const [person] = await db.readRows(`MATCH (p:Person {id: 'test-import-derive-person'}) RETURN p.aliasesText AS aliasesText`);
    expect(person.aliasesText).toBe('D. Person');

    const report = await validateGraph(db);
    const ours = report.checks.flatMap((check) => check.problems.filter((p) => p.id.startsWith('test-import-derive-')));
    expect(ours).toEqual([]);
  });

  it('leaves one edge per claim and ends when run again', async () => {
    const again = await importPaths(db, [script]);
    expect(again.applied).toEqual([]);
    const [edges] = await db.readRows(
      `MATCH (:Person {id: 'test-import-derive-person'})-[e:ROLE_AT|STATED_ABOUT]->() WHERE e.claimId STARTS WITH 'test-import-derive-' RETURN count(e) AS n`,
    );
    expect(Number(edges.n)).toBe(2);
  });
});
