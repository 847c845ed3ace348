import type { Tx } from '../db';
import { deriveAll, type DerivedCounts } from '../claims/derived';
import { ID_BEARING_LABELS } from '../model';
import { runGraphChecks } from '../validate/validateGraph';
import { ImportError } from './importError';

/** One reason an import refuses what it was about to commit: where, which node, what. */
export interface ImportProblem {
  /** The file and 1-based line of the statement (or record) that wrote it. */
  file: string;
  line: number;
  /** The claim (or node) concerned; '-' when none is known. */
  id: string;
  /** The validator's kind (`UNSUPPORTED_CLAIM`, `BAD_ENUM`, ...) or `NO_EFFECT` for a statement that changed nothing. */
  kind: string;
  detail: string;
}

/** Where the ids an import wrote come from, so that a problem names the line that wrote it. */
export interface WrittenIds {
  /** Every id the unit of work names, with the line that names it first (a MERGE before a MATCH). */
  lines: ReadonlyMap<string, number>;
  /** Check the whole graph rather than `lines`' ids (a script that loads ids from elsewhere, e.g. LOAD CSV). */
  wholeGraph?: boolean;
}

/**
 * Before an import commits a unit of work (a script, a batch of records), in its own transaction: derives the shortcut
 * edges, page keys and global id labels from the model, then runs the validator's checks (`runGraphChecks`, the code
 * behind `npm run validate`) over the nodes it wrote, and throws one {@link ImportError} listing every problem, each
 * with its file, line and claim id, together with the problems found while writing (statements that changed
 * nothing). The caller's transaction is then rolled back: nothing of the unit is written. Answers what it derived.
 */
export async function checkWrites(tx: Tx, file: string, written: WrittenIds, earlier: readonly ImportProblem[] = []): Promise<DerivedCounts> {
  const scope = written.wholeGraph ? undefined : [...written.lines.keys()];
  const derived = await deriveAll(tx, scope);
  const report = await runGraphChecks(tx, { scope, limit: 50 });
  const fallbackLine = Math.min(...written.lines.values(), Number.MAX_SAFE_INTEGER);
  const problems = [
    ...earlier,
    ...report.checks.flatMap((check) =>
      check.problems.map((p) => ({
        file,
        line: written.lines.get(p.id) ?? (fallbackLine === Number.MAX_SAFE_INTEGER ? 1 : fallbackLine),
        id: p.id,
        kind: p.kind,
        detail: p.detail,
      })),
    ),
  ].sort((a, b) => a.line - b.line || a.id.localeCompare(b.id));
  if (problems.length > 0) throw refusal(file, problems, report.problemCount + earlier.length);
  return derived;
}

/** The ids among `ids` that no node carries, in any id family (nodes a script created a moment ago included). */
export async function missingIds(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.run(
    `UNWIND $ids AS id
     WITH id WHERE ${ID_BEARING_LABELS.map((label) => `NOT EXISTS { MATCH (:${label} {id: id}) }`).join(' AND ')}
     RETURN collect(id) AS missing`,
    { ids },
  );
  return (rows[0]?.missing as string[]) ?? [];
}

/** The error that refuses a unit of work: its first line is `file:line: id: kind detail`, one line per problem. */
export function refusal(file: string, problems: readonly ImportProblem[], count = problems.length): ImportError {
  const lines = problems.map((p) => `${p.file}:${p.line}: ${p.id}: ${p.kind} ${p.detail}`);
  const more = count > problems.length ? `\n... and ${count - problems.length} more` : '';
  const first = problems[0];
  return new ImportError(
    'CHECK_FAILED',
    `${lines.join('\n')}${more}\n${file}: refused, nothing of it was written (${count} problem${count === 1 ? '' : 's'}; docs/adding-an-article.md#what-the-import-checks).`,
    { file, line: first?.line, problems },
  );
}
