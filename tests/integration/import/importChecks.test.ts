import path from 'node:path';
import { importPaths, ImportError } from '../../../src/import';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { migrationNamed, nodesWithPrefix, projectRootForTests, removeTestData } from './importTestData';

const db = testDatabase();
const root = path.resolve(projectRootForTests);
const fixture = (name: string) => path.join(root, 'tests', 'fixtures', 'import', name);
const nameOf = (file: string) => `tests/fixtures/import/${file}`;
const FIXTURES = ['check-no-evidence.cypher', 'check-bad-enum.cypher', 'check-missing-id.cypher'];
const testData = { idPrefixes: ['test-import-check-', 'test-import-enum-', 'test-import-missing-'], migrationNames: FIXTURES.map(nameOf) };

beforeAll(() => removeTestData(db, testData));
afterAll(async () => {
  await removeTestData(db, testData);
  await closeTestDatabases();
});

async function refusal(file: string, dryRun: boolean): Promise<ImportError> {
  const error = await importPaths(db, [fixture(file)], { dryRun }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

/** The same refusal from a real import and from a dry run, and nothing written by either. */
async function refusedBoth(file: string, prefix: string): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  for (const dryRun of [false, true]) {
    const error = await refusal(file, dryRun);
    expect(error.code).toBe('CHECK_FAILED');
    expect(await nodesWithPrefix(db, prefix)).toEqual({});
    expect(await migrationNamed(db, nameOf(file))).toBeUndefined();
    errors.push(error);
  }
  expect(errors[1].message).toBe(errors[0].message);
  return errors;
}

describe('the import checks what a script wrote before it commits', () => {
  it('refuses a claim without evidence, names file, line of the claim and its id, and writes nothing (a dry run says the same)', async () => {
    const [error] = await refusedBoth('check-no-evidence.cypher', 'test-import-check-');
    expect(error.problems).toContainEqual({
      file: nameOf('check-no-evidence.cypher'),
      line: 9,
      id: 'test-import-check-role',
      kind: 'UNSUPPORTED_CLAIM',
      detail: 'Role has no SUPPORTED_BY edge to a Source',
    });
    expect(error.message).toContain(`${nameOf('check-no-evidence.cypher')}:9: test-import-check-role: UNSUPPORTED_CLAIM`);
  });

  it('refuses an enum value the model does not allow, with file, line and claim id', async () => {
    const [error] = await refusedBoth('check-bad-enum.cypher', 'test-import-enum-');
    expect(error.problems).toContainEqual(
      expect.objectContaining({ line: 6, id: 'test-import-enum-role', kind: 'BAD_ENUM', detail: expect.stringMatching(/^Role\.kind is "CEO", not one of EXECUTIVE/) }),
    );
  });

  it('refuses a statement that updates an id that does not exist, naming the id and the statement’s line', async () => {
    const [error] = await refusedBoth('check-missing-id.cypher', 'test-import-missing-');
    expect(error.problems).toEqual([
      expect.objectContaining({ line: 6, id: 'test-import-missing-rol', kind: 'NO_EFFECT', detail: expect.stringContaining("no node has the id 'test-import-missing-rol' ") }),
    ]);
    expect(error.message.split('\n')[0]).toBe(`${nameOf('check-missing-id.cypher')}:6: test-import-missing-rol: NO_EFFECT ${error.problems[0].detail}`);
  });

  it('passes the article template (every block of cypher/templates/article.cypher) on a dry run, and writes nothing', async () => {
    const summary = await importPaths(db, [path.join(root, 'cypher', 'templates', 'article.cypher')], { dryRun: true });
    expect(summary.checked).toEqual(['cypher/templates/article.cypher']);
    expect(await nodesWithPrefix(db, 'example-jane-doe')).toEqual({});
  });
});
