import type { Vocabulary } from './vocabularies';

/** The labels a node of the graph can carry as its own kind (besides the family labels Entity and Claim). */
export type EntityLabel = 'Person' | 'Organization' | 'Platform';
export type ClaimLabel = 'Role' | 'Statement' | 'Decision' | 'DecisionRole' | 'LobbyingEffort' | 'Restriction' | 'Observation' | 'Ownership' | 'Payment' | 'DecisionState';
export type NodeLabel = EntityLabel | 'Account' | 'Event' | 'Source' | ClaimLabel;

/**
 * The label family of a node, each with a unique index on `id`: a lookup by id seeks the family's index and tests the
 * node's own label afterwards.
 */
export type IdFamily = 'Entity' | 'Claim' | 'Account' | 'Event' | 'Source';

/** What a property holds, as stored in Neo4j. */
export type PropertyKind = 'string' | 'text' | 'strings' | 'int' | 'float' | 'boolean' | 'date' | 'datetime' | 'enum';

/** One property of a node or relationship. */
export interface PropertyDef {
  name: string;
  kind: PropertyKind;
  description: string;
  /** The allowed values of an `enum` property. */
  vocabulary?: Vocabulary;
  /** A `date` property known to a precision stores it beside itself, as `<name>Precision`. */
  precision?: boolean;
  /** What a missing value reads as (a Cypher literal is built from it). */
  default?: string | number | boolean;
  /** Lists may be ordered by it. */
  sortable?: boolean;
}

/** Declares a property (the model's files use it for every entry). */
export const prop = (name: string, kind: PropertyKind, description: string, extra: Partial<PropertyDef> = {}): PropertyDef => ({ name, kind, description, ...extra });

/** A node label that is not a claim: an entity, an account, an event, a source. */
export interface NodeTypeDef {
  label: NodeLabel;
  family: IdFamily;
  description: string;
  properties: readonly PropertyDef[];
}

/**
 * A relationship between a claim and the nodes it is about, seen from the claim: `in` is (end)-[type]->(claim), `out`
 * (claim)-[type]->(end). Writes refuse, and `npm run validate` reports, an end outside `ends`.
 */
export interface LinkDef {
  type: string;
  direction: 'in' | 'out';
  /** The labels an end may carry (one of them). */
  ends: readonly NodeLabel[];
  /** A claim without this link says nothing. */
  required: boolean;
  /** Several ends (speakers, targets), or at most one. */
  many: boolean;
  /** The GraphQL field that reads the ends, and the write input's field that names them. */
  field: string;
  input: string;
  description: string;
  /** Properties the link carries, copied from the claim's own (`stance` on REGARDING). */
  copies?: readonly string[];
}

/**
 * A shortcut edge a claim derives, entity to entity, for paths and neighbourhoods: one edge from each end of `from`
 * to each end of `to` (`claim` = the claim node itself), carrying the claim's id, its validity, copies of its
 * properties, constants, and the id of the first end of a link (`references`). Derived, never written by hand: API
 * writes, imports and the generator write them from this declaration, and `npm run validate` checks them against it.
 */
export interface ShortcutDef {
  type: string;
  from: string | 'claim';
  to: string | 'claim';
  /** Edge property ← claim property. */
  copies: Readonly<Record<string, string>>;
  /** Edge property ← constant. */
  constants: Readonly<Record<string, string>>;
  /** Edge property ← the id of the first end of a link. */
  references: Readonly<Record<string, string>>;
}

/** A sourced, dated fact: its own properties, the links to what it is about, what it derives. */
export interface ClaimTypeDef {
  label: ClaimLabel;
  description: string;
  properties: readonly PropertyDef[];
  links: readonly LinkDef[];
  shortcuts: readonly ShortcutDef[];
  /**
   * The date every list of this claim sorts and filters by: its own date property (a statement's `saidAt`), falling
   * back to the start of its validity; null sorts by `validFrom` alone.
   */
  date: string | null;
  /**
   * Links whose relationships carry page keys (`pageOf`, `pageKey`, `pageId`), so that an entity's list of these
   * claims is read in page order from a relationship index (`cypher/schema/005-page-keys.cypher`).
   */
  pageKeys: readonly string[];
  /** How a timeline says the claim in one line: parts joined, each a property, a link's end names, or text. */
  summary: readonly SummaryPart[];
  /**
   * Dates a timeline shows besides the claim's start (its sort date or `validFrom`) and its end (`validTo`): a
   * decision's `decidedAt`, a restriction's end through the decision that lifted it.
   */
  milestones?: readonly MilestoneDef[];
  /**
   * When two claims of this type compete (`conflicts`): they have the same ends on every required link and the same
   * `same` properties, and disagree on a `compare` property (two follower counts for one account on one day). A type
   * without it is not compared: its claims may differ without contradicting each other.
   */
  conflicts?: { same: readonly string[]; compare: readonly string[] };
}

/**
 * A dated point of a claim on a timeline: the claim's own date property, or (`via`) that property of the first node
 * its `via` link reaches; `kind` is the timeline kind, `note` is added to the claim's summary; with `unlessEnded` the
 * point shows only while the claim has no `validTo` of its own.
 */
export interface MilestoneDef {
  date: string;
  via?: string;
  kind: 'START' | 'END';
  note: string;
  unlessEnded?: boolean;
}

/**
 * A part of a claim's one-line summary: literal text; a property (or the first present of several); the names of a
 * link's ends (joined by commas); or parts that together read as nothing when any of their properties is missing.
 */
export type SummaryPart = string | { property: string | readonly string[] } | { link: string } | { optional: readonly SummaryPart[] };
