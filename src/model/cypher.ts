/**
 * Cypher text derived from the model: pure functions of variable names, no values (values are always parameters).
 * Everything that reads or writes the graph builds its labels, relationship types and property names from these.
 */
import { CLAIM_TYPES } from './claims';
import { EVIDENCE_PROPERTIES } from './nodes';
import { PRECISION_PERIODS } from './dates';
import type { ClaimTypeDef, NodeLabel, PropertyDef } from './types';

/** A label test: the node in `v` carries one of `labels`. */
export const hasLabel = (v: string, labels: readonly NodeLabel[] | readonly string[]): string => `${v}:${labels.join('|')}`;

/** The date a claim in `c` sorts and filters by: its own date, else the start of its validity. */
export function sortDate(claim: ClaimTypeDef, c: string): string {
  return claim.date ? `coalesce(${c}.${claim.date}, ${c}.validFrom)` : `${c}.validFrom`;
}

/** The precision of {@link sortDate}. */
export function sortDatePrecision(claim: ClaimTypeDef, c: string): string {
  return claim.date ? `CASE WHEN ${c}.${claim.date} IS NOT NULL THEN ${c}.${claim.date}Precision ELSE ${c}.validFromPrecision END` : `${c}.validFromPrecision`;
}

/** The start date of any claim in `c` whatever its type (timelines mix them): its validity, else its own date. */
export function anyClaimStart(c: string): { date: string; precision: string } {
  const own = [...new Set(CLAIM_TYPES.map((t) => t.date).filter((d): d is string => d !== null && d !== 'validFrom'))];
  const dates = ['validFrom', ...own];
  return {
    date: `coalesce(${dates.map((d) => `${c}.${d}`).join(', ')})`,
    precision: `CASE ${dates.map((d) => `WHEN ${c}.${d} IS NOT NULL THEN ${c}.${d}Precision`).join(' ')} END`,
  };
}

/** The cursor value of a claim's page key: its sort date as an ISO string, '' when missing. */
export const pageKeyOf = (claim: ClaimTypeDef, c: string): string => `coalesce(toString(${sortDate(claim, c)}), '')`;

/** A property read with its declared default for a missing value. */
export function readProperty(def: PropertyDef, v: string): string {
  if (def.default === undefined) return `${v}.\`${def.name}\``;
  const literal = typeof def.default === 'string' ? `'${def.default.replace(/'/g, "\\'")}'` : String(def.default);
  return `coalesce(${v}.\`${def.name}\`, ${literal})`;
}

/** `aliasesText`, the full-text index's copy of an entity's aliases: the list in `aliases` joined with ' | '. */
export const aliasesTextOf = (aliases: string): string => `reduce(s = '', a IN coalesce(${aliases}, []) | s + CASE s WHEN '' THEN '' ELSE ' | ' END + a)`;

/** The same join in JavaScript, for writes that know the aliases. */
export const aliasesText = (aliases: readonly string[]): string => aliases.join(' | ');

/** Evidence in order of strength: the attribution vocabulary's order, for a SUPPORTED_BY relationship in `r`. */
export function evidenceOrder(r: string): string {
  const attribution = EVIDENCE_PROPERTIES.find((p) => p.name === 'attribution')!;
  const values = attribution.vocabulary!.values;
  return `CASE ${r}.attribution ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} ELSE ${values.length} END`;
}

/** The last day of the period a date (`date`) with its precision (`precision`) stands for: "2017", YEAR, is 2017-12-31. */
export function periodEnd(date: string, precision: string): string {
  const branches = Object.entries(PRECISION_PERIODS)
    .filter(([, p]) => p.duration)
    .map(([name, p]) => `WHEN '${name}' THEN ${date} + duration('${p.duration}') - duration('P1D')`);
  return `(CASE ${precision} ${branches.join(' ')} ELSE ${date} END)`;
}

/**
 * The points a claim (or event) in `c` puts on a timeline, as a Cypher list of maps {date, precision, kind, summary}
 * (points without a date are for the caller to drop): its start (validity, else its own date), its end (`validTo`),
 * and the milestones its type declares in the model (a decision's `decidedAt`, the end of a restriction that a
 * decision lifted). `kinds` are the timeline vocabulary's START, END and EVENT; `summary` is the claim's one line.
 */
export function timelinePoints(c: string, summary: string, kinds: { start: string; end: string; event: string }): string {
  const { date: start, precision: startPrecision } = anyClaimStart(c);
  const kindOf = (k: 'START' | 'END') => (k === 'START' ? kinds.start : kinds.end);
  const milestones = CLAIM_TYPES.filter((t) => t.milestones?.length).map((t) => {
    const points = t.milestones!.map((m) => {
      const value = (x: string) => (m.via ? `head(COLLECT { MATCH (${c})-[:${m.via}]->(x_) WHERE x_.${m.date} IS NOT NULL RETURN x_.${x} ORDER BY x_.${m.date} })` : `${c}.${x}`);
      const date = m.unlessEnded ? `CASE WHEN ${c}.validTo IS NULL THEN ${value(m.date)} END` : value(m.date);
      return `{date: ${date}, precision: coalesce(${value(`${m.date}Precision`)}, 'DAY'), kind: '${kindOf(m.kind)}', summary: ${summary} + ' — ${m.note}'}`;
    });
    return `WHEN ${c}:${t.label} THEN [${points.join(', ')}]`;
  });
  return (
    `[{date: ${start}, precision: coalesce(${startPrecision}, 'DAY'), kind: CASE WHEN ${c}:Event THEN '${kinds.event}' ELSE '${kinds.start}' END, summary: ${summary}}, ` +
    `{date: ${c}.validTo, precision: coalesce(${c}.validToPrecision, 'DAY'), kind: '${kinds.end}', summary: ${summary} + ' — ends'}]` +
    (milestones.length ? ` + CASE ${milestones.join(' ')} ELSE [] END` : '')
  );
}
