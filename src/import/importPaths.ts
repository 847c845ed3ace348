import path from 'node:path';
import { projectRoot } from '../config';
import type { Database } from '../db';
import { DatabaseUnavailableError } from '../errors';
import { deriveAll, type DerivedCounts } from '../claims/derived';
import { DEFAULT_IMPORT_FOLDERS } from './defaultFolders';
import { expandPaths } from './expandPaths';
import { ImportError } from './importError';
import type { ImportOptions, ImportSummary } from './importTypes';
import { loadScript, type LoadedScript } from './loadScript';
import { migrationLedger, type LedgerEntry } from './migrationLedger';
import { reapplyGuard } from './reapplyGuard';
import { dryRunScripts, runScript } from './runScript';
import { scriptName } from './scriptName';

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
  const files = await expandPaths(paths);
  const scripts = await Promise.all(files.map((file) => loadScript(file, root)));
  const reapply = resolveReapply(options.reapply ?? [], scripts, root);
  const ledger = await readLedger(db, scripts);
  const toRun = scripts.map((script) => decide(script, ledger.get(script.name), reapply.has(script.name), root));

  const summary: ImportSummary = { applied: [], skipped: [], checked: [], statements: 0, durationMs: 0 };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // A script applied before and run again (re-applied) may not change, unasked, what later scripts wrote.
  const guardOf = async (script: LoadedScript) => (ledger.has(script.name) && script.mode === 'atomic' ? reapplyGuard(db, script, root) : undefined);
  if (dryRun) {
    const fileStarted: number[] = [];
    await dryRunScripts(db, await Promise.all(scripts.map(async (script) => ({ script, again: ledger.has(script.name), guard: await guardOf(script) }))), {
      timeoutMs,
      force: options.force,
      onScript: (index, phase) => {
        const script = scripts[index];
        if (phase === 'start') {
          fileStarted[index] = Date.now();
          options.onProgress?.({ kind: 'file-start', file: script.name, index: index + 1, total: scripts.length, statements: script.statements.length });
          return;
        }
        summary.statements += script.statements.length;
        summary.checked.push(script.name);
        options.onProgress?.({ kind: 'file-done', file: script.name, status: 'checked', durationMs: Date.now() - fileStarted[index] });
      },
      onStatement: (index, k) => options.onProgress?.({ kind: 'statement', file: scripts[index].name, index: k, total: scripts[index].statements.length }),
    });
    summary.checked.sort((a, b) => scripts.findIndex((s) => s.name === a) - scripts.findIndex((s) => s.name === b));
  }
  for (const [index, script] of scripts.entries()) {
    if (dryRun) break;
    const fileStarted = Date.now();
    const total = script.statements.length;
    options.onProgress?.({ kind: 'file-start', file: script.name, index: index + 1, total: scripts.length, statements: total });
    if (!toRun[index]) {
      summary.skipped.push(script.name);
      options.onProgress?.({ kind: 'file-done', file: script.name, status: 'skipped', durationMs: Date.now() - fileStarted });
      continue;
    }
    const derivedBefore = await runScript(db, script, {
      dryRun,
      timeoutMs,
      again: ledger.has(script.name),
      guard: await guardOf(script),
      force: options.force,
      onStatement: (i) => options.onProgress?.({ kind: 'statement', file: script.name, index: i, total }),
    });
    if (derivedBefore) summary.derived = addDerived(summary.derived, derivedBefore);
    summary.statements += total;
    summary.applied.push(script.name);
    const durationMs = Date.now() - fileStarted;
    options.logger?.info({ script: script.name, statements: total, durationMs, mode: script.mode }, `import: applied ${script.name}`);
    options.onProgress?.({ kind: 'file-done', file: script.name, status: 'applied', durationMs });
  }
  if (!dryRun && (options.refreshKeys !== 'when-applied' || summary.applied.length > 0)) {
    const refreshStarted = Date.now();
    const derived = await deriveAfterImport(db, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    summary.derived = addDerived(summary.derived, derived);
    options.logger?.info(
      { ...derived, durationMs: Date.now() - refreshStarted },
      `import: derived data refreshed (${derived.shortcutsWritten} shortcut edges written, ${derived.shortcutsRemoved} removed, ${derived.pageKeys} page keys, ${derived.aliasesText} alias texts)`,
    );
  }
  summary.durationMs = Date.now() - started;
  return summary;
}

/** The sum of what two derivations wrote: each script's own (before its commit), and the final one. */
function addDerived(a: DerivedCounts | undefined, b: DerivedCounts): DerivedCounts {
  if (!a) return b;
  return {
    globalIds: a.globalIds + b.globalIds,
    shortcutsWritten: a.shortcutsWritten + b.shortcutsWritten,
    shortcutsRemoved: a.shortcutsRemoved + b.shortcutsRemoved,
    pageKeys: a.pageKeys + b.pageKeys,
    aliasesText: a.aliasesText + b.aliasesText,
  };
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

/** Maps each `--reapply` value to a script of this import, by ledger name or by path; an unknown one is an error. */
function resolveReapply(values: readonly string[], scripts: readonly LoadedScript[], root: string): Set<string> {
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

async function readLedger(db: Database, scripts: readonly LoadedScript[]): Promise<Map<string, LedgerEntry>> {
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
function decide(script: LoadedScript, applied: LedgerEntry | undefined, reapply: boolean, root: string): boolean {
  if (!applied || reapply) return true;
  if (applied.checksum === script.checksum) return false;
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
