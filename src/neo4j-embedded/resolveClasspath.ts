import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

/** Raised when the embedded Neo4j cannot be prepared; the message says what to install or set instead. */
export class EmbeddedSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedSetupError';
  }
}

const HOW_TO_AVOID = 'Or point NEO4J_URI at an existing Neo4j 5.26 server (e.g. NEO4J_URI=bolt://localhost:7687 after `docker compose up neo4j`).';

/** The pom that pins the Neo4j version, beside this module in the source tree. */
export function pomPath(projectRoot: string): string {
  return path.join(projectRoot, 'src', 'neo4j-embedded', 'pom.xml');
}

/** The Java launcher, run as a single-file source program. */
export function launcherPath(projectRoot: string): string {
  return path.join(projectRoot, 'src', 'neo4j-embedded', 'Launcher.java');
}

/**
 * The launcher compiled once into `stateDir` (a folder named by a hash of its source), so that a start does not compile
 * it again in memory, as a single-file source program is at every launch (about 1.5 s). Undefined when it cannot be
 * compiled here (no `javac`): the launcher then runs as a source program, as before.
 */
export function compiledLauncher(projectRoot: string, stateDir: string, classpath: string): string | undefined {
  const source = launcherPath(projectRoot);
  const hash = createHash('sha256').update(fs.readFileSync(source)).digest('hex').slice(0, 12);
  const dir = path.join(stateDir, `launcher-${hash}`);
  const compiled = () => fs.existsSync(path.join(dir, 'Launcher.class'));
  if (compiled()) return dir;
  // Compiled beside the final folder, then renamed into place: two processes starting at once never see half of it.
  const scratch = `${dir}.${process.pid}.tmp`;
  fs.rmSync(scratch, { recursive: true, force: true });
  const javac = spawnSync('javac', ['-nowarn', '-cp', classpath, '-d', scratch, source], { encoding: 'utf8' });
  if (!javac.error && javac.status === 0 && !compiled()) {
    try {
      fs.renameSync(scratch, dir);
    } catch {
      // another process put its copy in place first
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  return compiled() ? dir : undefined;
}

/** Checks that `java` (17+) and `mvn` are on the PATH; throws a message that says what to install. */
export function checkToolchain(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new EmbeddedSetupError(
      `Java 17 or newer is needed to run the embedded Neo4j, and \`java\` was not found. Install it (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless). ${HOW_TO_AVOID}`,
    );
  }
  const version = /version "(\d+)/.exec(java.stderr ?? '')?.[1];
  if (version && Number(version) < 17) {
    throw new EmbeddedSetupError(`Java ${version} is too old for Neo4j 5.26; install Java 17 or 21. ${HOW_TO_AVOID}`);
  }
  const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new EmbeddedSetupError(
      `Maven 3.8+ is needed to fetch the embedded Neo4j's jars, and \`mvn\` was not found. Install it (Debian/Ubuntu: apt-get install maven). ${HOW_TO_AVOID}`,
    );
  }
}

/**
 * Returns the class path of Neo4j 5.26 Community, resolving it with Maven when it is missing, stale (the pom
 * changed) or names a jar that is gone. The first run downloads the jars into the local Maven repository; later
 * runs are offline.
 */
export async function resolveClasspath(projectRoot: string, stateDir: string, logger: Logger): Promise<string> {
  const pom = pomPath(projectRoot);
  const outputFile = path.join(stateDir, 'classpath.txt');
  if (isFresh(outputFile, pom)) return fs.readFileSync(outputFile, 'utf8').trim();

  checkToolchain();
  fs.mkdirSync(stateDir, { recursive: true });
  logger.info('resolving the Neo4j 5.26 jars with Maven (the first run downloads about 100 MB)');
  const started = Date.now();
  const args = ['-B', '-q', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${outputFile}`, '-Dmdep.includeScope=runtime'];
  const { code, output } = await run('mvn', args);
  if (code !== 0 || !fs.existsSync(outputFile)) {
    throw new EmbeddedSetupError(`Maven could not resolve the Neo4j jars (exit ${code}):\n${output.slice(-2_000)}\n${HOW_TO_AVOID}`);
  }
  logger.info({ ms: Date.now() - started }, 'Neo4j jars resolved');
  return fs.readFileSync(outputFile, 'utf8').trim();
}

function isFresh(outputFile: string, pom: string): boolean {
  if (!fs.existsSync(outputFile)) return false;
  if (fs.statSync(outputFile).mtimeMs < fs.statSync(pom).mtimeMs) return false;
  const entries = fs.readFileSync(outputFile, 'utf8').trim().split(path.delimiter);
  return entries.length > 10 && entries.every((jar) => fs.existsSync(jar));
}

function run(command: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: -1, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}
