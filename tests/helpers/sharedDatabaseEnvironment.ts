import { TestEnvironment } from 'jest-environment-node';
import { LOCK_ENV, acquire, ownsItsDatabase, release } from './sharedDatabaseLock';

type Args = ConstructorParameters<typeof TestEnvironment>;

/**
 * The integration project's test environment: Node's, plus the shared-database lock. A suite that uses the shared
 * Neo4j waits for the lock before it starts and gives it back after its last hook, so those suites run one at a time
 * (their data never meets another suite's half-way); a suite whose docblock says `@neo4j own` takes no lock and runs
 * beside them (`jest.config.ts` gives the run two workers at least).
 */
export default class SharedDatabaseEnvironment extends TestEnvironment {
  private readonly lock: string | undefined;

  constructor(config: Args[0], context: Args[1]) {
    super(config, context);
    this.lock = ownsItsDatabase(context.docblockPragmas) ? undefined : process.env[LOCK_ENV];
  }

  override async setup(): Promise<void> {
    await super.setup();
    if (this.lock) await acquire(this.lock);
  }

  override async teardown(): Promise<void> {
    if (this.lock) release(this.lock);
    await super.teardown();
  }
}
