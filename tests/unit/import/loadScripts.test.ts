import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandPaths } from '../../../src/import/expandPaths';
import { ImportError } from '../../../src/import/importError';
import { loadScript } from '../../../src/import/loadScript';
import { scriptName } from '../../../src/import/scriptName';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'load-scripts-'));
  fs.mkdirSync(path.join(dir, 'seed'));
  for (const name of ['010-b.cypher', '002-a.cypher', 'README.md', '001-z.cypher']) fs.writeFileSync(path.join(dir, 'seed', name), 'RETURN 1;');
  fs.mkdirSync(path.join(dir, 'seed', 'nested.cypher'));
  fs.writeFileSync(path.join(dir, 'schema.cypher'), 'CREATE INDEX i IF NOT EXISTS FOR (n:X) ON (n.y);\nDROP INDEX j IF EXISTS;');
  fs.writeFileSync(path.join(dir, 'mixed.cypher'), 'MERGE (:X {id: 1});\n\n  CREATE CONSTRAINT c IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE;');
  fs.writeFileSync(path.join(dir, 'batched.cypher'), 'MERGE (:X {id: 1});\nUNWIND [1] AS i CALL (i) { CREATE (:Y) } IN TRANSACTIONS;');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('expandPaths', () => {
  it('expands a folder into its .cypher files sorted by name, keeping the order of the paths given', async () => {
    const files = await expandPaths([path.join(dir, 'schema.cypher'), path.join(dir, 'seed'), path.join(dir, 'seed', '002-a.cypher')]);
    expect(files.map((f) => path.relative(dir, f))).toEqual([
      'schema.cypher',
      path.join('seed', '001-z.cypher'),
      path.join('seed', '002-a.cypher'),
      path.join('seed', '010-b.cypher'),
    ]);
  });

  it('refuses a path that does not exist', async () => {
    await expect(expandPaths([path.join(dir, 'nope')])).rejects.toMatchObject({ name: 'ImportError', code: 'NOT_FOUND' });
  });
});

describe('scriptName', () => {
  it('names a script by its path relative to the root, with / separators', () => {
    expect(scriptName(path.join(dir, 'seed', '001-z.cypher'), dir)).toBe('seed/001-z.cypher');
  });

  it('names a script outside the root by its absolute path', () => {
    expect(scriptName('/elsewhere/x.cypher', dir)).toBe(path.resolve('/elsewhere/x.cypher'));
  });
});

describe('loadScript', () => {
  it('checksums the content and runs a data script atomically', async () => {
    const script = await loadScript(path.join(dir, 'seed', '001-z.cypher'), dir);
    expect(script).toMatchObject({
      name: 'seed/001-z.cypher',
      mode: 'atomic',
      checksum: createHash('sha256').update('RETURN 1;').digest('hex'),
    });
  });

  it('runs a schema-only script statement by statement', async () => {
    expect((await loadScript(path.join(dir, 'schema.cypher'), dir)).mode).toBe('schema');
  });

  it('runs a script with CALL { } IN TRANSACTIONS in auto-commit (not atomic)', async () => {
    expect((await loadScript(path.join(dir, 'batched.cypher'), dir)).mode).toBe('batched');
  });

  it('refuses a script that mixes schema and data statements, pointing at the odd one out', async () => {
    const error = await loadScript(path.join(dir, 'mixed.cypher'), dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'SCRIPT_FAILED', file: 'mixed.cypher', line: 3, column: 3 });
  });
});
