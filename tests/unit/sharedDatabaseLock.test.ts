import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquire, markSetupFailed } from '../helpers/sharedDatabaseLock';

/** A ticket as another process would write it: its clock reading, its pid, its count. */
function ticketOf(folder: string, clock: bigint, pid: number): string {
  const name = `${clock.toString().padStart(20, '0')}-${pid}-1`;
  fs.writeFileSync(path.join(folder, name), '');
  return name;
}

/** Whether the promise settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

describe('the shared-database lock of a test run', () => {
  let folder: string;
  beforeEach(() => {
    folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lock-test-')), 'queue');
    fs.mkdirSync(folder);
  });
  afterEach(() => {
    // The failure record sits beside the folder, in the same temporary parent.
    fs.rmSync(path.dirname(folder), { recursive: true, force: true });
  });

  it('serves tickets in the order they were taken: one taken earlier by a live process goes first', async () => {
    const earlier = ticketOf(folder, process.hrtime.bigint(), process.ppid);
    const mine = acquire(folder);
    expect(await settlesWithin(mine, 300)).toBe(false);
    // A ticket taken after ours waits behind it, whatever its process.
    ticketOf(folder, process.hrtime.bigint(), process.ppid);
    fs.rmSync(path.join(folder, earlier));
    expect(await settlesWithin(mine, 300)).toBe(true);
    (await mine)();
  });

  it('passes over the ticket of a process that died in line, and removes it', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = ticketOf(folder, process.hrtime.bigint(), dead);
    const release = await acquire(folder);
    expect(fs.readdirSync(folder)).not.toContain(stale);
    expect(fs.readdirSync(folder)).toHaveLength(1);
    release();
  });

  it('lets one process hold the lock and wait for it with a second ticket (the global setup seeding, a suite in band)', async () => {
    const release = await acquire(folder);
    const next = acquire(folder);
    expect(await settlesWithin(next, 300)).toBe(false);
    release();
    const releaseNext = await next;
    expect(fs.readdirSync(folder)).toHaveLength(1);
    releaseNext();
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('refuses every turn, and leaves the line, once the global setup says the shared database could not be prepared', async () => {
    markSetupFailed(folder, 'the seed failed: 001-sources.cypher:3');
    await expect(acquire(folder)).rejects.toThrow('the seed failed: 001-sources.cypher:3');
    expect(fs.readdirSync(folder)).toEqual([]);
    await expect(acquire(folder)).rejects.toThrow('the seed failed');
  });
});
