import { linkPattern } from '../../claims/derived';
import {
  CLAIM_LABELS,
  CLAIM_PROPERTIES,
  SUPERSEDES,
  claimType,
  ENTITY_VERSION,
  VALIDITY,
  enteredAt,
  knownAt,
  versionHeldAt,
  evidenceOrder,
  familyOf,
  linkOf,
  periodEnd,
  readProperty,
  sortDate,
  sortDatePrecision,
  ID_FAMILIES,
  type ClaimLabel,
} from '../../model';
import type { FieldBuilder, FieldSelection, PageArgs, Projector, SortKey, SortPart } from '../../projection';

/**
 * A claim in the graph the statement reads: in the current graph, not retracted (nor superseded by a correction); as
 * of an instant of record time (`q.knownAt`, from `asKnownAt`), recorded by then and not yet retracted or superseded.
 * The current graph's test is unchanged, so reads without `asKnownAt` keep their Cypher and their plans.
 */
export const active = (w: string, q?: Pick<Projector, 'knownAt'>): string => (q?.knownAt ? knownAt(w, q.knownAt) : `${w}.retractedAt IS NULL`);

/** A walked edge in the graph the statement reads: a shortcut edge of a claim in it (see {@link active}), or a structural edge. */
export const liveEdge = (r: string, q?: Pick<Projector, 'knownAt'>): string => (q?.knownAt ? knownAt(r, q.knownAt) : `coalesce(${r}.retracted, false) = false`);

/** A node in the graph the statement reads: any node now; as of an instant of record time, one recorded by then. */
export const recorded = (n: string, q?: Pick<Projector, 'knownAt'>): string => (q?.knownAt ? knownAt(n, q.knownAt) : 'true');

/**
 * The claim held on the date `ref` (a Cypher date expression): it began on or before it, and its end, widened to the
 * end of its period ("2017", YEAR, runs to the last day of 2017), is not before it. Open ends hold, unless the
 * sources say the claim had ended by some date (`validToBefore`: "former president" in a January 2023 story).
 */
export { periodEnd };

export const validAt = (w: string, ref: string): string =>
  `(${w}.validFrom IS NULL OR ${w}.validFrom <= ${ref}) AND (${w}.validTo IS NULL OR ${periodEnd(`${w}.validTo`, `${w}.validToPrecision`)} >= ${ref}) AND (${w}.validToBefore IS NULL OR ${w}.validToBefore > ${ref})`;

/**
 * The claim in `w` certainly held on the day `ref`: its start is known and its whole period ("June 2021", MONTH) had
 * begun by then, and its end is not in doubt: none, or a known end whose period ("2023", YEAR) begins after the day.
 * A claim the sources say had ended by some date without saying when (`validToBefore`) is never certain.
 */
export const certainlyValidAt = (w: string, ref: string): string =>
  `(${w}.validFrom IS NOT NULL AND ${periodEnd(`${w}.validFrom`, `${w}.validFromPrecision`)} <= ${ref}) AND ${w}.validToBefore IS NULL AND (${w}.validTo IS NULL OR ${w}.validTo > ${ref})`;

/** Whether the claim in `w` held on the day `ref`: certain, possible (a bound unknown or coarse), or null (it did not); the model's Validity. */
export const validityAt = (w: string, ref: string): string => {
  const [certain, possible] = VALIDITY.values;
  return `CASE WHEN ${certainlyValidAt(w, ref)} THEN '${certain}' WHEN ${validAt(w, ref)} THEN '${possible}' END`;
};

/** A dated span of a claim: Cypher expressions of its start and end and their precisions; a null end is open. */
export interface Span {
  start: string;
  startPrecision: string;
  /** Null when the claim still holds (as far as the sources say). */
  end: string | null;
  endPrecision: string;
}

/** The span of a claim that happened at one date known to a precision (a letter, a statement). */
export const pointSpan = (date: string, precision: string): Span => ({ start: date, startPrecision: precision, end: date, endPrecision: precision });

/**
 * The span overlaps [from, to] (either may be null), each end widened to its whole period: a letter of "December
 * 2022" overlaps 15–20 December 2022. A span with no known start is kept (the sources do not rule it out).
 */
export function overlaps(q: Projector, span: Span, from: string | null | undefined, to: string | null | undefined): string {
  const parts: string[] = [];
  if (to) parts.push(`(${span.start} IS NULL OR ${span.start} <= date(${q.param(to)}))`);
  if (from && span.end !== null) {
    parts.push(`(${span.end} IS NULL OR ${periodEnd(span.end, `coalesce(${span.endPrecision}, 'DAY')`)} >= date(${q.param(from)}))`);
  }
  return parts.length ? parts.join(' AND ') : 'true';
}

/**
 * A date sort key part, missing dates first. Cursors carry the date as an ISO string ('' when missing); lists are
 * ordered by the date itself, the same order without formatting a string for every candidate row (a list sorted by
 * date reads all of its node's items, a hub's thousands, to keep the first page).
 */
