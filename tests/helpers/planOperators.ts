import type { Database } from '../../src/db';

/** The operator names of a statement's plan (run it with EXPLAIN or PROFILE), depth first: to check an index is used. */
export async function planOperators(db: Database, cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const session = db.driver.session({ database: db.settings.database });
  try {
    const result = await session.run(cypher, params);
    const out: string[] = [];
    const walk = (plan: { operatorType: unknown; children?: unknown[] }) => {
      out.push(String(plan.operatorType));
      for (const child of plan.children ?? []) walk(child as { operatorType: unknown; children?: unknown[] });
    };
    walk(result.summary.plan as unknown as { operatorType: unknown; children?: unknown[] });
    return out;
  } finally {
    await session.close();
  }
}
