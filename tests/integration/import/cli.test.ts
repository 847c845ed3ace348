import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeTestDatabases, testDatabase } from '../../helpers/testDatabase';
import { runPrefix } from '../../helpers/testIds';
import { tsNodeArgs } from '../../helpers/tsChild';
import { migrationNamed, nodesWithPrefix, projectRootForTests, removeTestData } from './importTestData';

const db = testDatabase();
const root = path.resolve(projectRootForTests);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'test-import-cli-'));
const script = path.join(tmp, 'test-import-cli.cypher');
/** This run's ids (the script is written by the test); the failing fixture's ids are its own, and it writes none. */
const P = runPrefix('import-cli');
const FAILING_FIXTURE_PREFIX = 'test-import-cli-fail-';
const testData = { idPrefixes: [P, FAILING_FIXTURE_PREFIX], migrationNames: [script] };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the import CLI as `npm run import` would, in the project root, against the tests' Neo4j. */
function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, tsNodeArgs('src/import/cli.ts', ...args), {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => removeTestData(db, testData));

afterAll(async () => {
  await removeTestData(db, testData);
  fs.rmSync(tmp, { recursive: true, force: true });
  await closeTestDatabases();
});

describe('npm run import', () => {
  it('exits 0 after applying a script, with one line per file and a summary', async () => {
    fs.writeFileSync(script, `MERGE (n:TestImport {id: '${P}1'}) SET n.version = 1;\n`);
    const run = await runCli([script]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`[1/1] applied ${script} (1 statement,`);
    expect(run.stdout).toMatch(/Applied 1, skipped 0 \(unchanged\) of 1 file; 1 statement in/);
    expect(await nodesWithPrefix(db, P)).toEqual({ [`${P}1`]: { id: `${P}1`, version: 1 } });
    expect(await migrationNamed(db, script)).toBeDefined();
  }, 60_000);

  it("exits 1 when a statement fails, printing file:line:column and Neo4j's message without a stack trace", async () => {
    const run = await runCli(['tests/fixtures/import/cli-fails.cypher']);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tests\/fixtures\/import\/cli-fails\.cypher:2:1: \/ by zero$/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(await nodesWithPrefix(db, FAILING_FIXTURE_PREFIX)).toEqual({});
  }, 60_000);

  it('exits 3 when an applied script changed, and says how to re-apply it; --reapply then applies it', async () => {
    fs.writeFileSync(script, `MERGE (n:TestImport {id: '${P}1'}) SET n.version = 2;\n`);
    const refused = await runCli([script]);

    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`${script}: the script changed since it was applied on `);
    expect(refused.stderr).toContain(`npm run import -- --reapply ${script}`);

    const reapplied = await runCli(['--reapply', script, script]);
    expect(reapplied.stderr).toBe('');
    expect(reapplied.code).toBe(0);
    expect((await nodesWithPrefix(db, P))[`${P}1`]).toMatchObject({ version: 2 });
  }, 60_000);

  it('exits 1 on a dry run that finds a syntax error, naming file and line', async () => {
    const run = await runCli(['--dry-run', 'tests/fixtures/import/dry-run-syntax-error.cypher']);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^tests\/fixtures\/import\/dry-run-syntax-error\.cypher:4:\d+: Invalid input 'RETRUN'/m);
  }, 60_000);

  it('exits 2 on a usage error or a path that does not exist', async () => {
    const unknown = await runCli(['--forcefully']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown option --forcefully.');

    const missing = await runCli(['tests/fixtures/import/no-such-script.cypher']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-script.cypher: no such file or folder.');
  }, 60_000);

  it('exits 4 when Neo4j cannot be reached', async () => {
    const run = await runCli([script], { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_STARTUP_WAIT_MS: '500' });

    expect(run.code).toBe(4);
    expect(run.stderr).toContain('Cannot reach Neo4j at bolt://127.0.0.1:1');
  }, 60_000);

  it('exits 6 on --bulk into a folder that holds a database, and 2 on --bulk with a file that is not FtM', async () => {
    const home = path.join(tmp, 'bulk-home');
    fs.mkdirSync(path.join(home, 'data', 'databases', 'neo4j'), { recursive: true });
    const file = path.join(tmp, 'one.ftm.json');
    fs.writeFileSync(file, `${JSON.stringify({ id: 'p1', schema: 'Person', properties: { name: ['P One'] } })}\n`);
    const run = await runCli(['--bulk', '--home', home, file]);
    expect(run.code).toBe(6);
    expect(run.stderr).toContain('already holds a database: the bulk load writes only into a new or empty data folder');
    expect(fs.readdirSync(path.join(home, 'data'))).toEqual(['databases']);

    const cypher = path.join(tmp, 'not-ftm.cypher');
    fs.writeFileSync(cypher, 'RETURN 1;\n');
    const other = await runCli(['--bulk', '--home', home, cypher]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--bulk loads FtM files (.ftm.json, .jsonl, .ftm) only');
  }, 60_000);
});
