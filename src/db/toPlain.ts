import neo4j from 'neo4j-driver';

/**
 * Turns what the driver returns into plain JSON-ready values, in one place: Integers into numbers, dates into ISO
 * strings (`2023-01-07`), date-times into ISO instants, nodes and relationships into their properties. Everything
 * above src/db sees only plain values.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  // Maps and lists are most of a projected answer: they are converted in place (the driver made them for this
  // result alone), without the ten type tests below, which dominated the conversion of a large answer.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) {
    const map = value as Record<string, unknown>;
    for (const key in map) {
      const inner = map[key];
      if (inner === undefined) map[key] = null;
      else if (inner !== null && typeof inner === 'object') map[key] = toPlain(inner);
    }
    return map;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const inner: unknown = value[i];
      if (inner !== null && typeof inner === 'object') value[i] = toPlain(inner);
      else if (inner === undefined) value[i] = null;
    }
    return value;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isDateTime(value)) return dateTimeToIso(value);
  if (neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (neo4j.isPath(value)) return value.segments.map((s) => toPlain(s.relationship));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
  return out;
}

function dateTimeToIso(value: { toString(): string; toStandardDate?: () => Date }): string {
  try {
    return value.toStandardDate ? value.toStandardDate().toISOString() : value.toString();
  } catch {
    return value.toString();
  }
}

/** A Neo4j DATE parameter from a YYYY-MM-DD string (maps of properties written with `SET n += $props` need typed values). */
export function dateParam(iso: string): unknown {
  const [y, m, d] = iso.split('-').map(Number);
  return new neo4j.types.Date(y, m, d);
}