export const dateKey = (expression: string): SortPart => ({
  cursor: `coalesce(toString(${expression}), '')`,
  order: `${expression} IS NOT NULL, ${expression}`,
});

/** The sort key part of a claim type's date (the model's: its own date, else `validFrom`), missing dates first. */
export const claimDateKey = (label: ClaimLabel, w: string): SortPart => dateKey(sortDate(claimType(label), w));

/** The span of a claim that happened at its model date (a letter, a statement), for period filters. */
export const claimPointSpan = (label: ClaimLabel, w: string): Span => pointSpan(sortDate(claimType(label), w), sortDatePrecision(claimType(label), w));

/** How a nested list finds its items: a pattern (and WHERE) from the node in scope `v` to the item `w`. */
export type NestedMatch = (v: string, w: string, q: Projector, field: FieldSelection) => string;

/**
 * A nested list as a connection (a hub's lists: `lobbiedBy`, `roles(asOf)`, ...): a page of what the match finds from
 * the node in scope, in the sort key's order, with keyset cursors; the field's own arguments (`asOf`, `status`) reach
 * the match.
 */
export const pageOf =
  (typeName: string, match: NestedMatch, sortKey: SortKey): FieldBuilder =>
  ({ v }, field, q) =>
    q.connection(field, typeName, { match: (w) => match(v, w, q, field), sortKey }, field.args as PageArgs);

/** Conditions a nested list's own arguments add (`asOf`, `status`), on the item `w`. */
export type NestedFilter = (w: string, q: Projector, field: FieldSelection) => string[];

/**
 * A nested page of claims of one type reached by `pattern` from the node in scope, by the model's date for that type,
 * then id; retracted claims left out.
 */
export const claimsPage = (label: ClaimLabel, pattern: (v: string, w: string) => string, filter: NestedFilter = () => []): FieldBuilder =>
  pageOf(
    label,
    (v, w, q, field) => `${pattern(v, w)} WHERE ${[active(w, q), ...filter(w, q, field)].join(' AND ')}`,
    (w) => [claimDateKey(label, w), `${w}.id`],
  );

/**
 * Roles valid on the field's `asOf` (when given); with `validity: CERTAIN`, only those that certainly held that day
 * (today when `asOf` is left out), their imprecise bounds taken at their narrowest.
 */
export const roleValidityFilter: NestedFilter = (w, q, field) => {
  const day = field.args.asOf ? `date(${q.param(field.args.asOf)})` : 'date()';
  return [...asOfFilter(w, q, field), ...(field.args.validity === 'CERTAIN' ? [certainlyValidAt(w, day)] : [])];
};

/** Claims valid on the field's `asOf` argument, when given. */
export const asOfFilter: NestedFilter = (w, q, field) => {
  const asOf = field.args.asOf as string | undefined;
  return asOf ? [validAt(w, `date(${q.param(asOf)})`)] : [];
};

/** The list of SUPPORTED_BY edges of a claim, with their sources. */
export const evidenceField: FieldBuilder = ({ v }, field, q) => {
  const r = q.variable('r');
  const s = q.variable('s');
  return (
    `COLLECT { MATCH (${v})-[${r}:SUPPORTED_BY]->(${s}:Source)${q.knownAt ? ` WHERE ${knownAt(r, q.knownAt)}` : ''} ` +
    `WITH ${r}, ${s} ORDER BY ${evidenceOrder(r)}, ${s}.id ` +
    `RETURN ${q.project(field, 'Evidence', { v: r, source: s })} }`
  );
};

/**
 * A property of the entity in `v` as the graph held it at the instant `t`: from the kept version (`updateEntity`) that
 * was current then, else the entity's own. Wrapped in a list, so that a version's null is kept.
 */
const entityPropertyAt = (v: string, property: string, t: string): string =>
  `coalesce(head(COLLECT { MATCH (ev_:${ENTITY_VERSION.label})-[:${ENTITY_VERSION.link}]->(${v}) ` +
  `WHERE ${versionHeldAt('ev_', t)} RETURN [ev_.\`${property}\`] ORDER BY ev_.supersededAt LIMIT 1 }), [${v}.\`${property}\`])[0]`;

/** An entity property read as the projector's instant of record time saw it, or as it is (the default read). */
const entityProperty =
  (property: string, wrap = (x: string) => x): FieldBuilder =>
  ({ v }, _f, q) =>
    wrap(q.knownAt ? entityPropertyAt(v, property, q.knownAt) : `${v}.\`${property}\``);

/** Entity fields that must never be null, and the names an entity had as of an instant of record time. */
export const entityFields: Record<string, FieldBuilder> = {
  name: entityProperty('name'),
  aliases: ({ v }, f, q) => (q.knownAt ? `coalesce(${entityPropertyAt(v, 'aliases', q.knownAt)}, [])` : `coalesce(${v}.aliases, [])`),
  description: entityProperty('description'),
};

/** The interfaces every claim type implements. */
export const CLAIM_INTERFACES = ['Claim', 'Node'] as const;

