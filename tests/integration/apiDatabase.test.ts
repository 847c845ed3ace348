/**
 * @neo4j own: this suite starts its own Neo4j (or none) and never reads the shared one, so it runs beside the suites
 * that do (tests/helpers/sharedDatabaseEnvironment.ts).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { Database } from '../../src/db';
import { apiRecordPath, freePort, type ApiInstanceRecord } from '../../src/neo4j-embedded';
import { runPrefix } from '../helpers/testIds';
import { tsNodeArgs } from '../helpers/tsChild';

const ROOT = path.resolve(__dirname, '..', '..');
const PREFIX = runPrefix('api-db');

/** The environment of a command started by hand: no NEO4J_URI, no NEO4J_EMBEDDED_HOME (the jest run sets the first). */
function commandEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  delete env.NEO4J_URI;
  delete env.NEO4J_EMBEDDED_HOME;
  return { ...env, ...extra };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * The API started on a data folder of its own (NEO4J_EMBEDDED_HOME), and `npm run validate` started without any
 * database setting: the command finds the API's database (the API records it in .neo4j/state/api.json), says so on
 * its first line, and checks that database, not a second, empty one.
 */
describe('commands find the database the running API uses', () => {
  let home: string;
  let api: ChildProcess | undefined;
  let record: ApiInstanceRecord;
  let db: Database | undefined;
  const recordFile = apiRecordPath(ROOT);
  let previousRecord: string | undefined;

  beforeAll(async () => {
    previousRecord = fs.existsSync(recordFile) ? fs.readFileSync(recordFile, 'utf8') : undefined;
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'test-api-db-'));
    const port = await freePort();
    api = spawn(process.execPath, tsNodeArgs('src/index.ts'), {
      cwd: ROOT,
      env: commandEnv({ NEO4J_EMBEDDED_HOME: path.join(home, 'data'), PORT: String(port), SEED_ON_START: 'false', NEO4J_EMBEDDED_HEAP_MB: '512', NEO4J_EMBEDDED_RESTART: 'false' }),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    record = await waitFor(
      'the API to record its database',
      () => {
        try {
          const found = JSON.parse(fs.readFileSync(recordFile, 'utf8')) as ApiInstanceRecord;
          return found.ownerPid === api!.pid ? found : undefined;
        } catch {
          return undefined;
        }
      },
      150_000,
    );
    const config = loadConfig({ ...process.env, NEO4J_URI: record.uri });
    db = new Database({ ...config.neo4j, uri: record.uri }, pino({ level: 'silent' }));
    // A claim without evidence, in the API's database only: validate must report it.
    await db.writeRows('CREATE (:Claim:Role {id: $id, kind: "EXECUTIVE"})', { id: `${PREFIX}role` });
  }, 180_000);

  afterAll(async () => {
    await db?.close();
    if (api && api.exitCode === null) {
      const exited = new Promise((resolve) => api!.once('exit', resolve));
      api.kill('SIGTERM');
      await exited;
    }
    if (previousRecord !== undefined && !fs.existsSync(recordFile)) fs.writeFileSync(recordFile, previousRecord);
    fs.rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it('validate checks the API’s database, on its custom data folder, and names it on its first line', () => {
    expect(record.home).toBe(path.join(home, 'data'));
    const run = spawnSync(process.execPath, tsNodeArgs('src/validate/cli.ts'), { cwd: ROOT, env: commandEnv(), encoding: 'utf8', timeout: 120_000 });
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`Validating the embedded Neo4j of the running API at ${record.uri} (data folder ${record.home}, API pid ${api!.pid}).`);
    expect(run.stdout).toContain(`UNSUPPORTED_CLAIM  ${PREFIX}role  Role has no SUPPORTED_BY edge to a Source`);
    // Each check's count and time on standard error as it ends: a validation of a large graph shows its progress.
    expect(run.stderr).toMatch(/^ {2}unsupported-claims: [1-9]\d* problems? \(\d+\.\d s\)$/m);
    expect(run.stderr).toMatch(/^ {2}stale-page-keys: \d+ problems? \(\d+\.\d s\)$/m);
    expect(run.status).toBe(1);
  }, 130_000);
});
