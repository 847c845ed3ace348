// jest loads a test sequencer without its transform, so this one is plain JavaScript.
import fs from 'node:fs';
import path from 'node:path';
import Sequencer from '@jest/test-sequencer';
import { extract, parse } from 'jest-docblock';

const UNIT = `${path.sep}tests${path.sep}unit${path.sep}`;

/**
 * Whether a test file's docblock says it takes no lock for the whole suite (`@neo4j own` or `@neo4j in-part`;
 * `locksNothingForTheSuite` in tests/helpers/sharedDatabaseLock.ts).
 */
function locksNothingForTheSuite(file) {
  const pragma = parse(extract(fs.readFileSync(file, 'utf8'))).neo4j;
  const value = (Array.isArray(pragma) ? pragma.join(' ') : (pragma ?? '')).trim();
  return value.startsWith('own') || value.startsWith('in-part');
}

/**
 * jest's order (failed first, then slowest first), with the suites that hold no lock for the whole suite (`@neo4j own`
 * and `@neo4j in-part` first, as they start a Neo4j of their own and take longest, then the unit tests) put between
 * those that do: one worker holds the shared-database lock while another runs them, rather than both waiting on the
 * lock while they wait in the queue.
 */
export default class SharedDatabaseSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const unit = (test) => test.path.includes(UNIT);
    const lockless = (test) => !unit(test) && locksNothingForTheSuite(test.path);
    const shared = sorted.filter((t) => !unit(t) && !lockless(t));
    const own = [...sorted.filter(lockless), ...sorted.filter(unit)];
    const out = [];
    for (let i = 0; i < Math.max(shared.length, own.length); i++) {
      if (i < shared.length) out.push(shared[i]);
      if (i < own.length) out.push(own[i]);
    }
    return out;
  }
}
