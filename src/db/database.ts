import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { Logger } from 'pino';
import { DatabaseUnavailableError } from '../errors';
import { mapDriverError } from './mapDriverError';
import { toPlain } from './toPlain';

/** How long past a transaction's timeout the caller still waits for the driver. */
const DEADLINE_GRACE_MS = 2_000;

/** A row as the rest of the code sees it: plain values keyed by the RETURN names. */
export type Row = Record<string, unknown>;

/** Parameters of a Cypher statement. Every value that reaches Cypher goes through here, never through the text. */
export type Params = Record<string, unknown>;

/** Options of one unit of work. */
export interface WorkOptions {
  /** Cancel the transaction after this long (defaults to the configured query timeout). */
  timeoutMs?: number;
  /** Logged with the query, and sent to Neo4j as transaction metadata. */
  requestId?: string;
}

/** The connection settings {@link Database} needs. */
export interface DatabaseSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
  maxRetryMs: number;
  connectTimeoutMs: number;
  maxPoolSize: number;
}

/** A transaction handle given to a unit of work: run Cypher, get plain rows. */
export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/** What a statement changed, from Neo4j's result summary: the imports refuse a statement that changed nothing. */
export interface StatementUpdates {
  /** True when the statement created, deleted or set anything. */
  containsUpdates: boolean;
  /** Neo4j's counters (nodesCreated, relationshipsCreated, propertiesSet, labelsAdded, ...), without the zeros. */
  counters: Record<string, number>;
}

/** A transaction handle that also tells what each statement changed (the handle every unit of work receives). */
export interface CountingTx extends Tx {
  runCounting(cypher: string, params?: Params): Promise<{ rows: Row[]; updates: StatementUpdates }>;
}

/**
 * The one owner of the Neo4j driver. Reads go through `executeRead` and writes through `executeWrite`, so that a
 * `neo4j://` URI routes them to readers and the leader, and transient failures are retried (their callbacks must be
 * idempotent). Every Cypher statement is counted and logged at debug level, so tests can bound round trips.
 */
export class Database {
  readonly driver: Driver;
  /** Statements sent since the start: tests bound round trips with it. */
  queryCount = 0;

  constructor(
    readonly settings: DatabaseSettings,
    private readonly logger: Logger,
  ) {
    const auth = settings.password ? neo4j.auth.basic(settings.user, settings.password) : undefined;
    this.driver = neo4j.driver(settings.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: settings.maxRetryMs,
      connectionTimeout: settings.connectTimeoutMs,
      connectionAcquisitionTimeout: settings.connectTimeoutMs + 1_000,
      maxConnectionPoolSize: settings.maxPoolSize,
      userAgent: 'influence-graph/0.1',
    });
  }

  /** Runs one read unit of work in a read transaction; retried on transient errors. */
  async read<T>(work: (tx: CountingTx) => Promise<T>, options: WorkOptions = {}): Promise<T> {
    return this.withSession('READ', work, options);
  }

  /** Runs one write unit of work in a write transaction: all of it commits, or none of it. */
  async write<T>(work: (tx: CountingTx) => Promise<T>, options: WorkOptions = {}): Promise<T> {
    return this.withSession('WRITE', work, options);
  }

  /** Shorthand for a read of one statement. */
  async readRows(cypher: string, params: Params = {}, options: WorkOptions = {}): Promise<Row[]> {
    return this.read((tx) => tx.run(cypher, params), options);
  }

  /** Shorthand for a write of one statement. */
  async writeRows(cypher: string, params: Params = {}, options: WorkOptions = {}): Promise<Row[]> {
    return this.write((tx) => tx.run(cypher, params), options);
  }

  /** Runs a statement outside a managed transaction: only for what cannot run inside one (schema in scripts, CALL IN TRANSACTIONS). */
  async autoCommit(cypher: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.settings.database });
    try {
      this.count(cypher, params);
      return toRows(await session.run(cypher, params));
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** Resolves when Neo4j answers a trivial query; rejects with DATABASE_UNAVAILABLE otherwise. */
  async ping(timeoutMs = 2_000): Promise<void> {
    const session = this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session.READ });
    try {
      await withDeadline(session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs }), timeoutMs, 'Neo4j did not answer in time');
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      session.close().catch(() => undefined);
    }
  }

  /** Waits until Neo4j answers, for at most `waitMs`; the last error is thrown after that. */
  async waitUntilReady(waitMs: number): Promise<void> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        await this.driver.getServerInfo({ database: this.settings.database });
        await this.ping(Math.max(1_000, Math.min(5_000, deadline - Date.now())));
        return;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (tx: CountingTx) => Promise<T>, options: WorkOptions): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      timeout: options.timeoutMs ?? this.settings.queryTimeoutMs,
      metadata: options.requestId ? { requestId: options.requestId } : undefined,
    };
    const callback = (tx: ManagedTransaction) => work(this.wrap(tx, options.requestId));
    // Neo4j cancels a transaction after its timeout, but a server that accepts connections without serving (a
    // database still starting) would keep the driver waiting: past the timeout and a grace, the caller is answered.
    const deadlineMs = config.timeout + DEADLINE_GRACE_MS;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new DatabaseUnavailableError(`Neo4j did not answer within ${deadlineMs} ms; try again shortly.`));
      }, deadlineMs);
    });
    try {
      const run = mode === 'READ' ? session.executeRead(callback, config) : session.executeWrite(callback, config);
      run.catch(() => undefined);
      return await Promise.race([run, deadline]);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      clearTimeout(timer);
      const closing = session.close().catch(() => undefined);
      if (!timedOut) await closing;
    }
  }

  private wrap(tx: ManagedTransaction, requestId?: string): CountingTx {
    return {
      run: async (cypher, params = {}) => {
        this.count(cypher, params, requestId);
        return toRows(await tx.run(cypher, params));
      },
      runCounting: async (cypher, params = {}) => {
        this.count(cypher, params, requestId);
        const result = await tx.run(cypher, params);
        const stats = result.summary.counters;
        const counters = Object.fromEntries(Object.entries(stats.updates()).filter(([, n]) => n > 0));
        return { rows: toRows(result), updates: { containsUpdates: stats.containsUpdates(), counters } };
      },
    };
  }

  private count(cypher: string, params: Params, requestId?: string): void {
    this.queryCount += 1;
    if (this.logger.isLevelEnabled('debug')) this.logger.debug({ requestId, cypher, params }, 'cypher');
  }
}

function toRows(result: QueryResult): Row[] {
  return result.records.map((record) => {
    const row: Row = {};
    for (const key of record.keys) row[key as string] = toPlain(record.get(key));
    return row;
  });
}

function withDeadline<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`${message}.`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
