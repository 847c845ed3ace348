import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../src/neo4j-embedded';
import { tsNodeArgs } from '../helpers/tsChild';

const root = path.resolve(__dirname, '..', '..');

/**
 * API_WORKERS=2 (src/workers.ts): the entry point forks two API processes that share one port and one database; both
 * answer, and SIGTERM drains them and ends the primary with exit code 0.
 */
describe('the API as two workers', () => {
  let child: ChildProcess;
  let output = '';
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    child = spawn(process.execPath, tsNodeArgs('src/index.ts'), {
      cwd: root,
      env: { ...process.env, API_WORKERS: '2', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_ON_START: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 150_000;
    // Both workers are up when the primary says so (after every worker listens).
    while (!/"workers":2/.test(output)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the workers did not start:\n${output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 180_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves every request from either worker, on one port', async () => {
    for (let i = 0; i < 8; i += 1) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close' },
        body: JSON.stringify({ query: '{ person(id: "nick-clegg") { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { person: { name: 'Nick Clegg' } } });
    }
    const servingPids = new Set(
      output
        .split('\n')
        .filter((line) => line.includes('"msg":"graphql request"'))
        .map((line) => (JSON.parse(line) as { pid: number }).pid),
    );
    expect(servingPids.size).toBe(2);
    expect(servingPids.has(child.pid!)).toBe(false);
  });

  it('drains both workers and exits 0 on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.match(/"msg":"requests drained; closing Neo4j"/g)).toHaveLength(2);
  }, 60_000);
});
