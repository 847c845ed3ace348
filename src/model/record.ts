/**
 * Record time: when the graph knew something, as opposed to valid time (when it held in the world). Every record (a
 * claim version, an entity version, an evidence edge, a shortcut edge) says when it entered the graph and when it left
 * the current graph; nothing an API write replaces or retracts is deleted (only `purgeClaim`, for legal erasure).
 *
 * - A claim node is its current version: it entered at `recordedAt` (a correction's time) or else `createdAt`.
 *   A correction copies the version it replaces to a node of the same labels (`versionOf` = the claim's id), with its
 *   own links, evidence and shortcut edges, which left the current graph at the correction (`supersededAt`, and
 *   `retractedAt` so that every current read skips it through the one test they already make).
 * - An entity node entered at `createdAt` and is its current version (its names since `versionedAt`); `updateEntity`
 *   keeps the replaced names, aliases and description as an `EntityVersion` node (`VERSION_OF` the entity) that held
 *   from its `recordedAt` to its `supersededAt`.
 * - Evidence and shortcut edges carry `createdAt` (imports' edges may have none: known since before any API write)
 *   and, once their claim is retracted or superseded, `retractedAt`.
 */

/** The properties that say when a record entered the graph: the first one present. */
export const RECORD_ENTERED = ['recordedAt', 'createdAt'] as const;

/** The property that says when a record left the current graph (retracted, or superseded by a correction). */
export const RECORD_LEFT = 'retractedAt';

/**
 * The label of the kept versions of an entity, the relationship that ties them to it, and the full-text index over
 * their names, aliases (`aliasesText`) and description, which search as of an instant of record time reads
 * (`cypher/schema/009-entity-version-search.cypher`).
 */
export const ENTITY_VERSION = { label: 'EntityVersion', link: 'VERSION_OF', searchIndex: 'entityVersionSearch' } as const;

/** The kept version in `v` held its entity's names at the instant `t`: from its `recordedAt` (unknown: always) to its `supersededAt`. */
export const versionHeldAt = (v: string, t: string): string => `coalesce(${v}.recordedAt <= ${t}, true) AND ${v}.supersededAt > ${t}`;

/** The relationship from a claim's version to the version it replaced. */
export const SUPERSEDES = 'SUPERSEDES';

/** The entity properties a version keeps. */
export const VERSIONED_ENTITY_PROPERTIES = ['name', 'aliases', 'aliasesText', 'description', 'wikidataId', 'kind'] as const;

/** When the record in `v` entered the graph (a Cypher expression; null for records older than record time). */
export const enteredAt = (v: string): string => `coalesce(${RECORD_ENTERED.map((p) => `${v}.${p}`).join(', ')})`;

/**
 * The one record-time predicate: the record in `v` (node or relationship) was in the graph at the instant `t` (a
 * Cypher datetime expression): it had entered by then (a record without an entry time always had) and had not left.
 * A shortcut edge retracted before record time existed has only `retracted = true`: it left at an unknown time, so
 * it is never shown.
 */
export const knownAt = (v: string, t: string): string =>
  `(${enteredAt(v)} IS NULL OR ${enteredAt(v)} <= ${t}) AND (${v}.${RECORD_LEFT} IS NULL OR ${v}.${RECORD_LEFT} > ${t}) AND NOT (coalesce(${v}.retracted, false) AND ${v}.${RECORD_LEFT} IS NULL)`;
