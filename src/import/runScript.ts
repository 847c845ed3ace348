import type { Database } from '../db';
import { DatabaseUnavailableError } from '../errors';
import { ImportError } from './importError';
import type { ClassifiedStatement, LoadedScript } from './loadScript';
import { migrationLedger } from './migrationLedger';
import { statementError } from './statementError';

/** How {@link runScript} runs one script. */
export interface RunScriptOptions {
  /** Plan every statement with EXPLAIN instead of running it, and record nothing. */
  dryRun: boolean;
  /** Transaction timeout for the script's transactions. */
  timeoutMs: number;
  /** Called after each statement with its 1-based index in the script. */
  onStatement: (index: number) => void;
}

const EXPLAIN_PREFIX = 'EXPLAIN\n';
const NOT_ATOMIC_NOTE = 'This script uses CALL { } IN TRANSACTIONS, so it is not atomic: what ran before this statement stays committed.';
const SCHEMA_NOTE = 'Schema statements run one by one; those before this one were applied (they are IF NOT EXISTS, so running the script again is safe).';

/**
 * Runs one script the way its mode allows and records it in the ledger. An `atomic` script runs in one write
 * transaction together with its ledger entry, so a failure leaves nothing of it behind (a retried transaction is
 * rolled back first, so the callback may run twice). Schema and batched scripts cannot be atomic in Neo4j 5: their
 * ledger entry is written on its own after the last statement succeeded.
 */
export async function runScript(db: Database, script: LoadedScript, options: RunScriptOptions): Promise<void> {
  if (options.dryRun) return explainScript(db, script, options);
  const started = Date.now();
  if (script.mode === 'atomic') return runAtomic(db, script, options);
  if (script.mode === 'schema') {
    for (const [k, statement] of script.statements.entries()) {
      await autoCommit(db, script, statement, k > 0 ? SCHEMA_NOTE : undefined);
      options.onStatement(k + 1);
    }
  } else {
    await runBatched(db, script, options);
  }
  await recordAlone(db, script, Date.now() - started, options.timeoutMs);
}

async function explainScript(db: Database, script: LoadedScript, options: RunScriptOptions): Promise<void> {
  let current: ClassifiedStatement | undefined;
  try {
    await db.read(
      async (tx) => {
        for (const [k, statement] of script.statements.entries()) {
          current = statement;
          await tx.run(EXPLAIN_PREFIX + statement.text);
          options.onStatement(k + 1);
        }
      },
      { timeoutMs: options.timeoutMs },
    );
  } catch (error) {
    throw current ? statementError(error, script.name, current, { linesBefore: 1 }) : scriptError(error, script);
  }
}

async function runAtomic(db: Database, script: LoadedScript, options: RunScriptOptions): Promise<void> {
  let current: ClassifiedStatement | undefined;
  try {
    await db.write(
      async (tx) => {
        const started = Date.now();
        for (const [k, statement] of script.statements.entries()) {
          current = statement;
          await tx.run(statement.text);
          options.onStatement(k + 1);
        }
        current = undefined;
        await migrationLedger.record(tx, { name: script.name, checksum: script.checksum, durationMs: Date.now() - started });
      },
      { timeoutMs: options.timeoutMs },
    );
  } catch (error) {
    throw current ? statementError(error, script.name, current) : scriptError(error, script);
  }
}

async function runBatched(db: Database, script: LoadedScript, options: RunScriptOptions): Promise<void> {
  let k = 0;
  while (k < script.statements.length) {
    const statement = script.statements[k];
    const note = k > 0 ? NOT_ATOMIC_NOTE : undefined;
    if (statement.kind === 'batched') {
      await autoCommit(db, script, statement, note);
      k += 1;
      options.onStatement(k);
      continue;
    }
    let end = k;
    while (end < script.statements.length && script.statements[end].kind !== 'batched') end += 1;
    const group = script.statements.slice(k, end);
    const first = k;
    let current: ClassifiedStatement | undefined;
    try {
      await db.write(
        async (tx) => {
          for (const [g, member] of group.entries()) {
            current = member;
            await tx.run(member.text);
            options.onStatement(first + g + 1);
          }
        },
        { timeoutMs: options.timeoutMs },
      );
    } catch (error) {
      throw statementError(error, script.name, current ?? statement, { note });
    }
    k = end;
  }
}

async function autoCommit(db: Database, script: LoadedScript, statement: ClassifiedStatement, note?: string): Promise<void> {
  try {
    await db.autoCommit(statement.text);
  } catch (error) {
    throw statementError(error, script.name, statement, { note });
  }
}

async function recordAlone(db: Database, script: LoadedScript, durationMs: number, timeoutMs: number): Promise<void> {
  try {
    await db.write((tx) => migrationLedger.record(tx, { name: script.name, checksum: script.checksum, durationMs }), { timeoutMs });
  } catch (error) {
    throw scriptError(error, script);
  }
}

function scriptError(error: unknown, script: LoadedScript): ImportError {
  if (error instanceof ImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof DatabaseUnavailableError ? 'CONNECTION' : 'SCRIPT_FAILED';
  return new ImportError(code, `${script.name}: ${message}`, { file: script.name, neo4jMessage: message, cause: error });
}
