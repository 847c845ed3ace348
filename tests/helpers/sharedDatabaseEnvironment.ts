import fs from 'node:fs';
import path from 'node:path';
import { TestEnvironment } from 'jest-environment-node';
import { LOCK_ENV, acquire, locksNothingForTheSuite } from './sharedDatabaseLock';

/** With TEST_LOCK_LOG=<file>, every suite appends one JSON line: how long it waited for the lock and held it. */
const LOG = process.env.TEST_LOCK_LOG;

type Args = ConstructorParameters<typeof TestEnvironment>;

/**
 * The integration project's test environment: Node's, plus the shared-database lock. A suite that uses the shared
 * Neo4j waits for the lock before it starts and gives it back after its last hook, so those suites run one at a time
 * (their data never meets another suite's half-way); a suite whose docblock says `@neo4j own` takes no lock and runs
 * beside them, and one that says `@neo4j in-part` takes it only around its steps on the shared Neo4j
 * (`withSharedDatabase`). `jest.config.ts` gives the run three workers at least.
 */
export default class SharedDatabaseEnvironment extends TestEnvironment {
  private readonly lock: string | undefined;
  private readonly suite: string;
  private readonly times = { created: Date.now(), acquired: 0 };
  private release: (() => void) | undefined;

  constructor(config: Args[0], context: Args[1]) {
    super(config, context);
    this.lock = locksNothingForTheSuite(context.docblockPragmas) ? undefined : process.env[LOCK_ENV];
    this.suite = path.relative(config.projectConfig.rootDir, context.testPath);
  }

  override async setup(): Promise<void> {
    await super.setup();
    if (this.lock) this.release = await acquire(this.lock);
    this.times.acquired = Date.now();
  }

  override async teardown(): Promise<void> {
    this.release?.();
    if (LOG) {
      const { created, acquired } = this.times;
      const line = { suite: this.suite, shared: this.lock !== undefined, pid: process.pid, start: created, waitedMs: acquired - created, heldMs: Date.now() - acquired };
      fs.appendFileSync(LOG, JSON.stringify(line) + '\n');
    }
    await super.teardown();
  }
}
