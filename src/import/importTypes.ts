import type { Logger } from 'pino';

/** How an import runs. */
export interface ImportOptions {
  /**
   * Plan every statement of every script with EXPLAIN (which does not execute) and write nothing, not even the ledger.
   * Already-applied scripts are checked too; a changed one is still refused, as the real run would refuse it.
   */
  dryRun?: boolean;
  /**
   * Run these scripts again even though the ledger says they were applied (needed when their checksum changed).
   * Each is a ledger name (`cypher/seed/001-sources.cypher`) or a path to the file.
   */
  reapply?: string[];
  /**
   * Re-apply the scripts named by `reapply` even when they would change values that scripts applied after them wrote
   * (without it, such a re-apply is refused with the list of those values).
   */
  force?: boolean;
  /** The folder that ledger names are relative to; defaults to the project root. */
  root?: string;
  /** Transaction timeout for each script, in ms; defaults to 5 minutes. */
  timeoutMs?: number;
  /**
   * When to refresh derived data (shortcut edges, page keys, alias texts) after the scripts: `always` (the default: running the import again repairs
   * keys that a failed refresh left behind) or `when-applied`, only if this import applied a script (a start-up on a
   * graph that is up to date then reads nothing more), or `never` (a writer that derived its own data, such as the
   * generator's bulk path, checked by its tests).
   */
  refreshKeys?: 'always' | 'when-applied' | 'never';
  /** Records per transaction for files of records (CSV, FtM), instead of the file's or the format's default. */
  batchSize?: number;
  /** Called before each batch of a file of records (tests stop an import part-way with it). */
  beforeBatch?: (index: number) => void;
  /** Called as the import advances (the CLI draws progress from it). */
  onProgress?: (event: ImportProgress) => void;
  logger?: Logger;
}

/** One step of progress. */
export type ImportProgress =
  | { kind: 'file-start'; file: string; index: number; total: number; statements: number; unit?: 'statement' | 'record' }
  | { kind: 'statement'; file: string; index: number; total: number }
  | { kind: 'file-done'; file: string; status: 'applied' | 'skipped' | 'checked'; durationMs: number };

/** What an import did, file by file. */
export interface ImportSummary {
  applied: string[];
  skipped: string[];
  checked: string[];
  statements: number;
  /** Records written from files of records (CSV, ...), resumed ones not counted twice. */
  records?: number;
  durationMs: number;
  /** What the refresh of derived data (shortcut edges, page keys, alias texts) wrote after the scripts, if it ran. */
  derived?: { globalIds: number; shortcutsWritten: number; shortcutsRemoved: number; pageKeys: number; aliasesText: number };
}
