import type { Row, Tx } from './database';

/**
 * Statements sent in one go on a transaction, answered in order. A failed statement fails those after it; `settled`
 * waits for every answer (so that the caller may throw, and roll back, only once nothing is in flight), and `all`
 * throws the first failure.
 */
export class Pipeline implements Tx {
  private readonly pending: Array<Promise<Row[]>> = [];

  constructor(private readonly tx: Tx) {}

  send(cypher: string, params: Record<string, unknown>): Promise<Row[]> {
    const rows = this.tx.run(cypher, params);
    rows.catch(() => undefined);
    this.pending.push(rows);
    return rows;
  }

  /** {@link send}, so that code written for a transaction can add its statements to the batch. */
  run(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.send(cypher, params);
  }

  async settled(): Promise<void> {
    await Promise.allSettled(this.pending);
  }

  async all(): Promise<void> {
    await Promise.all(this.pending);
  }
}
