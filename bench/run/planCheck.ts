/**
 * ProfiledPlan checks of issue #15's acceptance, for the bench's filter/sort/aggregate queries: every statement our API sends
 * for one request is run under PROFILE, and its plan is searched for a full label scan (NodeByLabelScan,
 * AllNodesScan), a sort over more rows than a page (Sort, Top, PartialSort, PartialTop: the rows they read, i.e.
 * their input's rows) and a collect over more rows than a page (an aggregation whose details call collect()).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { OursProfiler, ProfiledPlan } from './profile';
import type { GraphqlCall } from './queries';

export interface PlanOperator {
  op: string;
  /** Rows the operator produced (a scan) or read (a sort or collect: the rows of its input). */
  rows: number;
  dbHits: number;
  details: string;
}

export interface PlanCheck {
  dbHits: number;
  statements: number;
  labelScans: PlanOperator[];
  /** Sorts that read more than {@link PAGE_ROWS} rows. */
  wideSorts: PlanOperator[];
  /** Collects that read more than {@link PAGE_ROWS} rows. */
  wideCollects: PlanOperator[];
  /** The largest number of rows any sort read (whatever its size). */
  largestSortRows: number;
  /** The operators with the most db hits, for the report. */
  top: PlanOperator[];
}

/** More rows than the largest page (100) plus the one read ahead: a sort or collect of more is over a whole list. */
export const PAGE_ROWS = 101;

const SCANS = new Set(['NodeByLabelScan', 'AllNodesScan']);
const SORTS = new Set(['Sort', 'Top', 'PartialSort', 'PartialTop']);

const name = (op: string) => op.replace(/@.*$/, '');

function walk(plan: ProfiledPlan, visit: (p: ProfiledPlan, inputRows: number) => void): void {
  const inputRows = (plan.children ?? []).reduce((n, c) => n + Number(c.rows ?? 0), 0);
  visit(plan, inputRows);
  for (const c of plan.children ?? []) walk(c, visit);
}

/** PROFILEs one statement and returns its plan. */
async function profilePlan(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<ProfiledPlan> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`PROFILE ${cypher.replace(/^\s*CYPHER\s+5\s*/i, '')}`, params);
    return result.summary.profile as unknown as ProfiledPlan;
  } finally {
    await session.close();
  }
}

/** The plan checks of one request of our API. */
export async function checkOurPlan(profiler: OursProfiler, driver: Driver, call: GraphqlCall): Promise<PlanCheck> {
  const { captured } = await profiler.dbHits(call);
  const check: PlanCheck = { dbHits: 0, statements: captured.length, labelScans: [], wideSorts: [], wideCollects: [], largestSortRows: 0, top: [] };
  const all: PlanOperator[] = [];
  for (const s of captured) {
    const plan = await profilePlan(driver, s.cypher, s.params);
    walk(plan, (p, inputRows) => {
      const op = name(p.operatorType);
      const details = String(p.arguments?.Details ?? '').slice(0, 200);
      const hits = Number(p.dbHits ?? 0);
      check.dbHits += hits;
      all.push({ op, rows: Number(p.rows ?? 0), dbHits: hits, details });
      if (SCANS.has(op)) check.labelScans.push({ op, rows: Number(p.rows ?? 0), dbHits: hits, details });
      if (SORTS.has(op)) {
        check.largestSortRows = Math.max(check.largestSortRows, inputRows);
        if (inputRows > PAGE_ROWS) check.wideSorts.push({ op, rows: inputRows, dbHits: hits, details });
      }
      if (/aggregation/i.test(op) && /collect\(/i.test(details) && inputRows > PAGE_ROWS) check.wideCollects.push({ op, rows: inputRows, dbHits: hits, details });
    });
  }
  check.top = all.sort((a, b) => b.dbHits - a.dbHits).slice(0, 5);
  return check;
}

/** One line for the report: what the plan holds against the acceptance. */
export function describeCheck(c: PlanCheck): string {
  const list = (ops: PlanOperator[]) => ops.map((o) => `${o.op} (${o.rows.toLocaleString('en')} rows)`).join(', ');
  return [
    c.labelScans.length ? `label scan: ${list(c.labelScans)}` : 'no label scan',
    c.wideSorts.length ? `sort over a whole list: ${list(c.wideSorts)}` : `no sort over more than a page (largest sort: ${c.largestSortRows} rows)`,
    c.wideCollects.length ? `collect of a whole list: ${list(c.wideCollects)}` : 'no collect of a whole list',
  ].join('; ');
}
