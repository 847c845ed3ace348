import { RECORD_ENTERED, RECORD_LEFT, claimProperties, linkOf, type ClaimTypeDef, type PropertyKind } from '../model';
import { shortcutConstants } from './derived';

/**
 * The relationships a claim writes, as records rather than Cypher: its links to its ends (with their copies and page
 * keys) and the shortcut edges it derives, from the same model declarations as the Cypher of `derived.ts`. For
 * writers that do not go through Cypher: the bulk loader (`neo4j-admin database import`) writes a fresh graph from
 * files. `npm run validate` (and `deriveAll` writing nothing) checks that both agree; so does
 * tests/integration/bulkGenerate.test.ts, which compares a bulk-loaded graph with the same graph written by Cypher.
 *
 * Values are plain JavaScript: dates as ISO `YYYY-MM-DD` strings, date-times as ISO strings.
 */

/** One relationship to write: its type, its ends' ids, its properties (absent when null) and their kinds. */
export interface RelationshipRecord {
  type: string;
  start: string;
  end: string;
  props: Record<string, unknown>;
}

/** The kind of each property a claim's relationships can carry, by relationship type (for typed file headers). */
export function claimRelationshipKinds(claim: ClaimTypeDef): Map<string, Record<string, PropertyKind>> {
  const kindOf = (name: string): PropertyKind => {
    const def = claimProperties(claim).find((p) => p.name === name);
    if (!def) throw new Error(`${claim.label} has no property ${name} in the model.`);
    return def.kind;
  };
  const out = new Map<string, Record<string, PropertyKind>>();
  const add = (type: string, kinds: Record<string, PropertyKind>) => out.set(type, { ...out.get(type), ...kinds });
  for (const link of claim.links) {
    const kinds: Record<string, PropertyKind> = {};
    for (const name of link.copies ?? []) kinds[name] = kindOf(name);
    if (claim.pageKeys.includes(link.type)) Object.assign(kinds, { pageOf: 'string', pageKey: 'string', pageId: 'string' });
    add(link.type, kinds);
  }
  for (const s of claim.shortcuts) {
    const kinds: Record<string, PropertyKind> = { claimId: 'string', validFrom: 'date', validTo: 'date', recordedAt: 'datetime' };
    for (const [edge, from] of Object.entries(s.copies)) kinds[edge] = kindOf(from);
    for (const edge of Object.keys(s.constants)) kinds[edge] = 'string';
    for (const edge of Object.keys(s.references)) kinds[edge] = 'string';
    add(s.type, kinds);
  }
  return out;
}

const present = (value: unknown) => value !== null && value !== undefined;

/** The page key of a claim (`pageKeyOf` in Cypher): its sort date as text, or ''. */
function pageKeyValue(claim: ClaimTypeDef, props: Readonly<Record<string, unknown>>): string {
  const date = (claim.date && present(props[claim.date]) ? props[claim.date] : props.validFrom) as string | null | undefined;
  return present(date) ? String(date) : '';
}

/**
 * The links of the claim `id` (its properties in `props`) to its ends (`ends`: the end ids by link type), each in
 * the link's direction, with the claim's copied properties and, on paged links, the page keys.
 */
export function claimLinkRecords(
  claim: ClaimTypeDef,
  id: string,
  props: Readonly<Record<string, unknown>>,
  ends: Readonly<Record<string, readonly string[]>>,
): RelationshipRecord[] {
  const out: RelationshipRecord[] = [];
  for (const [type, ids] of Object.entries(ends)) {
    const link = linkOf(claim, type);
    for (const endId of ids) {
      const relProps: Record<string, unknown> = {};
      for (const name of link.copies ?? []) if (present(props[name])) relProps[name] = props[name];
      if (claim.pageKeys.includes(type)) Object.assign(relProps, { pageOf: endId, pageKey: pageKeyValue(claim, props), pageId: id });
      out.push(link.direction === 'in' ? { type, start: endId, end: id, props: relProps } : { type, start: id, end: endId, props: relProps });
    }
  }
  return out;
}

/**
 * The shortcut edges the claim derives (`shortcutClauses` in Cypher): one from each end of `from` to each end of
 * `to`, carrying the claim's id, validity, entry time, copies, constants and references. A retracted claim derives none.
 */
export function shortcutRecords(
  claim: ClaimTypeDef,
  id: string,
  props: Readonly<Record<string, unknown>>,
  ends: Readonly<Record<string, readonly string[]>>,
): RelationshipRecord[] {
  if (present(props[RECORD_LEFT])) return [];
  const constants = shortcutConstants();
  const endsOf = (side: string): readonly string[] => (side === 'claim' ? [id] : (ends[side] ?? []));
  const out: RelationshipRecord[] = [];
  for (const s of claim.shortcuts) {
    const edge: Record<string, unknown> = { claimId: id };
    if (present(props.validFrom)) edge.validFrom = props.validFrom;
    if (present(props.validTo)) edge.validTo = props.validTo;
    const entered = RECORD_ENTERED.map((p) => props[p]).find(present);
    if (present(entered)) edge.recordedAt = entered;
    for (const [name, from] of Object.entries(s.copies)) if (present(props[from])) edge[name] = props[from];
    for (const name of Object.keys(s.constants)) edge[name] = constants[s.type][name];
    for (const [name, type] of Object.entries(s.references)) {
      const first = [...(ends[type] ?? [])].sort()[0];
      if (present(first)) edge[name] = first;
    }
    for (const a of endsOf(s.from)) for (const b of endsOf(s.to)) out.push({ type: s.type, start: a, end: b, props: { ...edge } });
  }
  return out;
}
