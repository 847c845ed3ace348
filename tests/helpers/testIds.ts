import { randomBytes } from 'node:crypto';
import type { Database } from '../../src/db';

/**
 * A suffix drawn once per test file per run. Ids made with it are new on every run, so that a second run on the same
 * database (or another checkout's run on it) never meets the nodes of an earlier one.
 */
export const RUN = randomBytes(4).toString('hex');

/**
 * The id prefix of one suite's data in this run: `test-<suite>-<run>-`. Every id a test writes starts with `test-`:
 * suites that read the article's graph leave such ids out, and `graphOutsideTestData` does not count them.
 */
export function runPrefix(suite: string): string {
  return `test-${suite}-${RUN}-`;
}

/** The ids of the nodes with `label` that no test wrote (the seed's): for walking a whole-graph list without other runs' data. */
export async function seedIds(db: Database, label: string): Promise<string[]> {
  return (await db.readRows(`MATCH (n:${label}) WHERE NOT n.id STARTS WITH 'test-' RETURN n.id AS id`)).map((r) => r.id as string);
}
