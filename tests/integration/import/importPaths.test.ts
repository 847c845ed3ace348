import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importPaths, ImportError, type ImportProgress } from '../../../src/import';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { RUN, runPrefix } from '../../helpers/testIds';
import { migrationNamed, nodesWithPrefix, projectRootForTests, removeTestData } from './importTestData';

const db = testDatabase();
const root = path.resolve(projectRootForTests);
const fixture = (name: string) => path.join(root, 'tests', 'fixtures', 'import', name);
const nameOf = (file: string) => `tests/fixtures/import/${file}`;

const FIXTURES = [
  'fails-on-third.cypher',
  'semicolons.cypher',
  'dry-run-ok.cypher',
  'dry-run-syntax-error.cypher',
  'schema-index.cypher',
  'mixed-schema-and-data.cypher',
  'batched.cypher',
];
// The fixtures' ids and ledger names are fixed (they are files of the repository): the suite removes them before and
// after it runs. The script it writes itself has this run's own name and ids.
const changingName = `test-import-changing-${RUN}.cypher`;
const CHANGED = runPrefix('import-changed');
const testData = {
  idPrefixes: ['test-import-atomic-', 'test-import-semi-', 'test-import-dry-', 'test-import-mixed-', 'test-import-batched-', CHANGED],
  migrationNames: [...FIXTURES.map(nameOf), changingName],
};
let tmp: string;

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'test-import-'));
  await removeTestData(db, testData);
});

