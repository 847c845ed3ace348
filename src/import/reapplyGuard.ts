import fs from 'node:fs/promises';
import path from 'node:path';
import type { Database, Tx } from '../db';
import { ImportError } from './importError';
import type { LoadedScript } from './loadScript';
import { migrationLedger } from './migrationLedger';
import { scriptIds } from './scriptIds';
import { splitStatements } from './splitStatements';

/** What later scripts name, for a script about to be re-applied: each id with the later scripts that name it. */
export interface ReapplyGuard {
  laterScripts: ReadonlyMap<string, readonly string[]>;
}

/** One value a re-applied script would change that a later script wrote. */
export interface Overwrite {
  /** `node-id.property` or `(a)-[:TYPE]->(b).property`. */
  what: string;
  now: unknown;
  after: unknown;
  /** The later scripts that name the node. */
  by: readonly string[];
}

/**
 * The guard of a script being re-applied: the ids that scripts applied after it (by the ledger's dates) name, read from
 * their files under `root`. Only values of these nodes are compared, so that a re-applied script may change what only
 * it wrote (the reason to re-apply it) but not, unasked, what a later article updated.
 */
export async function reapplyGuard(db: Database, script: LoadedScript, root: string): Promise<ReapplyGuard> {
  const entries = await migrationLedger.readAll(db);
  const own = entries.find((e) => e.name === script.name);
  const later = entries.filter((e) => own && e.name !== script.name && e.appliedAt > own.appliedAt);
  const laterScripts = new Map<string, string[]>();
  for (const entry of later) {
    const file = path.isAbsolute(entry.name) ? entry.name : path.join(root, entry.name);
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined || !file.endsWith('.cypher')) continue;
    for (const id of scriptIds(splitStatements(text)).keys()) laterScripts.set(id, [...(laterScripts.get(id) ?? []), entry.name]);
  }
  return { laterScripts };
}

/** The values of the guarded nodes (and of their relationships) as they stand in the transaction. */
export async function snapshot(tx: Tx, guard: ReapplyGuard, ids: readonly string[]): Promise<Map<string, unknown>> {
  const watched = ids.filter((id) => guard.laterScripts.has(id));
  const values = new Map<string, unknown>();
  if (watched.length === 0) return values;
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Node {id: id})
     CALL (n) {
       RETURN n.id AS key, properties(n) AS props
       UNION ALL
       MATCH (n)-[r]->(m)
       RETURN '(' + n.id + ')-[:' + type(r) + coalesce(' ' + r.locator, '') + coalesce(' ' + r.claimId, '') + ']->(' + coalesce(m.id, elementId(m)) + ')' AS key, properties(r) AS props
     }
     RETURN key, props`,
    { ids: watched },
  );
  for (const row of rows) {
    for (const [property, value] of Object.entries(row.props as Record<string, unknown>)) values.set(`${row.key as string}.${property}`, value);
  }
  return values;
}

/** The values that differ between two snapshots, each with the later scripts that name its node. */
export function overwrites(guard: ReapplyGuard, before: Map<string, unknown>, after: Map<string, unknown>): Overwrite[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const out: Overwrite[] = [];
  for (const key of [...keys].sort()) {
    const now = before.get(key) ?? null;
    const then = after.get(key) ?? null;
    if (JSON.stringify(now) === JSON.stringify(then)) continue;
    const id = /^\(([^)]*)\)/.exec(key)?.[1] ?? key.slice(0, key.lastIndexOf('.'));
    out.push({ what: key, now, after: then, by: guard.laterScripts.get(id) ?? [] });
  }
  return out;
}

/** The refusal of a re-apply that would undo later scripts' writes, listing each value; `--force` applies it anyway. */
export function needsForce(script: LoadedScript, changes: readonly Overwrite[]): ImportError {
  const lines = changes.map((c) => `  ${c.what}: ${JSON.stringify(c.now)} -> ${JSON.stringify(c.after)} (written since by ${c.by.join(', ')})`);
  return new ImportError(
    'NEEDS_FORCE',
    `${script.name}: re-applying it would change ${changes.length} value${changes.length === 1 ? '' : 's'} that later scripts wrote:\n${lines.join('\n')}\n` +
      `Nothing was written. Re-apply the later scripts after it, or add --force to apply it anyway.`,
    { file: script.name },
  );
}
