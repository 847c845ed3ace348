import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import type { Logger } from 'pino';
import { EmbeddedSetupError, compiledLauncher, launcherPath, resolveClasspath } from './resolveClasspath';

/** Java 17 needs these to run Neo4j 5 (the list in Neo4j's own neo4j.conf). */
export const JAVA_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/java.util=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-opens=java.base/sun.net.www.protocol.http=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dfile.encoding=UTF-8',
  '-XX:+UseG1GC',
];

/** Settings of one embedded instance. */
export interface EmbeddedOptions {
  projectRoot: string;
  /** The data folder; it survives restarts and holds a store lock (one process at a time). */
  home: string;
  importDir: string;
  /** 0 picks a free port. */
  port: number;
  heapMb: number;
  pagecacheMb: number;
  startTimeoutMs: number;
  /** Start the JVM again, on the same port, when it dies unasked. */
  restartOnCrash: boolean;
  /** A neo4j.conf-style file of further Neo4j settings, beside those the launcher sets itself (NEO4J_EMBEDDED_CONF). */
  confFile?: string;
}

/** What a running instance writes beside its data, so that other commands can use it instead of starting another. */
export interface EmbeddedState {
  pid: number;
  ownerPid: number;
  port: number;
  uri: string;
  startedAt: string;
}

/**
 * A real Neo4j 5.26 Community in a JVM that this process owns. The JVM reads its standard input until it closes, so
 * it shuts down whenever this process goes, however it goes: there is never an orphan JVM.
 */
export class EmbeddedNeo4j {
  private child: ChildProcess | undefined;
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private portInUse = 0;
  private classpath = '';

  constructor(
    private readonly options: EmbeddedOptions,
    private readonly logger: Logger,
  ) {}

  /** The Bolt URI of the instance (valid after {@link start}). */
  get uri(): string {
    return `bolt://127.0.0.1:${this.portInUse}`;
  }

  /** The JVM's process id, while it runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves the jars if needed, starts the JVM and waits until Bolt answers. */
  async start(): Promise<string> {
    this.stopping = false;
    this.classpath ||= await resolveClasspath(this.options.projectRoot, stateDirOf(this.options.home), this.logger);
    this.portInUse ||= this.options.port || (await freePort());
    await this.launch();
    return this.uri;
  }

  /** Stops the JVM cleanly (closing its input), and kills it if it has not exited after `graceMs`. */
  async stop(graceMs = 30_000): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdin?.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    this.removeState();
    this.logger.info('embedded Neo4j stopped');
  }

  /** Kills the JVM at once, as a crash would (for fault tests). With restartOnCrash, it comes back by itself. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  private async launch(): Promise<void> {
    const { home, importDir, heapMb, pagecacheMb, startTimeoutMs } = this.options;
    fs.mkdirSync(home, { recursive: true });
    fs.mkdirSync(importDir, { recursive: true });
    // The class path goes in an argument file: it is long, and `ps` stays readable.
    const argFile = path.join(stateDirOf(home), `${path.basename(home)}.jvm-args`);
    fs.mkdirSync(path.dirname(argFile), { recursive: true });
    // The launcher as a compiled class when it can be (compiled once), else as a single-file source program.
    const launcher = compiledLauncher(this.options.projectRoot, stateDirOf(home), this.classpath);
    fs.writeFileSync(argFile, `-cp\n"${launcher ? `${this.classpath}${path.delimiter}${launcher}` : this.classpath}"\n`);
    const program = launcher ? 'Launcher' : launcherPath(this.options.projectRoot);
    const args = [`-Xmx${heapMb}m`, ...JAVA_FLAGS, `@${argFile}`, program, home, String(this.portInUse), importDir, String(pagecacheMb)];
    const started = Date.now();
    this.logger.info({ home, port: this.portInUse }, 'starting the embedded Neo4j 5.26');
    // Its own process group: a Ctrl-C in the terminal reaches this process only, which then stops the JVM in order.
    const env = { ...process.env, NEO4J_EMBEDDED_CONF: this.options.confFile ?? '' };
    const child = spawn('java', args, { env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    this.child = child;
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);

    await new Promise<void>((resolve, reject) => {
      const lastLines: string[] = [];
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new EmbeddedSetupError(`The embedded Neo4j did not start within ${startTimeoutMs} ms.\n${lastLines.join('\n')}`));
      }, startTimeoutMs);
      const onLine = (stream: 'stdout' | 'stderr') => (line: string) => {
        lastLines.push(line);
        if (lastLines.length > 30) lastLines.shift();
        if (line.startsWith('NEO4J_READY')) {
          clearTimeout(timer);
          resolve();
          return;
        }
        if (stream === 'stderr' && /Exception|Error|FAILED/.test(line)) this.logger.warn({ jvm: line }, 'embedded Neo4j');
        else this.logger.debug({ jvm: line }, 'embedded Neo4j');
      };
      readline.createInterface({ input: child.stdout! }).on('line', onLine('stdout'));
      readline.createInterface({ input: child.stderr! }).on('line', onLine('stderr'));
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new EmbeddedSetupError(`Could not run java: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new EmbeddedSetupError(`The embedded Neo4j exited during start-up (code ${code}, signal ${signal}).\n${lastLines.join('\n')}`));
      });
    });

    child.stdin!.on('error', () => undefined);
    child.once('exit', (code, signal) => {
      process.removeListener('exit', killOnExit);
      if (this.stopping) return;
      this.logger.error({ code, signal }, 'the embedded Neo4j exited unexpectedly');
      this.removeState();
      if (this.options.restartOnCrash) this.scheduleRestart();
    });
    this.writeState();
    this.logger.info({ uri: this.uri, ms: Date.now() - started }, 'embedded Neo4j ready');
  }

  private scheduleRestart(attempt = 1): void {
    const delay = Math.min(30_000, 1_000 * 2 ** (attempt - 1));
    this.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      this.launch().catch((error: Error) => {
        this.logger.error({ err: error.message, attempt }, 'restarting the embedded Neo4j failed');
        this.scheduleRestart(attempt + 1);
      });
    }, delay);
    this.restartTimer.unref();
  }

  private writeState(): void {
    const state: EmbeddedState = {
      pid: this.child!.pid!,
      ownerPid: process.pid,
      port: this.portInUse,
      uri: this.uri,
      startedAt: new Date().toISOString(),
    };
    fs.mkdirSync(stateDirOf(this.options.home), { recursive: true });
    fs.writeFileSync(stateFileOf(this.options.home), JSON.stringify(state, null, 2));
  }

  private removeState(): void {
    const file = stateFileOf(this.options.home);
    try {
      const state = JSON.parse(fs.readFileSync(file, 'utf8')) as EmbeddedState;
      if (state.ownerPid === process.pid) fs.unlinkSync(file);
    } catch {
      // nothing to remove
    }
  }
}

/** The folder beside the data folder that holds the class path and the running instance's state. */
export function stateDirOf(home: string): string {
  return path.join(path.dirname(home), 'state');
}

