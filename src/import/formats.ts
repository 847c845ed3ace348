import type { Tx } from '../db';
import { csvFormat } from './csv/csvFormat';
import { loadScript, type LoadedScript } from './loadScript';

/** One record of a record format (a CSV row, an FtM entity), with the 1-based line it starts on. */
export interface ImportRecord<T = unknown> {
  line: number;
  value: T;
}

/**
 * A file of records (CSV with its mapping, FollowTheMoney lines...), read and checked before anything runs, then read
 * again, streamed, as it is written. The shared
 * machinery (`runRecords.ts`) writes it in batches, each one transaction with its ledger progress, checks each batch
 * as scripts are checked, resumes after the last committed batch, and reports progress per record.
 */
export interface RecordSource {
  kind: 'records';
  /** The ledger name (relative to the project root). */
  name: string;
  path: string;
  /** sha256 of everything the import reads (the data file, and its mapping). */
  checksum: string;
  /** How many records the file holds (read and checked when it was loaded). */
  count: number;
  /**
   * The records in file order, read again from the file as they are written (streamed: memory does not grow with the
   * file); each was checked when the file was loaded.
   */
  records(): AsyncIterable<ImportRecord>;
  /** Records per transaction (the format's default, or the file's own setting). */
  batchSize: number;
  /**
   * Writes a batch in the caller's transaction; answers every id it wrote with the line of the record that wrote it
   * (the checks then name that line).
   */
  writeBatch(tx: Tx, records: readonly ImportRecord[]): Promise<Map<string, number>>;
}

/** What a format loads a file into: a Cypher script, or a source of records. */
export type ImportUnit = LoadedScript | RecordSource;

/** A file format the import command reads: the file names it takes, and how it loads one. */
export interface ImportFormat {
  name: string;
  /** The endings of the file names it reads (`.cypher`, `.csv`, `.ftm.json`); a folder contributes such files. */
  extensions: readonly string[];
  load(file: string, root: string): Promise<ImportUnit>;
}

/**
 * Every format the import command reads, one entry each: a new format (FollowTheMoney entity streams, ...) is one more
 * entry here, and gets the ledger, checksums, `--dry-run`, `file:line` errors, checks, progress and resumable batches
 * of the others.
 */
export const IMPORT_FORMATS: readonly ImportFormat[] = [{ name: 'cypher', extensions: ['.cypher'], load: loadScript }, csvFormat];

/** The format of a file, by its name's ending (the longest that matches), or undefined. */
export function formatOf(file: string): ImportFormat | undefined {
  const lower = file.toLowerCase();
  let best: { format: ImportFormat; length: number } | undefined;
  for (const format of IMPORT_FORMATS) {
    for (const ext of format.extensions) if (lower.endsWith(ext) && ext.length > (best?.length ?? 0)) best = { format, length: ext.length };
  }
  return best?.format;
}