afterAll(async () => {
  await removeTestData(db, testData);
  await db.autoCommit('DROP INDEX test_import_index IF EXISTS');
  await db.autoCommit('DROP INDEX test_import_mixed IF EXISTS');
  fs.rmSync(tmp, { recursive: true, force: true });
  await closeTestDatabases();
});

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('importPaths', () => {
  it('rolls back the whole script when its third statement fails, and names file, line and column', async () => {
    const error = await importError(importPaths(db, [fixture('fails-on-third.cypher')]));

    expect(error).toMatchObject({ code: 'SCRIPT_FAILED', file: nameOf('fails-on-third.cypher'), line: 7, column: 10 });
    expect(error.message).toMatch(/^tests\/fixtures\/import\/fails-on-third\.cypher:7:10: Invalid input ','/);
    expect(await nodesWithPrefix(db, 'test-import-atomic-')).toEqual({});
    expect(await migrationNamed(db, nameOf('fails-on-third.cypher'))).toBeUndefined();
  });

  it('keeps semicolons inside strings, names and comments, and records the script in the ledger', async () => {
    const events: ImportProgress[] = [];
    const summary = await importPaths(db, [fixture('semicolons.cypher')], { onProgress: (e) => events.push(e) });

    expect(summary).toMatchObject({ applied: [nameOf('semicolons.cypher')], skipped: [], checked: [], statements: 3 });
    const nodes = await nodesWithPrefix(db, 'test-import-semi-');
    expect(nodes['test-import-semi-1']).toMatchObject({
      single: "one; two; it's three",
      double: 'say "hi;" twice;',
      'odd;key': 'value;',
    });
    expect(nodes['test-import-semi-2']).toMatchObject({ url: 'https://example.org/a;b//c' });
    const [link] = await db.readRows("MATCH (:TestImport {id: 'test-import-semi-1'})-[r:TEST_IMPORT_LINK]->(:TestImport {id: 'test-import-semi-2'}) RETURN r.note AS note");
    expect(link).toEqual({ note: 'a;b' });

    const content = fs.readFileSync(fixture('semicolons.cypher'));
    const ledger = await migrationNamed(db, nameOf('semicolons.cypher'));
    expect(ledger).toMatchObject({ name: nameOf('semicolons.cypher'), checksum: createHash('sha256').update(content).digest('hex') });
    expect(Number.isInteger(ledger?.durationMs)).toBe(true);
    expect(Date.parse(String(ledger?.appliedAt))).toBeGreaterThan(Date.now() - 60_000);

    expect(events).toEqual([
      { kind: 'file-start', file: nameOf('semicolons.cypher'), index: 1, total: 1, statements: 3 },
      { kind: 'statement', file: nameOf('semicolons.cypher'), index: 1, total: 3 },
      { kind: 'statement', file: nameOf('semicolons.cypher'), index: 2, total: 3 },
      { kind: 'statement', file: nameOf('semicolons.cypher'), index: 3, total: 3 },
      { kind: 'file-done', file: nameOf('semicolons.cypher'), status: 'applied', durationMs: expect.any(Number) },
    ]);
  });

  it('skips a script it has already applied with the same checksum', async () => {
    const summary = await importPaths(db, [fixture('semicolons.cypher')]);
    expect(summary).toMatchObject({ applied: [], skipped: [nameOf('semicolons.cypher')], statements: 0 });
    expect(Object.keys(await nodesWithPrefix(db, 'test-import-semi-'))).toHaveLength(2);
  });

  it('refuses a script that changed since it was applied, says how to re-apply it, and re-applies it when asked', async () => {
    const file = path.join(tmp, changingName);
    fs.writeFileSync(file, `MERGE (n:TestImport {id: '${CHANGED}1'}) SET n.version = 1;\n`);
    expect((await importPaths(db, [file], { root: tmp })).applied).toEqual([changingName]);

    fs.writeFileSync(file, `MERGE (n:TestImport {id: '${CHANGED}1'}) SET n.version = 2;\n`);
    const error = await importError(importPaths(db, [file], { root: tmp }));
    expect(error.code).toBe('CHECKSUM_MISMATCH');
    expect(error.message).toMatch(new RegExp(`^${changingName}: the script changed since it was applied on \\d{4}-\\d\\d-\\d\\dT`));
    expect(error.message).toContain(`npm run import -- --reapply ${changingName}`);
    expect((await nodesWithPrefix(db, CHANGED))[`${CHANGED}1`]).toMatchObject({ version: 1 });

    const summary = await importPaths(db, [file], { root: tmp, reapply: [changingName] });
    expect(summary.applied).toEqual([changingName]);
    expect((await nodesWithPrefix(db, CHANGED))[`${CHANGED}1`]).toMatchObject({ version: 2 });
    expect(await migrationNamed(db, changingName)).toMatchObject({
      checksum: createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    });
    expect((await importPaths(db, [file], { root: tmp })).skipped).toEqual([changingName]);
  });

  it('refuses a --reapply name that is not among the scripts', async () => {
    const error = await importError(importPaths(db, [fixture('semicolons.cypher')], { reapply: ['cypher/seed/nope.cypher'] }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('refuses a path that does not exist', async () => {
    const error = await importError(importPaths(db, [fixture('no-such-script.cypher')]));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('writes nothing on a dry run, not even the ledger', async () => {
    const summary = await importPaths(db, [fixture('dry-run-ok.cypher')], { dryRun: true });

    expect(summary).toMatchObject({ applied: [], skipped: [], checked: [nameOf('dry-run-ok.cypher')], statements: 2 });
    expect(await nodesWithPrefix(db, 'test-import-dry-')).toEqual({});
    expect(await migrationNamed(db, nameOf('dry-run-ok.cypher'))).toBeUndefined();
  });

  it('catches a syntax error on a dry run, with file and line', async () => {
    const error = await importError(importPaths(db, [fixture('dry-run-syntax-error.cypher')], { dryRun: true }));

    expect(error).toMatchObject({ code: 'SCRIPT_FAILED', file: nameOf('dry-run-syntax-error.cypher'), line: 4 });
    expect(error.message).toMatch(/^tests\/fixtures\/import\/dry-run-syntax-error\.cypher:4:\d+: Invalid input 'RETRUN'/);
    expect(await nodesWithPrefix(db, 'test-import-dry-')).toEqual({});
    expect(await migrationNamed(db, nameOf('dry-run-syntax-error.cypher'))).toBeUndefined();
  });

  it('runs a schema script statement by statement and records it afterwards', async () => {
    const summary = await importPaths(db, [fixture('schema-index.cypher')]);

    expect(summary.applied).toEqual([nameOf('schema-index.cypher')]);
    expect(await db.readRows('SHOW INDEXES YIELD name WHERE name = $name RETURN name', { name: 'test_import_index' })).toHaveLength(1);
    expect(await migrationNamed(db, nameOf('schema-index.cypher'))).toBeDefined();
  });

  it('refuses a script that mixes schema and data statements, before running any of it', async () => {
    const error = await importError(importPaths(db, [fixture('dry-run-ok.cypher'), fixture('mixed-schema-and-data.cypher')]));

    expect(error).toMatchObject({ code: 'SCRIPT_FAILED', file: nameOf('mixed-schema-and-data.cypher'), line: 2, column: 1 });
    expect(error.message).toMatch(/mixes schema statements .* with data statements/);
    expect(await db.readRows('SHOW INDEXES YIELD name WHERE name = $name RETURN name', { name: 'test_import_mixed' })).toEqual([]);
    expect(await nodesWithPrefix(db, 'test-import-mixed-')).toEqual({});
    expect(await nodesWithPrefix(db, 'test-import-dry-')).toEqual({});
    expect(await migrationNamed(db, nameOf('dry-run-ok.cypher'))).toBeUndefined();
  });

  it('runs CALL { } IN TRANSACTIONS statements in auto-commit transactions', async () => {
    const summary = await importPaths(db, [fixture('batched.cypher')]);

    expect(summary).toMatchObject({ applied: [nameOf('batched.cypher')], statements: 3 });
    const nodes = await nodesWithPrefix(db, 'test-import-batched-');
    expect(Object.keys(nodes).sort()).toEqual(['test-import-batched-0', 'test-import-batched-1', 'test-import-batched-2', 'test-import-batched-3']);
    expect(Object.values(nodes).every((n) => n.batched === true)).toBe(true);
  });
});