function stateFileOf(home: string): string {
  return path.join(stateDirOf(home), `${path.basename(home)}.json`);
}

/**
 * The instance another process of this project already runs on `home`, if there is one that is alive and listening;
 * commands use it instead of starting a second JVM (the store lock allows one).
 */
export async function findRunningInstance(home: string): Promise<EmbeddedState | undefined> {
  let state: EmbeddedState;
  try {
    state = JSON.parse(fs.readFileSync(stateFileOf(home), 'utf8')) as EmbeddedState;
  } catch {
    return undefined;
  }
  if (!isAlive(state.pid) || !(await isListening(state.port))) return undefined;
  return state;
}

/** True while a process with this id runs. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** True when something accepts connections on this port of 127.0.0.1. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * What the API process records, beside the project's other state, about the database it serves: so that a command
 * started without NEO4J_URI or NEO4J_EMBEDDED_HOME (`npm run import`, `npm run validate`, `npm run keys`) talks to the
 * same database as the API, whatever data folder the API was started on, instead of starting a second, empty one.
 */
export interface ApiInstanceRecord extends EmbeddedState {
  /** The data folder the API's Neo4j runs on. */
  home: string;
}

/** Where {@link ApiInstanceRecord} lives: `.neo4j/state/api.json` under the project root. */
export function apiRecordPath(projectRoot: string): string {
  return path.join(projectRoot, '.neo4j', 'state', 'api.json');
}

/** Records the database the API of this process serves (called by the API once Neo4j answers). */
export function recordApiInstance(projectRoot: string, record: ApiInstanceRecord): void {
  const file = apiRecordPath(projectRoot);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(record, null, 2));
}

/** Removes the record if this process wrote it (the API stops). */
export function removeApiInstance(projectRoot: string): void {
  const file = apiRecordPath(projectRoot);
  try {
    const record = JSON.parse(fs.readFileSync(file, 'utf8')) as ApiInstanceRecord;
    if (record.ownerPid === process.pid) fs.unlinkSync(file);
  } catch {
    // nothing recorded
  }
}

/** The database of the API running for this project, if one runs and its Neo4j listens. */
export async function findApiInstance(projectRoot: string): Promise<ApiInstanceRecord | undefined> {
  let record: ApiInstanceRecord;
  try {
    record = JSON.parse(fs.readFileSync(apiRecordPath(projectRoot), 'utf8')) as ApiInstanceRecord;
  } catch {
    return undefined;
  }
  if (!isAlive(record.ownerPid) || !(await isListening(record.port))) return undefined;
  return record;
}
