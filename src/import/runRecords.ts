import { addDerivedCounts, type DerivedCounts } from '../claims/derived';
import type { Database } from '../db';
import { DatabaseUnavailableError } from '../errors';
import { checkWrites } from './checkWrites';
import type { ImportRecord, RecordSource } from './formats';
import { ImportError } from './importError';
import { migrationLedger } from './migrationLedger';

/** How {@link runRecords} runs one file of records. */
export interface RunRecordsOptions {
  dryRun: boolean;
  timeoutMs: number;
  /** Skip the records up to this line: they were committed by an earlier run that stopped (0: from the start). */
  resumeAfterLine: number;
  /** Records per transaction, instead of the file's own `batchSize`. */
  batchSize?: number;
  /** Called after each committed (or, on a dry run, checked) batch with the number of records done in this file. */
  onRecords: (done: number) => void;
  /** Called before each batch; tests stop an import part-way with it. */
  beforeBatch?: (index: number) => void;
}

class DryRunRollback extends Error {}

/**
 * Writes a file of records in batches, each in one write transaction that also moves the file's ledger entry on
 * (`resumeAfterLine`), so that an import stopped part-way resumes after its last committed batch and ends with the
 * same graph as an uninterrupted one (ids are deterministic and writes are MERGEs). Each batch is checked before it
 * commits, as a script is (`checkWrites`); a dry run checks every batch and rolls each back. The entry is marked
 * complete, with the file's checksum, after the last batch.
 */
export async function runRecords(db: Database, unit: RecordSource, options: RunRecordsOptions): Promise<{ derived?: DerivedCounts; written: number }> {
  const batchSize = options.batchSize ?? unit.batchSize;
  let done = 0;
  let written = 0;
  let derived: DerivedCounts | undefined;
  const started = Date.now();
  let index = 0;
  const runBatch = async (batch: ImportRecord[]) => {
    options.beforeBatch?.(index);
    index += 1;
    try {
      const counts = await db.write(
        async (tx) => {
          const lines = await unit.writeBatch(tx, batch);
          const checked = await checkWrites(tx, unit.name, { lines });
          if (options.dryRun) throw new DryRunRollback();
          await migrationLedger.progress(tx, { name: unit.name, checksum: unit.checksum, resumeAfterLine: batch[batch.length - 1].line });
          return checked;
        },
        { timeoutMs: options.timeoutMs },
      );
      derived = addDerivedCounts(derived, counts);
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw batchError(error, unit, batch);
    }
    done += batch.length;
    written += batch.length;
    options.onRecords(done);
  };
  let batch: ImportRecord[] = [];
  for await (const record of unit.records()) {
    if (record.line <= options.resumeAfterLine) {
      done += 1;
      continue;
    }
    batch.push(record);
    if (batch.length >= batchSize) {
      await runBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await runBatch(batch);
  if (!options.dryRun) {
    await db.write((tx) => migrationLedger.record(tx, { name: unit.name, checksum: unit.checksum, durationMs: Date.now() - started }), { timeoutMs: options.timeoutMs });
  }
  return { derived, written };
}

function batchError(error: unknown, unit: RecordSource, batch: readonly ImportRecord[]): ImportError {
  if (error instanceof ImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof DatabaseUnavailableError ? 'CONNECTION' : 'SCRIPT_FAILED';
  const first = batch[0]?.line;
  return new ImportError(code, `${unit.name}:${first}: the batch of records from line ${first} to ${batch[batch.length - 1]?.line} failed: ${message}`, {
    file: unit.name,
    line: first,
    neo4jMessage: message,
    cause: error,
  });
}
