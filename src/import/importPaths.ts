import path from 'node:path';
import { projectRoot } from '../config';
import type { Database } from '../db';
import { DatabaseUnavailableError } from '../errors';
import { deriveAll, type DerivedCounts } from '../claims/derived';
import { expandPaths } from './expandPaths';
import { ImportError } from './importError';
import type { ImportOptions, ImportSummary } from './importTypes';
import { loadScript, type LoadedScript } from './loadScript';
import { migrationLedger, type LedgerEntry } from './migrationLedger';
import { runScript } from './runScript';
import { scriptName } from './scriptName';
import { importFtmFile, isFtmFile } from '../interchange/ftm/importFtm';

const DEFAULT_TIMEOUT_MS = 300_000;
const DEFAULT_FOLDERS = ['cypher/schema/', 'cypher/seed/'];

/**
 * Imports Cypher scripts (files, or folders of `*.cypher` files) into the graph, each at most once: a script whose
 * checksum the Migration ledger already holds is skipped, a script that changed since it was applied is refused
 * unless `reapply` names it. Every script is read, split and checked before the first one runs, so a mixed script or a
 * changed one stops the import before it writes anything. With `dryRun`, every statement is planned with EXPLAIN and
 * nothing is written.
 */
export async function importPaths(db: Database, paths: readonly string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const started = Date.now();
  const root = options.root ?? projectRoot;
  const dryRun = options.dryRun ?? false;
  const expanded = await expandPaths(paths);
  // FollowTheMoney entity streams go to their own importer (src/interchange/ftm), after the scripts.
  const ftmFiles = expanded.filter(isFtmFile);
  const files = expanded.filter((file) => !isFtmFile(file));
  const scripts = await Promise.all(files.map((file) => loadScript(file, root)));
  const reapply = resolveReapply(options.reapply ?? [], scripts, root);
  const ledger = await readLedger(db, scripts);
  const toRun = scripts.map((script) => decide(script, ledger.get(script.name), reapply.has(script.name), root));

  const summary: ImportSummary = { applied: [], skipped: [], checked: [], statements: 0, durationMs: 0 };
  for (const [index, script] of scripts.entries()) {
    const fileStarted = Date.now();
    const total = script.statements.length;
    options.onProgress?.({ kind: 'file-start', file: script.name, index: index + 1, total: scripts.length, statements: total });
    if (!dryRun && !toRun[index]) {
      summary.skipped.push(script.name);
      options.onProgress?.({ kind: 'file-done', file: script.name, status: 'skipped', durationMs: Date.now() - fileStarted });
      continue;
    }
    await runScript(db, script, {
      dryRun,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      onStatement: (i) => options.onProgress?.({ kind: 'statement', file: script.name, index: i, total }),
    });
    summary.statements += total;
    const status = dryRun ? 'checked' : 'applied';
    summary[status].push(script.name);
    const durationMs = Date.now() - fileStarted;
    options.logger?.info({ script: script.name, statements: total, durationMs, mode: script.mode }, `import: ${status} ${script.name}`);
    options.onProgress?.({ kind: 'file-done', file: script.name, status, durationMs });
  }
  for (const file of ftmFiles) {
    const fileStarted = Date.now();
    const result = await importFtmFile(db, file, { dryRun, root, onProgress: options.onProgress, logger: options.logger }).catch((error: Error) => {
      throw new ImportError('SCRIPT_FAILED', error.message, { file, cause: error });
    });
    summary[result.status].push(result.name);
    summary.statements += result.entities;
    options.onProgress?.({ kind: 'file-done', file: result.name, status: result.status, durationMs: Date.now() - fileStarted });
  }
  if (!dryRun && (options.refreshKeys !== 'when-applied' || summary.applied.length > 0)) {
    const refreshStarted = Date.now();
    const derived = await deriveAfterImport(db, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    summary.derived = derived;
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
