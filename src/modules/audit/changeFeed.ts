import type { Logger } from 'pino';
import type { Database } from '../../db';

/** One write as the audit log recorded it, with the ids of the nodes next to what it wrote (for `entityIds`). */
export interface ChangeEvent {
  id: string;
  at: string;
  keyId: string | null;
  operation: string;
  ids: string[];
  reason: string | null;
  /** The ids written and the ids of their neighbours: a new role is a change about its holder and organization. */
  about: string[];
}

/** The close code for a subscriber that fell too far behind (the application range of WebSocket codes). */
export const SLOW_SUBSCRIBER = { code: 4290, reason: 'Subscriber fell behind: reconnect with `since` to resume.' } as const;

/** How the feed polls and buffers. */
export interface ChangeFeedOptions {
  /** How often the audit log is read while someone listens. */
  pollMs: number;
  /**
   * How far back each poll reads again: an entry's time is taken when its write runs, and the write may commit a
   * little later than an entry read after it, so each poll re-reads this window and drops the entries already seen.
   */
  overlapMs: number;
  /** The most entries a subscriber may have waiting; one more and it is closed ({@link SLOW_SUBSCRIBER}). */
  maxBuffer: number;
  /** The most entries one backlog page reads (a resumed subscriber reads its backlog a page at a time). */
  pageSize: number;
}

const DEFAULTS: ChangeFeedOptions = { pollMs: 250, overlapMs: 5_000, maxBuffer: 500, pageSize: 200 };

/** The projection of an audit entry row, with its neighbours' ids. */
const ENTRY = `a {.id, at: toString(a.at), .keyId, .operation, .ids, .reason,
  about: a.ids + COLLECT { UNWIND a.ids AS i MATCH (:Node {id: i})--(m:Node) RETURN DISTINCT m.id LIMIT 100 }} AS entry`;

/**
 * Writes as they land, for `Subscription.changes`: one poller per API process reads the audit log (so a write made by
 * any process, any replica, reaches every subscriber, on Neo4j Community, which has no change data capture) and hands
 * each new entry to the subscribers. A subscriber that gives `since` first reads the log from then, a page at a time as
 * it consumes, then the live entries; one whose buffer overflows is closed with {@link SLOW_SUBSCRIBER}, so the
 * server's memory stays bounded whatever a client does. Polls only while someone listens.
 */
export class ChangeFeed {
  private readonly options: ChangeFeedOptions;
  private readonly subscribers = new Set<Subscriber>();
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  /** The latest entry time read, and the ids read within the overlap window before it. */
  private high: string | null = null;
  private recent = new Map<string, number>();

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    options: Partial<ChangeFeedOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /**
   * The entries since `since` (all live ones when null), about `entityIds` when given, as an async iterator a
   * GraphQL subscription returns. `close` ends the client's connection when it falls behind.
   */
  subscribe(since: string | null, entityIds: readonly string[] | null, close: (code: number, reason: string) => void): AsyncIterableIterator<ChangeEvent> {
    const subscriber = new Subscriber(this, since, entityIds, this.options, close);
    this.subscribers.add(subscriber);
    this.start();
    return subscriber;
  }

  /** Stops polling and ends every subscription (the server is stopping). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    for (const s of this.subscribers) void s.return();
  }

  /** How many subscribers listen (for tests and logs). */
  get size(): number {
    return this.subscribers.size;
  }