const rankProperty = CLAIM_PROPERTIES.find((p) => p.name === 'rank')!;

/** The fields every claim shares. */
export const claimFields: Record<string, FieldBuilder> = {
  evidence: evidenceField,
  // As of an instant of record time, a kept version answers as its claim (its id), not yet retracted or superseded.
  id: ({ v }, _f, q) => (q.knownAt ? `coalesce(${v}.versionOf, ${v}.id)` : `${v}.\`id\``),
  retractedAt: ({ v }, _f, q) => (q.knownAt ? `CASE WHEN ${v}.retractedAt <= ${q.knownAt} THEN ${v}.retractedAt END` : `${v}.\`retractedAt\``),
  retractionReason: ({ v }, _f, q) => (q.knownAt ? `CASE WHEN ${v}.retractedAt <= ${q.knownAt} THEN ${v}.retractionReason END` : `${v}.\`retractionReason\``),
  validity: ({ v }, f, q) => validityAt(v, f.args.asOf ? `date(${q.param(f.args.asOf)})` : 'date()'),
  supersededAt: ({ v }, _f, q) => (q.knownAt ? `CASE WHEN ${v}.supersededAt <= ${q.knownAt} THEN ${v}.supersededAt END` : `${v}.\`supersededAt\``),
  recordedAt: ({ v }) => enteredAt(v),
  rank: ({ v }) => readProperty(rankProperty, v),
  // The claim node is its current version; each correction left the version it replaced behind a SUPERSEDES edge.
  history: ({ v }, f, q) => {
    const x = q.variable('x');
    return `COLLECT { MATCH (${v})-[:${SUPERSEDES}*0..]->(${x}) WITH DISTINCT ${x} ORDER BY ${enteredAt(x)}, ${x}.id RETURN ${q.project(f, 'ClaimVersion', x)} }`;
  },
};

/**
 * The mutation that recorded the claim version in `v`: a correction names itself; a first version was written by
 * `add<Label>`, or by an import when no key wrote it.
 */
export const recordOperation = (v: string): string =>
  `coalesce(${v}.recordOperation, CASE WHEN ${v}.createdBy IS NULL THEN null ELSE 'add' + head([l IN labels(${v}) WHERE l IN [${CLAIM_LABELS.map((l) => `'${l}'`).join(', ')}]]) END)`;

/** Every label whose nodes a lookup by id finds, each behind a unique index on id. */
const ID_LABELS = ID_FAMILIES;

/**
 * A clause that binds `as` to the node with id `ref` (a parameter reference): one index seek per label family (all
 * of them, or those given), and the id of a merged entity resolves to the entity it was merged into.
 */
export function nodeLookup(ref: string, as: string, labels: readonly string[] = ID_LABELS, scope = ''): string {
  const union = labels.map((label) => `MATCH (${as}_:${label} {id: ${ref}}) RETURN ${as}_ AS ${as}`).join(' UNION ');
  return `CALL (${scope}) { ${union} UNION MATCH (:MergedId {id: ${ref}})-[:MERGED_INTO]->(${as}_) RETURN ${as}_ AS ${as} }`;
}

/**
 * Binds `n` to the entity of `label` with id `ref`, following merges. Only Entity nodes (and merged ids, which point
 * at entities) can be one: the other label families are not looked up.
 */
export const entityLookup = (ref: string, label: 'Person' | 'Organization' | 'Platform'): string => `${nodeLookup(ref, 'n', [familyOf(label)])} WITH n WHERE n:${label}`;

/**
 * The projection of a claim's link, as the model declares it: the ends of a `many` link as a list (by id), else the
 * first end or null. `typeName` is the GraphQL type the field returns.
 */
export function linkField(label: ClaimLabel, type: string, typeName: string): FieldBuilder {
  const link = linkOf(label, type);
  return ({ v }, f, q) => {
    const options = { match: (w: string) => linkPattern(link, v, `${w}:${link.ends.join('|')}`), sortKey: (w: string) => [`${w}.id`] };
    return link.many ? q.many(f, typeName, options) : q.one(f, typeName, options);
  };
}

/**
 * The status of the decision in `v` on the date `ref` (a Cypher date expression): the status of its latest
 * DecisionState begun on or before that day (a state holds until the next one begins), else the decision's own
 * status (a decision without states, or a day before its first state). The labels, link and default come from the model.
 */
export function decisionStatusAt(v: string, ref: string, q?: Pick<Projector, 'knownAt'>): string {
  const link = linkOf('DecisionState', 'STATE_OF');
  const s = `${v}_state`;
  const own = readProperty(
    claimType('Decision').properties.find((p) => p.name === 'status')!,
    v,
  );
  return (
    `coalesce(head(COLLECT { MATCH ${linkPattern(link, `${s}:DecisionState`, v)} WHERE ${active(s, q)} AND ${s}.validFrom <= ${ref} ` +
    `RETURN ${s}.status ORDER BY ${s}.validFrom DESC, ${s}.id DESC LIMIT 1 }), ${own})`
  );
}
