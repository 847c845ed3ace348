/**
 * @neo4j own: this suite starts its own Neo4j (or none) and never reads the shared one, so it runs beside the suites
 * that do (tests/helpers/sharedDatabaseEnvironment.ts).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { tsNodeArgs } from '../helpers/tsChild';

const root = path.resolve(__dirname, '..', '..');

/** Runs the API entry point with the given environment; resolves with its exit code, output and duration. */
function runEntry(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, tsNodeArgs('src/index.ts'), {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    });
  });
}

describe('starting the API', () => {
  it('exits non-zero, naming the URI and without a stack trace, when nothing listens at NEO4J_URI', async () => {
    const { code, output, ms } = await runEntry({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_STARTUP_WAIT_MS: '2000' });
    expect(code).toBe(3);
    expect(output).toContain('bolt://127.0.0.1:1');
    expect(output).toMatch(/Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 within 2000 ms/);
    expect(output).not.toMatch(/^\s+at /m);
    expect(ms).toBeLessThan(30_000);
  });

  it('exits non-zero with one message naming the variable when a setting is bad', async () => {
    const { code, output } = await runEntry({ PORT: 'eighty' });
    expect(code).toBe(2);
    expect(output.trim()).toBe('Configuration error: PORT: "eighty" is not a whole number');
  });
});
