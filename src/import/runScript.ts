import type { DerivedCounts } from '../claims/derived';
import type { CountingTx, Database } from '../db';
import { DatabaseUnavailableError } from '../errors';
import { checkWrites, missingIds, type ImportProblem } from './checkWrites';
import { ImportError } from './importError';
import type { ClassifiedStatement, LoadedScript } from './loadScript';
import { migrationLedger } from './migrationLedger';
import { needsForce, overwrites, snapshot, type ReapplyGuard } from './reapplyGuard';
import { idLiteralsOf, namesIdsElsewhere, scriptIds } from './scriptIds';
import { statementError } from './statementError';

/** How {@link runScript} runs one script. */
export interface RunScriptOptions {
  /** Plan every statement with EXPLAIN instead of running it, and record nothing. */
  dryRun: boolean;
  /** Transaction timeout for the script's transactions. */
  timeoutMs: number;
  /** Called after each statement with its 1-based index in the script. */
  onStatement: (index: number) => void;
  /**
   * The script ran before (a re-apply, or a dry run of an applied script): statements that change nothing are
   * expected then, and not reported.
   */
  again?: boolean;
  /** For a re-applied script: the ids later scripts name; a change of their values needs `force`. */
  guard?: ReapplyGuard;
  /** Re-apply even when it changes what later scripts wrote. */
  force?: boolean;
}

/** Thrown inside a dry run's transaction once everything was checked, so that the transaction rolls back. */
class DryRunRollback extends Error {}

const EXPLAIN_PREFIX = 'EXPLAIN\n';
const NOT_ATOMIC_NOTE = 'This script uses CALL { } IN TRANSACTIONS, so it is not atomic: what ran before this statement stays committed.';
const SCHEMA_NOTE = 'Schema statements run one by one; those before this one were applied (they are IF NOT EXISTS, so running the script again is safe).';

/**
 * Runs one script the way its mode allows and records it in the ledger. An `atomic` script runs in one write
 * transaction together with its ledger entry, so a failure leaves nothing of it behind (a retried transaction is
 * rolled back first, so the callback may run twice). Schema and batched scripts cannot be atomic in Neo4j 5: their
 * ledger entry is written on its own after the last statement succeeded.
 */
export async function runScript(db: Database, script: LoadedScript, options: RunScriptOptions): Promise<DerivedCounts | undefined> {
  if (options.dryRun) {
    await dryRunScripts(db, [{ script, again: options.again ?? false }], {
      timeoutMs: options.timeoutMs,
      onScript: () => undefined,
      onStatement: (_, k) => options.onStatement(k),
    });
    return undefined;
  }
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
  return undefined;
}

/** One script of a dry run, and whether it ran before (then statements that change nothing are expected). */
export interface DryRunItem {
  script: LoadedScript;
  again: boolean;
  guard?: ReapplyGuard;
}

/**
 * A dry run of scripts, in order: the atomic ones run for real, one after the other, in ONE write transaction (so a
 * script sees what the scripts before it would write), with the same checks as a real import, and the transaction is
 * then rolled back; schema and batched scripts, which cannot run inside it, are planned with EXPLAIN. Reports what
 * the real import would report, and writes nothing.
 */
export async function dryRunScripts(
  db: Database,
  items: readonly DryRunItem[],
  options: Omit<RunScriptOptions, 'dryRun' | 'onStatement' | 'again' | 'guard'> & {
    onScript: (index: number, phase: 'start' | 'done') => void;
    onStatement: (index: number, k: number) => void;
  },
): Promise<void> {
  for (const [index, { script }] of items.entries()) {
    if (script.mode === 'atomic') continue;
    options.onScript(index, 'start');
    await explainScript(db, script, { dryRun: true, timeoutMs: options.timeoutMs, onStatement: (k) => options.onStatement(index, k) });
    options.onScript(index, 'done');
  }
  const atomic = items.map((item, index) => ({ ...item, index })).filter((item) => item.script.mode === 'atomic');
  if (atomic.length === 0) return;
  try {
    await db.write(
      async (tx) => {
        for (const { script, again, guard, index } of atomic) {
          options.onScript(index, 'start');
          await applyAndCheck(tx, script, { dryRun: true, timeoutMs: options.timeoutMs, again, guard, force: options.force, onStatement: (k) => options.onStatement(index, k) });
          options.onScript(index, 'done');
        }
        throw new DryRunRollback();
      },
      { timeoutMs: options.timeoutMs * atomic.length },
    );
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
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

async function runAtomic(db: Database, script: LoadedScript, options: RunScriptOptions): Promise<DerivedCounts> {
  try {
    return await db.write(
      async (tx) => {
        const started = Date.now();
        const derived = await applyAndCheck(tx, script, options);
        await migrationLedger.record(tx, { name: script.name, checksum: script.checksum, durationMs: Date.now() - started });
        return derived;
      },
      { timeoutMs: options.timeoutMs },
    );
  } catch (error) {
    throw scriptError(error, script);
  }
}

/**
 * Runs an atomic script's statements in the caller's transaction, noting each one that changed nothing (a MATCH on an
 * id that does not exist, usually), then checks what the script wrote ({@link checkWrites}): any problem throws, and
 * the transaction rolls back.
 */
async function applyAndCheck(tx: CountingTx, script: LoadedScript, options: RunScriptOptions): Promise<DerivedCounts> {
  const noEffect: ImportProblem[] = [];
  const lines = scriptIds(script.statements);
  let current: ClassifiedStatement | undefined;
  try {
    const before = options.guard ? await snapshot(tx, options.guard, [...lines.keys()]) : undefined;
    for (const [k, statement] of script.statements.entries()) {
      current = statement;
      const { updates } = await tx.runCounting(statement.text);
      if (!updates.containsUpdates && !options.again) noEffect.push(await noEffectProblem(tx, script, statement));
      options.onStatement(k + 1);
    }
    current = undefined;
    if (options.guard && before && !options.force) {
      const changes = overwrites(options.guard, before, await snapshot(tx, options.guard, [...lines.keys()]));
      if (changes.length > 0) throw needsForce(script, changes);
    }
    return await checkWrites(tx, script.name, { lines, wholeGraph: namesIdsElsewhere(script.statements) }, noEffect);
  } catch (error) {
    throw current ? statementError(error, script.name, current) : scriptError(error, script);
  }
}

async function noEffectProblem(tx: CountingTx, script: LoadedScript, statement: ClassifiedStatement): Promise<ImportProblem> {
  const named = [...new Set(idLiteralsOf(statement))];
  const missing = await missingIds(tx, named);
  const ids = missing.length > 0 ? missing : named.slice(0, 1);
  return {
    file: script.name,
    line: statement.line,
    id: ids[0] ?? '-',
    kind: 'NO_EFFECT',
    detail:
      missing.length > 0
        ? `the statement changed nothing: no node has the id${missing.length === 1 ? '' : 's'} ${missing.map((id) => `'${id}'`).join(', ')} (misspelled, or not created yet?)`
        : 'the statement changed nothing (a MATCH that matched nothing, or a MERGE of what exists without a SET)',
  };
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
