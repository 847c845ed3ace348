import path from 'node:path';
import { projectRoot } from '../config';
import type { Database } from '../db';
import { DatabaseUnavailableError } from '../errors';
import { addDerivedCounts, deriveAll, type DerivedCounts } from '../claims/derived';
import { DEFAULT_IMPORT_FOLDERS } from './defaultFolders';
import { expandPaths } from './expandPaths';
import { lintScript } from './lintScript';
import { ImportError } from './importError';
import type { ImportOptions, ImportSummary } from './importTypes';
import { formatOf, IMPORT_FORMATS, type ImportUnit, type RecordSource } from './formats';
import type { LoadedScript } from './loadScript';
import { migrationLedger, type LedgerEntry } from './migrationLedger';
import { reapplyGuard } from './reapplyGuard';
import { runRecords } from './runRecords';
import { dryRunScripts, runScript } from './runScript';
import { scriptName } from './scriptName';
import { importFtmFile, isFtmFile } from '../interchange/ftm/importFtm';

const DEFAULT_TIMEOUT_MS = 300_000;
const DEFAULT_FOLDERS = DEFAULT_IMPORT_FOLDERS.map((folder) => `${folder}/`);

/**
 * Imports Cypher scripts (files, or folders of `*.cypher` files) into the graph, each at most once: a script whose
 * checksum the Migration ledger already holds is skipped, a script that changed since it was applied is refused
 * unless `reapply` names it. Every script is read, split and checked before the first one runs, so a mixed script or a
 * changed one stops the import before it writes anything. Before a script commits, what it wrote is checked
 * (`checkWrites`: the validator's checks, scoped to the ids it names) and a statement that changed nothing is
 * reported; either refuses the script. With `dryRun`, the scripts run in one transaction that is rolled back, with the
 * same checks (schema and batched scripts are planned with EXPLAIN), and nothing is written.
 */
