/**
 * @neo4j own: this suite starts its own Neo4j (or none) and never reads the shared one, so it runs beside the suites
 * that do (tests/helpers/sharedDatabaseEnvironment.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { compiledLauncher } from '../../src/neo4j-embedded/resolveClasspath';

/** The embedded Neo4j's launcher is compiled once per source, reused by every later start, and optional. */
describe('the compiled launcher', () => {
  // The class path the global setup resolved (the test Neo4j runs on it).
  const classpath = fs.readFileSync(path.join(projectRoot, '.neo4j', 'state', 'classpath.txt'), 'utf8').trim();
  let stateDir: string;

  beforeEach(() => {
    stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'launcher-'));
  });

  afterEach(() => {
    fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('compiles Launcher.java into a folder named by its source, and reuses it without compiling again', () => {
    const dir = compiledLauncher(projectRoot, stateDir, classpath);
    expect(dir).toBeDefined();
    expect(path.basename(dir!)).toMatch(/^launcher-[0-9a-f]{12}$/);
    const compiled = fs.statSync(path.join(dir!, 'Launcher.class')).mtimeMs;
    expect(compiledLauncher(projectRoot, stateDir, classpath)).toBe(dir);
    expect(fs.statSync(path.join(dir!, 'Launcher.class')).mtimeMs).toBe(compiled);
    // Nothing half-made is left beside it.
    expect(fs.readdirSync(stateDir)).toEqual([path.basename(dir!)]);
  });

  it('answers undefined when it cannot compile (here: without the Neo4j jars), so the source program runs instead', () => {
    expect(compiledLauncher(projectRoot, stateDir, '')).toBeUndefined();
    expect(fs.readdirSync(stateDir)).toEqual([]);
  });
});
