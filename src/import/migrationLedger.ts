import type { Database, Tx } from '../db';

/** What the ledger knows of one applied script. */
export interface LedgerEntry {
  name: string;
  checksum: string;
  /** ISO instant. */
  appliedAt: string;
  /** A file of records whose import stopped part-way: it resumes after this line (its batches up to it are in). */
  resumeAfterLine?: number | null;
}

/**
 * The import ledger, `(:Migration {name, checksum, appliedAt, durationMs})`: which scripts ran, and on what content,
 * so that an import skips what is done and refuses a script that changed after it ran.
 */
export const migrationLedger = {
  /** The entries of the named scripts that have been applied. */
  async read(db: Database, names: readonly string[]): Promise<Map<string, LedgerEntry>> {
    const rows = await db.read((tx) =>
      tx.run(
        `UNWIND $names AS name
         MATCH (m:Migration {name: name})
         RETURN m.name AS name, m.checksum AS checksum, m.appliedAt AS appliedAt, m.resumeAfterLine AS resumeAfterLine`,
        { names },
      ),
    );
    return new Map(rows.map((row) => [row.name as string, row as unknown as LedgerEntry]));
  },

  /** Every entry of the ledger, oldest first. */
  async readAll(db: Database): Promise<LedgerEntry[]> {
    const rows = await db.read((tx) =>
      tx.run(`MATCH (m:Migration) RETURN m.name AS name, m.checksum AS checksum, toString(m.appliedAt) AS appliedAt ORDER BY m.appliedAt, m.name`),
    );
    return rows as unknown as LedgerEntry[];
  },

  /** Records (or re-records) a script as applied; called inside the script's own transaction when it has one. */
  async record(tx: Tx, entry: { name: string; checksum: string; durationMs: number }): Promise<void> {
    await tx.run(
      `MERGE (m:Migration {name: $name})
       SET m.checksum = $checksum, m.appliedAt = datetime(), m.durationMs = toInteger($durationMs), m.resumeAfterLine = null`,
      entry,
    );
  },

  /** Records that a file of records is in up to a line (in the transaction of the batch that ends there). */
  async progress(tx: Tx, entry: { name: string; checksum: string; resumeAfterLine: number }): Promise<void> {
    await tx.run(
      `MERGE (m:Migration {name: $name})
       SET m.checksum = $checksum, m.appliedAt = datetime(), m.resumeAfterLine = toInteger($resumeAfterLine)`,
      entry,
    );
  },
};
