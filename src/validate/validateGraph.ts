import type { Database, Tx } from '../db';
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
  /** Called after each check with what it found and how long it took (a long validation shows its progress). */
  onCheck?: (result: CheckResult, seconds: number) => void;
  /** How many checks run at once, each in a read transaction of its own (default 1). */
  concurrency?: number;
}

/** How {@link runGraphChecks} runs, in a transaction the caller holds. */
export interface RunChecksOptions {
  /** Check only the nodes with these ids and their own relationships (an import's writes); the whole graph when absent. */
  scope?: readonly string[];
  limit?: number;
  checks?: readonly GraphCheck[];
}

/**
 * Checks, read-only, that the graph keeps the storage contract of docs/graph-model.md that the database itself cannot
 * enforce: every claim has a source, its required ends, enum values from the lists, and shortcut edges in step with
 * their claims. Used by `npm run validate` and by the tests on the seed; imports run the same checks, scoped to what
 * they wrote, before they commit ({@link runGraphChecks}).
 */
export async function validateGraph(db: Database, options: ValidateOptions = {}): Promise<ValidationReport> {
  const todo = options.checks ?? GRAPH_CHECKS;
  const checks: CheckResult[] = new Array<CheckResult>(todo.length);
  let next = 0;
  // Each runner takes the next check until none is left; the report keeps the checks' order.
  const runner = async () => {
    for (let i = next++; i < todo.length; i = next++) {
      const started = performance.now();
      const [result] = await db.read((tx) => runGraphChecks(tx, { limit: options.limit, checks: [todo[i]] }).then((r) => r.checks), {
        timeoutMs: options.timeoutMs ?? 60_000,
      });
      checks[i] = result;
      options.onCheck?.(result, (performance.now() - started) / 1000);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 1, todo.length)) }, runner));
  return { checks, problemCount: checks.reduce((sum, c) => sum + c.count, 0) };
}

/**
 * The checks of {@link validateGraph} in the caller's transaction, over the whole graph or over `scope`: the one
 * implementation behind `npm run validate` and the import's checks before commit (which see the import's own
 * uncommitted writes).
 */
export async function runGraphChecks(tx: Tx, options: RunChecksOptions = {}): Promise<ValidationReport> {
  const limit = options.limit ?? 1000;
  const scoped = options.scope !== undefined;
  const checks: CheckResult[] = [];
  for (const check of options.checks ?? GRAPH_CHECKS) {
    if (scoped && options.scope!.length === 0) {
      checks.push({ name: check.name, description: check.description, count: 0, problems: [] });
      continue;
    }
    const [row] = await tx.run(
      `CALL () { ${check.cypher(scoped)} }
       WITH kind, id, detail ORDER BY id, detail
       WITH collect({kind: kind, id: id, detail: detail}) AS problems
       RETURN size(problems) AS count, problems[0..$limit] AS problems`,
      { ...check.params, limit, scope: options.scope ?? null },
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
