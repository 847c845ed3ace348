import type { Database } from '../db';
import { GRAPH_CHECKS, type GraphCheck } from './graphChecks';

/** One thing in the graph that breaks the storage contract: `kind  id  detail`. */
export interface ValidationProblem {
  kind: string;
  /** The claim (or node) concerned. */
  id: string;
  detail: string;
}

/** What one check found: every problem is counted, at most `limit` are listed. */
export interface CheckResult {
  name: string;
  description: string;
  count: number;
  problems: ValidationProblem[];
}

/** The outcome of {@link validateGraph}. */
export interface ValidationReport {
  checks: CheckResult[];
  /** The sum of the checks' counts: 0 means the graph keeps the contract. */
  problemCount: number;
}

/** How {@link validateGraph} runs. */
export interface ValidateOptions {
  /** List at most this many problems per check (all are counted). Default 1000. */
  limit?: number;
  timeoutMs?: number;
  checks?: readonly GraphCheck[];
}

/**
 * Checks, read-only, that the graph keeps the storage contract of docs/graph-model.md that the database itself cannot
 * enforce: every claim has a source, its required ends, enum values from the lists, and shortcut edges in step with
 * their claims. Used by `npm run validate` after an import and by the tests on the seed.
 */
export async function validateGraph(db: Database, options: ValidateOptions = {}): Promise<ValidationReport> {
  const limit = options.limit ?? 1000;
  const checks: CheckResult[] = [];
  for (const check of options.checks ?? GRAPH_CHECKS) {
    const [row] = await db.read(
      (tx) =>
        tx.run(
          `CALL () { ${check.cypher} }
           WITH kind, id, detail ORDER BY id, detail
           WITH collect({kind: kind, id: id, detail: detail}) AS problems
           RETURN size(problems) AS count, problems[0..$limit] AS problems`,
          { ...check.params, limit },
        ),
      { timeoutMs: options.timeoutMs ?? 60_000 },
    );
    checks.push({
      name: check.name,
      description: check.description,
      count: Number(row?.count ?? 0),
      problems: (row?.problems ?? []) as ValidationProblem[],
    });
  }
  return { checks, problemCount: checks.reduce((sum, c) => sum + c.count, 0) };
}
