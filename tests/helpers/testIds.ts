import { randomBytes } from 'node:crypto';

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