export async function importPaths(db: Database, paths: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const root = options.root ?? projectRoot;
  const dryRun = options.dryRun ?? false;
  const expanded = await expandPaths(paths);
  // FollowTheMoney entity streams go to their own importer (src/interchange/ftm), after the other files.
  const ftmFiles = expanded.filter(isFtmFile);
  const files = expanded.filter((file) => !isFtmFile(file));
  const units = await Promise.all(files.map((file) => loadUnit(file, root)));
  const scripts = units.filter((u): u is LoadedScript => u.kind === 'script');
  const reapply = resolveReapply(options.reapply ?? [], units, root);
  const ledger = await readLedger(db, units);
  const toRun = units.map((unit) => decide(unit, ledger.get(unit.name), reapply.has(unit.name), root));

  const summary: ImportSummary = { applied: [], skipped: [], checked: [], statements: 0, durationMs: 0 };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A script applied before and run again (re-applied) may not change, unasked, what later scripts wrote.
  const guardOf = async (script: LoadedScript) => (ledger.has(script.name) && script.mode === 'atomic' ? reapplyGuard(db, script, root) : undefined);
  const runUnitRecords = (unit: RecordSource, dry: boolean, resumeAfterLine: number) => {
    const index = units.indexOf(unit);
    options.onProgress?.({ kind: 'file-start', file: unit.name, index: index + 1, total: units.length, statements: unit.count, unit: 'record' });
    if (resumeAfterLine > 0) options.logger?.info({ file: unit.name, resumeAfterLine }, `import: resuming ${unit.name} after line ${resumeAfterLine}`);
    return runRecords(db, unit, {
      dryRun: dry,
      timeoutMs,
      resumeAfterLine,
      batchSize: options.batchSize,
      beforeBatch: options.beforeBatch,
      onRecords: (done) => options.onProgress?.({ kind: 'statement', file: unit.name, index: done, total: unit.count }),
    });
  };
  const position = (unit: ImportUnit) => units.indexOf(unit) + 1;
  if (dryRun) {
    // Syntax and semantics checked by Neo4j's Cypher tools first, with file:line:column, before anything reaches Neo4j.
    for (const script of scripts) lintScript(script.name, script.statements);
    const fileStarted: number[] = [];
    await dryRunScripts(db, await Promise.all(scripts.map(async (script) => ({ script, again: ledger.has(script.name), guard: await guardOf(script) }))), {
      timeoutMs,
      force: options.force,
      onScript: (index, phase) => {
        const script = scripts[index];
        if (phase === 'start') {
          fileStarted[index] = Date.now();
          options.onProgress?.({ kind: 'file-start', file: script.name, index: position(script), total: units.length, statements: script.statements.length });
          return;
        }
        summary.statements += script.statements.length;
        summary.checked.push(script.name);
        options.onProgress?.({ kind: 'file-done', file: script.name, status: 'checked', durationMs: Date.now() - fileStarted[index] });
      },
      onStatement: (index, k) => options.onProgress?.({ kind: 'statement', file: scripts[index].name, index: k, total: scripts[index].statements.length }),
    });
    for (const unit of units) {
      if (unit.kind !== 'records') continue;
      const fileStarted = Date.now();
      await runUnitRecords(unit, true, 0);
      summary.checked.push(unit.name);
      options.onProgress?.({ kind: 'file-done', file: unit.name, status: 'checked', durationMs: Date.now() - fileStarted });
    }
    summary.checked.sort((a, b) => units.findIndex((s) => s.name === a) - units.findIndex((s) => s.name === b));
  }
  for (const [index, script] of units.entries()) {
    if (dryRun) break;
    const fileStarted = Date.now();
    if (!toRun[index]) {
      options.onProgress?.({ kind: 'file-start', file: script.name, index: index + 1, total: units.length, statements: sizeOf(script), unit: unitOf(script) });
      summary.skipped.push(script.name);
      options.onProgress?.({ kind: 'file-done', file: script.name, status: 'skipped', durationMs: Date.now() - fileStarted });
      continue;
    }
    if (script.kind === 'records') {
      const entry = ledger.get(script.name);
      const resumeAfter = reapply.has(script.name) ? 0 : Number(entry?.resumeAfterLine ?? 0);
      const { derived, written } = await runUnitRecords(script, false, resumeAfter);
      if (derived) summary.derived = addDerivedCounts(summary.derived, derived);
      summary.records = (summary.records ?? 0) + written;
      summary.applied.push(script.name);
      const durationMs = Date.now() - fileStarted;
      options.logger?.info({ file: script.name, records: script.count, resumedAfterLine: resumeAfter, durationMs }, `import: applied ${script.name}`);
      options.onProgress?.({ kind: 'file-done', file: script.name, status: 'applied', durationMs });
      continue;
    }
    const total = script.statements.length;
    options.onProgress?.({ kind: 'file-start', file: script.name, index: index + 1, total: units.length, statements: total });
    const derivedBefore = await runScript(db, script, {
      dryRun,
      timeoutMs,
      again: ledger.has(script.name),
      guard: await guardOf(script),
      force: options.force,
      onStatement: (i) => options.onProgress?.({ kind: 'statement', file: script.name, index: i, total }),
    });
    if (derivedBefore) summary.derived = addDerivedCounts(summary.derived, derivedBefore);
    summary.statements += total;
    summary.applied.push(script.name);
    const durationMs = Date.now() - fileStarted;
    options.logger?.info({ script: script.name, statements: total, durationMs, mode: script.mode }, `import: applied ${script.name}`);
    options.onProgress?.({ kind: 'file-done', file: script.name, status: 'applied', durationMs });
  }
  for (const file of ftmFiles) {
    const fileStarted = Date.now();
    const result = await importFtmFile(db, file, { dryRun, root, batchSize: options.batchSize, onProgress: options.onProgress, logger: options.logger }).catch((error: Error) => {
      throw new ImportError('SCRIPT_FAILED', error.message, { file, cause: error });
    });
    summary[result.status].push(result.name);
    summary.statements += result.entities;
    if (result.derived) summary.derived = addDerivedCounts(summary.derived, result.derived);
    options.onProgress?.({ kind: 'file-done', file: result.name, status: result.status, durationMs: Date.now() - fileStarted });
  }
  if (!dryRun && options.refreshKeys !== 'never' && (options.refreshKeys !== 'when-applied' || summary.applied.length > 0)) {
    const refreshStarted = Date.now();
    const derived = await deriveAfterImport(db, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    summary.derived = addDerivedCounts(summary.derived, derived);
    options.logger?.info(
      { ...derived, durationMs: Date.now() - refreshStarted },
      `import: derived data refreshed (${derived.shortcutsWritten} shortcut edges written, ${derived.shortcutsRemoved} removed, ${derived.pageKeys} page keys, ${derived.aliasesText} alias texts)`,
    );
  }
  summary.durationMs = Date.now() - started;
  return summary;
}

/**
 * Derived data the scripts do not write themselves, written from the model (`src/claims/derived.ts`): the shortcut
 * edges of every claim, the page keys of an entity's long lists, and the full-text copy of aliases. One write
 * transaction: all of it, or none. By default it runs even when every script was skipped, so that running the import
 * again repairs what a failed refresh left behind.
 */
async function deriveAfterImport(db: Database, timeoutMs: number): Promise<DerivedCounts> {
  try {
    return await db.write((tx) => deriveAll(tx), { timeoutMs });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof DatabaseUnavailableError ? 'CONNECTION' : 'SCRIPT_FAILED';
    throw new ImportError(code, `The scripts were applied, but deriving shortcut edges and page keys failed (run the import again): ${message}`, { file: '', cause: error });
  }
}

/** What a unit counts for progress: statements of a script, records of a file of records. */
const sizeOf = (unit: ImportUnit): number => (unit.kind === 'script' ? unit.statements.length : unit.count);
const unitOf = (unit: ImportUnit): 'statement' | 'record' => (unit.kind === 'script' ? 'statement' : 'record');

/** Reads a file with the format its name says (`formats.ts`). */
async function loadUnit(file: string, root: string): Promise<ImportUnit> {
  const format = formatOf(file);
  if (!format) {
    const name = scriptName(file, root);
    throw new ImportError('NOT_FOUND', `${name}: the import reads no such file (it reads ${IMPORT_FORMATS.flatMap((f) => f.extensions).join(', ')}).`, { file: name });
  }
  return format.load(file, root);
}

/** Maps each `--reapply` value to a script of this import, by ledger name or by path; an unknown one is an error. */
function resolveReapply(values: readonly string[], scripts: readonly ImportUnit[], root: string): Set<string> {
  const names = new Set(scripts.map((s) => s.name));
  const chosen = new Set<string>();
  for (const value of values) {
    const asName = value.replace(/\\/g, '/').replace(/^\.\//, '');
    const asPath = scriptName(path.resolve(value), root);
    const match = [asName, asPath].find((candidate) => names.has(candidate));
    if (!match) {
      throw new ImportError('NOT_FOUND', `--reapply ${value}: no script of this import has that name.`, { file: value });
    }
    chosen.add(match);
  }
  return chosen;
}

async function readLedger(db: Database, scripts: readonly ImportUnit[]): Promise<Map<string, LedgerEntry>> {
  try {
    return await migrationLedger.read(
      db,
      scripts.map((s) => s.name),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = error instanceof DatabaseUnavailableError ? 'CONNECTION' : 'SCRIPT_FAILED';
    throw new ImportError(code, `Cannot read the import ledger: ${message}`, { file: '', cause: error });
  }
}

/** Whether a script must run: new, or named by `reapply`. A changed script that is not named is refused. */
function decide(script: ImportUnit, applied: LedgerEntry | undefined, reapply: boolean, root: string): boolean {
  if (!applied || reapply) return true;
  if (applied.checksum === script.checksum) return Number(applied.resumeAfterLine ?? 0) > 0;
  const inDefaults = DEFAULT_FOLDERS.some((folder) => script.name.startsWith(folder)) && !path.isAbsolute(script.name);
  const command = `npm run import -- --reapply ${script.name}${inDefaults && root === projectRoot ? '' : ` ${script.name}`}`;
  throw new ImportError(
    'CHECKSUM_MISMATCH',
    `${script.name}: the script changed since it was applied on ${applied.appliedAt} (its checksum differs from the ` +
      `ledger's). Scripts are applied once; to run the changed script again, check that it is safe to re-run ` +
      `(MERGE, IF NOT EXISTS) and use: ${command}`,
    { file: script.name },
  );
}
