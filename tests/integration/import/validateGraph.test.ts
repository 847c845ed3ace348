import path from 'node:path';
import fs from 'node:fs';
import { deriveAll } from '../../../src/claims/derived';
import { splitStatements } from '../../../src/import';
import { validateGraph, type ValidationProblem } from '../../../src/validate';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { projectRootForTests, removeTestData } from './importTestData';

const db = testDatabase();
const script = path.resolve(projectRootForTests, 'tests', 'fixtures', 'import', 'validate-broken.cypher');
const testData = { idPrefixes: ['test-import-val-'], migrationNames: ['tests/fixtures/import/validate-broken.cypher'] };
let problems: Record<string, ValidationProblem[]>;

let derivedByImport: { role: string[]; decisionValidFrom: unknown };

/** Breaks derived data after the import, as a hand edit would: what an import cannot see, validate must. */
async function breakShortcutsByHand(): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(`MATCH (:Organization {id: 'test-import-val-org'})-[e:DECIDED {claimId: 'test-import-val-decision'}]->() SET e.validFrom = date('2021-07-01')`);
    await tx.run(`MATCH (:Person {id: 'test-import-val-person'})-[e:ROLE_AT {claimId: 'test-import-val-role'}]->() DELETE e`);
    await tx.run(
      `MATCH (p:Person {id: 'test-import-val-person'}), (o:Organization {id: 'test-import-val-other-org'})
       CREATE (p)-[:ROLE_AT {claimId: 'test-import-val-role', kind: 'EMPLOYEE', title: 'Adviser', validFrom: date('2022-01-01')}]->(o)`,
    );
  });
}

beforeAll(async () => {
  await removeTestData(db, testData);
  // Written as a hand edit would (the import refuses this data, see importChecks.test.ts), then derived as an import does.
  await db.write(async (tx) => {
    for (const statement of splitStatements(fs.readFileSync(script, 'utf8'))) await tx.run(statement.text);
    await deriveAll(tx);
  });
  const [role] = await db.readRows(`MATCH (:Person {id: 'test-import-val-person'})-[e:ROLE_AT {claimId: 'test-import-val-role'}]->(o) RETURN collect(o.id) AS ends`);
  const [decided] = await db.readRows(
    `MATCH (:Organization {id: 'test-import-val-org'})-[e:DECIDED {claimId: 'test-import-val-decision'}]->() RETURN toString(e.validFrom) AS validFrom`,
  );
  derivedByImport = { role: role.ends as string[], decisionValidFrom: decided.validFrom };
  await breakShortcutsByHand();
  const report = await validateGraph(db);
  problems = Object.fromEntries(report.checks.map((check) => [check.name, check.problems.filter((p) => p.id.startsWith('test-import-val-'))]));
});

afterAll(async () => {
  await removeTestData(db, testData);
  await closeTestDatabases();
});

describe('validateGraph', () => {
  it("sees shortcut edges the import wrote from the model: the script's wrong ones are replaced", () => {
    expect(derivedByImport).toEqual({ role: ['test-import-val-org'], decisionValidFrom: '2021-06-01' });
  });

  it('reports a claim without SUPPORTED_BY', () => {
    expect(problems['unsupported-claims']).toEqual([{ kind: 'UNSUPPORTED_CLAIM', id: 'test-import-val-role-bare', detail: 'Role has no SUPPORTED_BY edge to a Source' }]);
  });

  it('reports evidence without its quote', () => {
    expect(problems['evidence-without-quote'].map((p) => p.id).sort()).toEqual(['test-import-val-decision', 'test-import-val-statement']);
  });

  it('reports a claim missing a required end', () => {
    expect(problems['missing-claim-ends']).toEqual([{ kind: 'MISSING_END', id: 'test-import-val-role-bare', detail: 'Role has no AT to Organization' }]);
  });

  it('reports enum values outside the lists, on nodes and on relationships', () => {
    expect(problems['enum-values'].map((p) => [p.id, p.detail.split(' is ')[0]])).toEqual([
      ['test-import-val-other-org', 'Organization.kind'],
      ['test-import-val-role', '(test-import-val-role)-[:SUPPORTED_BY]->(test-import-val-source).attribution'],
      ['test-import-val-role-bare', 'Claim.validFromPrecision'],
      ['test-import-val-role-bare', 'Role.kind'],
    ]);
    expect(problems['enum-values'][0].detail).toContain('"GUILD", not one of COMPANY');
  });

  it('reports shortcut edges out of step with their claims', () => {
    expect(problems['stale-shortcuts'].map((p) => [p.id, p.detail])).toEqual([
      ['test-import-val-decision', '(test-import-val-org)-[:DECIDED]->(test-import-val-decision) differs from its claim in validFrom'],
      ['test-import-val-ghost', '(test-import-val-person)-[:ROLE_AT]->(test-import-val-org) names no claim'],
      ['test-import-val-role', '(test-import-val-person)-[:ROLE_AT]->(test-import-val-other-org) joins other nodes than its claim does'],
      ['test-import-val-statement', '(test-import-val-person)-[:STATED_ABOUT]->(test-import-val-org) names a retracted claim'],
    ]);
  });

  it('reports a claim lacking its shortcut edge', () => {
    expect(problems['missing-shortcuts']).toEqual([
      { kind: 'MISSING_SHORTCUT', id: 'test-import-val-role', detail: 'Role lacks (test-import-val-person)-[:ROLE_AT]->(test-import-val-org)' },
    ]);
  });
});
