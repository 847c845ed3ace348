import type { Database } from '../../src/db';

/** A value as text that keeps its type apart (a date and its ISO string differ by their value type, listed beside). */
const plain = (value: unknown): unknown => (Array.isArray(value) ? value.map(plain) : value !== null && typeof value === 'object' ? String(value) : value);

/** A graph's nodes and relationships, one sorted line each. */
export interface Fingerprint {
  nodes: string[];
  relationships: string[];
}

export interface FingerprintOptions {
  /** Properties compared by presence and type only (entry times, which differ between two writes). */
  byPresence?: ReadonlySet<string>;
  /** Text taken out of every line (a run's id prefix that one side's ids carry and the other's do not). */
  strip?: string;
}

/**
 * Every node with an id starting with `idStart` and every relationship between such nodes, one sorted line each:
 * labels or type, ends, properties (sorted) and their value types. Two graphs written by two paths are the same when
 * their fingerprints are: {@link onlyIn} gives the lines of one that the other lacks.
 */
export async function graphFingerprint(database: Database, idStart: string, options: FingerprintOptions = {}): Promise<Fingerprint> {
  const nodes = await database.readRows(
    `MATCH (n:Node) WHERE n.id STARTS WITH $prefix
     RETURN n.id AS id, COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } AS labels, properties(n) AS props,
            [k IN keys(n) | k + ':' + valueType(n[k])] AS types`,
    { prefix: idStart },
  );
  const relationships = await database.readRows(
    `MATCH (a:Node)-[r]->(b:Node) WHERE a.id STARTS WITH $prefix
     RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props, [k IN keys(r) | k + ':' + valueType(r[k])] AS types`,
    { prefix: idStart },
  );
  const line = (row: Record<string, unknown>) => {
    const props = row.props as Record<string, unknown>;
    const sorted = Object.fromEntries(
      Object.keys(props)
        .sort()
        .map((k) => [k, options.byPresence?.has(k) ? 'present' : plain(props[k])]),
    );
    const text = JSON.stringify({ ...row, props: sorted, types: [...(row.types as string[])].sort() });
    return options.strip ? text.split(options.strip).join('') : text;
  };
  return { nodes: nodes.map(line).sort(), relationships: relationships.map(line).sort() };
}

/** The first few lines of `a` that `b` lacks. */
export function onlyIn(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((x) => !other.has(x)).slice(0, 3);
}

/**
 * Asserts that two fingerprints hold the same lines (the first few that differ are shown) and that a loader's counts
 * are theirs.
 */
export function expectSameGraph(online: Fingerprint, loaded: Fingerprint, counts: { nodes: number; relationships: number }): void {
  expect(onlyIn(loaded.nodes, online.nodes)).toEqual([]);
  expect(onlyIn(online.nodes, loaded.nodes)).toEqual([]);
  expect(onlyIn(loaded.relationships, online.relationships)).toEqual([]);
  expect(onlyIn(online.relationships, loaded.relationships)).toEqual([]);
  expect(loaded.nodes.length).toBe(online.nodes.length);
  expect(loaded.relationships.length).toBe(online.relationships.length);
  expect(counts.nodes).toBe(online.nodes.length);
  expect(counts.relationships).toBe(online.relationships.length);
}
