import fs from 'node:fs';

/**
 * One lock file for a jest run (its path in `TEST_SHARED_LOCK`, set by the global setup): the suites that use the
 * shared Neo4j hold it one at a time, while suites with a Neo4j of their own (`@neo4j own`) run beside them.
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
 * Whether a test file's docblock says it runs on a Neo4j of its own (`@neo4j own`). `testSequencer.mjs` reads the same
 * pragma: jest loads a sequencer without its transform, so it cannot import this file.
 */
export function ownsItsDatabase(pragmas: Record<string, string | string[]>): boolean {
  const value = pragmas.neo4j;
  return (Array.isArray(value) ? value.join(' ') : (value ?? '')).trim().startsWith('own');
}
