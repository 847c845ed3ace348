// jest loads a test sequencer without its transform, so this one is plain JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import Sequencer from '@jest/test-sequencer';
import { extract, parse } from 'jest-docblock';

const UNIT = `${path.sep}tests${path.sep}unit${path.sep}`;

/** Whether a test file's docblock says it runs on a Neo4j of its own (`@neo4j own`; tests/helpers/sharedDatabaseLock.ts). */
function ownsItsDatabase(file) {
  const value = parse(extract(fs.readFileSync(file, 'utf8'))).neo4j;
  return (Array.isArray(value) ? value.join(' ') : (value ?? '')).trim().startsWith('own');
}

/**
 * jest's order (failed first, then slowest first), with the suites that need no shared database (unit tests, `@neo4j
 * own`) put between those that do: one worker holds the shared-database lock while another runs them, rather than
 * both waiting on the lock while they wait in the queue.
 */
export default class SharedDatabaseSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const free = (test) => test.path.includes(UNIT) || ownsItsDatabase(test.path);
    const shared = sorted.filter((t) => !free(t));
    const own = sorted.filter(free);
    const out = [];
    for (let i = 0; i < Math.max(shared.length, own.length); i++) {
      if (i < shared.length) out.push(shared[i]);
      if (i < own.length) out.push(own[i]);
    }
    return out;
  }
}