  /** Forgets a subscriber; the poller stops with the last one. */
  remove(subscriber: Subscriber): void {
    this.subscribers.delete(subscriber);
    if (this.subscribers.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  /** Logs that a subscriber fell behind and is being closed (its connection gets {@link SLOW_SUBSCRIBER}). */
  closedSlow(queued: number): void {
    this.logger.warn({ code: SLOW_SUBSCRIBER.code, queued, subscribers: this.subscribers.size }, 'change feed: closed a subscriber that fell behind');
  }

  /** A page of the log after (at, id), oldest first: the backlog of a resumed subscriber. */
  async page(after: { at: string; id: string }, size: number): Promise<ChangeEvent[]> {
    const rows = await this.db.readRows(
      `MATCH (a:AuditEntry) WHERE a.at >= datetime($at) AND (a.at > datetime($at) OR a.id > $id)
       WITH a ORDER BY a.at, a.id LIMIT toInteger($size) RETURN ${ENTRY}`,
      { at: after.at, id: after.id, size },
    );
    return rows.map((r) => r.entry as ChangeEvent);
  }

  private start(): void {
    if (this.timer) return;
    this.high ??= new Date().toISOString();
    this.timer = setInterval(() => void this.poll(), this.options.pollMs);
    this.timer.unref();
  }

  /** Reads the entries since the last poll (less the overlap window) and hands the new ones to every subscriber. */
  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const from = new Date(Date.parse(this.high!) - this.options.overlapMs).toISOString();
      const rows = await this.db.readRows(`MATCH (a:AuditEntry) WHERE a.at > datetime($from) WITH a ORDER BY a.at, a.id LIMIT 5000 RETURN ${ENTRY}`, { from });
      for (const { entry } of rows as Array<{ entry: ChangeEvent }>) {
        if (this.recent.has(entry.id)) continue;
        const at = Date.parse(entry.at);
        this.recent.set(entry.id, at);
        if (entry.at > this.high!) this.high = entry.at;
        for (const s of this.subscribers) s.offer(entry);
      }
      const horizon = Date.parse(this.high!) - 2 * this.options.overlapMs;
      for (const [id, at] of this.recent) if (at < horizon) this.recent.delete(id);
    } catch (error) {
      this.logger.warn({ err: error }, 'change feed: the audit log could not be read; retrying');
    } finally {
      this.polling = false;
    }
  }
}

/** One subscription: its backlog (read as it is consumed), then its bounded queue of live entries. */
class Subscriber implements AsyncIterableIterator<ChangeEvent> {
  private readonly queue: ChangeEvent[] = [];
  private waiting: ((result: IteratorResult<ChangeEvent>) => void) | undefined;
  private done = false;
  /** Where the backlog has been read to; null once it has caught up with the live entries. */
  private backlog: { at: string; id: string } | null;
  private readonly delivered = new Set<string>();
  private readonly wanted: Set<string> | null;

  constructor(
    private readonly feed: ChangeFeed,
    since: string | null,
    entityIds: readonly string[] | null,
    private readonly options: ChangeFeedOptions,
    private readonly close: (code: number, reason: string) => void,
  ) {
    this.backlog = since ? { at: since, id: '' } : null;
    this.wanted = entityIds?.length ? new Set(entityIds) : null;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ChangeEvent> {
    return this;
  }

  /** A live entry: queued if this subscriber wants it; past the bound, the subscriber is closed. */
  offer(entry: ChangeEvent): void {
    if (this.done || !this.wants(entry)) return;
    if (this.waiting && !this.backlog) {
      if (!this.deliverable(entry)) return;
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: entry, done: false });
      return;
    }
    this.queue.push(entry);
    if (this.queue.length > this.options.maxBuffer) {
      this.queue.length = 0;
      void this.return();
      this.feed.closedSlow(this.options.maxBuffer);
      this.close(SLOW_SUBSCRIBER.code, SLOW_SUBSCRIBER.reason);
    }
  }

  async next(): Promise<IteratorResult<ChangeEvent>> {
    while (!this.done) {
      if (this.backlog) {
        const page = await this.feed.page(this.backlog, this.options.pageSize);
        if (page.length === 0) this.backlog = null;
        else {
          const last = page[page.length - 1];
          this.backlog = { at: last.at, id: last.id };
          // The page goes before the live entries queued meanwhile (a page is small, and already read).
          this.queue.unshift(...page.filter((e) => this.wants(e)));
          continue;
        }
      }
      const queued = this.queue.shift();
      if (queued) {
        if (this.deliverable(queued)) return { value: queued, done: false };
        continue;
      }
      return new Promise((resolve) => (this.waiting = resolve));
    }
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<ChangeEvent>> {
    this.done = true;
    this.feed.remove(this);
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
    return { value: undefined, done: true };
  }

  private wants(entry: ChangeEvent): boolean {
    return !this.wanted || entry.about.some((id) => this.wanted!.has(id));
  }

  /** Each entry once, whether the backlog or the live feed brought it (the set is trimmed as it grows). */
  private deliverable(entry: ChangeEvent): boolean {
    if (this.delivered.has(entry.id)) return false;
    this.delivered.add(entry.id);
    if (this.delivered.size > 10 * this.options.maxBuffer) this.delivered.delete(this.delivered.values().next().value!);
    return true;
  }
}
