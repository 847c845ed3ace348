import fs from 'node:fs';
import path from 'node:path';

/**
 * One lock for a jest run (the path of its folder in `TEST_SHARED_LOCK`, set by the global setup): the suites that use the
 * shared Neo4j hold it one at a time, while suites with a Neo4j of their own (`@neo4j own`) run beside them, and
 * suites that use it only in part (`@neo4j in-part`) hold it around that part ({@link withSharedDatabase}).
 */
export const LOCK_ENV = 'TEST_SHARED_LOCK';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let issued = 0;

/**
 * Waits for the lock and takes it; answers the function that gives it back. The lock is a folder of tickets served in
 * the order they were taken (first come, first served): a suite that asked first goes first, so one that waits in a
 * hook with a limit (an in-part suite's last step) is not overtaken again and again by suites that asked after it. A
 * ticket's name is the machine's monotonic clock when it was taken (the same clock for every process), the pid of its
 * process and a count within it (one process may hold a ticket and wait with another: the global setup seeds holding
 * one while a suite run in band waits with the next). The ticket first in line holds the lock; one whose process died
 * (killed, crashed) is removed, and the next one holds it.
 */
export async function acquire(folder: string): Promise<() => void> {
  fs.mkdirSync(folder, { recursive: true });
  const ticket = `${process.hrtime.bigint().toString().padStart(20, '0')}-${process.pid}-${(issued += 1)}`;
  const file = path.join(folder, ticket);
  fs.writeFileSync(file, '');
  const release = () => fs.rmSync(file, { force: true });
  while (firstAlive(folder) !== ticket) await sleep(50);
  const failure = setupFailure(folder);
  if (failure !== undefined) {
    release();
    throw new Error(failure);
  }
  return release;
}

/** Where the global setup records that it could not prepare the shared database (next to the lock's folder). */
const failureFile = (folder: string) => `${folder}.setup-failed`;

/** Records why the shared database is not ready: every later `acquire` of this lock throws it. */
export function markSetupFailed(folder: string, message: string): void {
  fs.writeFileSync(failureFile(folder), message);
}

function setupFailure(folder: string): string | undefined {
  try {
    return fs.readFileSync(failureFile(folder), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The first ticket in line whose process is alive; those ahead of it, of dead processes, are removed. */
function firstAlive(folder: string): string | undefined {
  for (const name of fs.readdirSync(folder).sort()) {
    const pid = Number(name.split('-')[1]);
    if (pid === process.pid || alive(pid)) return name;
    fs.rmSync(path.join(folder, name), { force: true });
  }
  return undefined;
}

/**
 * Runs `work` holding the lock, for a suite marked `@neo4j in-part`: one that spends most of its time on a Neo4j of its
 * own (a bulk load, say) and reads or writes the shared one only in some steps. Without a lock for the run (a file
 * run outside jest's global setup), `work` simply runs.
 */
export async function withSharedDatabase<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env[LOCK_ENV];
  if (!file) return work();
  const release = await acquire(file);
  try {
    return await work();
  } finally {
    release();
  }
}

/**
 * Whether a test file's docblock says it takes no lock for the whole suite: it runs on a Neo4j of its own or none
 * (`@neo4j own`), or takes the lock itself around what it does on the shared one (`@neo4j in-part`).
 * `testSequencer.mjs` reads the same pragma: jest loads a sequencer without its transform, so it cannot import this file.
 */
export function locksNothingForTheSuite(pragmas: Record<string, string | string[]>): boolean {
  const value = (Array.isArray(pragmas.neo4j) ? pragmas.neo4j.join(' ') : (pragmas.neo4j ?? '')).trim();
  return value.startsWith('own') || value.startsWith('in-part');
}
