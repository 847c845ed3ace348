import fs from 'node:fs';

/**
 * One lock file for a jest run (its path in `TEST_SHARED_LOCK`, set by the global setup): the suites that use the
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

/** Waits for the lock and takes it (a file created exclusively, holding this process's pid). */
export async function acquire(file: string): Promise<void> {
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // A worker that died holding it (killed, crashed) leaves its pid behind: the lock is free again. (The holder may
    // also have given it back since: then there is nothing to read, and the next try takes it.)
    const holder = Number(holderOf(file));
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) fs.rmSync(file, { force: true });
    else await sleep(50);
  }
}

/** The pid in the lock file; '' when there is none (or it is being written). */
function holderOf(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** Gives the lock back, if this process holds it. */
export function release(file: string): void {
  if (holderOf(file) === String(process.pid)) fs.rmSync(file, { force: true });
}

/**
 * Runs `work` holding the lock, for a suite marked `@neo4j in-part`: one that spends most of its time on a Neo4j of its
 * own (a bulk load, say) and reads or writes the shared one only in some steps. Without a lock for the run (a file
 * run outside jest's global setup), `work` simply runs.
 */
export async function withSharedDatabase<T>(work: () => Promise<T>): Promise<T> {
  const file = process.env[LOCK_ENV];
  if (!file) return work();
  await acquire(file);
  try {
    return await work();
  } finally {
    release(file);
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
