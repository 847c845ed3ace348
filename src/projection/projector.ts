import { BadUserInputError } from '../errors';
import { decodeCursor } from './cursor';
import { fieldsFor, type FieldSelection } from './selection';
import type { Scope, TypeSpec } from './typeSpec';
import type { TypeRegistry } from './typeRegistry';

/**
 * A part of a sort key whose cursor value and ORDER BY differ: `cursor` gives a string or number, never null (what
 * cursors carry and keyset conditions compare), `order` one or more ORDER BY expressions in the same order.
 */
export interface SortPart {
  cursor: string;
  order: string;
}

/**
 * A sort key of a list: Cypher expressions of the item variable that give strings or numbers, never null, or parts
 * ordered by a cheaper expression than their cursor value.
 */
export type SortKey = (w: string) => Array<string | SortPart>;

/** How a nested list or connection finds its items from the variables in scope. */
export interface ListOptions {
  /** The MATCH pattern (and WHERE) that binds the item variable `w`. */
  match: (w: string) => string;
  /** Sort key expressions of `w`; the list is ordered by them, ascending. */
  sortKey?: SortKey;
  /** A cap on the number of items (a parameter reference or a number). */
  limit?: string | number;
  /**
   * The match binds each item once, so no DISTINCT is needed: the variables of the match stay in scope for the sort
   * key (a relationship's properties), and Neo4j can take the order from an index. Such a match ends with a WHERE
   * clause, to which a connection adds its keyset condition.
   */
  unique?: boolean;
}

/** Page arguments as the schema gives them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * Compiles what a client selected into one Cypher expression: map projections with nested COLLECT and COUNT
 * subqueries, so that a root field costs one round trip to Neo4j however deep the request nests. Every value goes in
 * as a parameter; only labels, relationship types and property names from the type specs reach the text.
 */
export class Projector {
  readonly params: Record<string, unknown> = {};
  private counter = 0;

  constructor(
    readonly registry: TypeRegistry,
    readonly maxPageSize = 100,
  ) {}

  /** Adds a parameter and returns its reference (`$p3`). */
  param(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** An integer parameter (JavaScript numbers reach Neo4j as floats; LIMIT and SKIP want integers). */
  intParam(value: number): string {
    return `toInteger(${this.param(value)})`;
  }

  /** A fresh Cypher variable name. */
  variable(prefix = 'v'): string {
    return `${prefix}${this.counter++}`;
  }

  /** The map expression of `selection` for a value of type `typeName` bound in `scope`. */
  project(selection: FieldSelection, typeName: string, scope: Scope | string): string {
    const s: Scope = typeof scope === 'string' ? { v: scope } : scope;
    const spec = this.registry.concrete(typeName);
    if (spec) return this.projectConcrete(selection, spec, s);
    const types = this.registry.possibleTypes(typeName);
    const bodies = types.map((t) => this.projectEntries(selection, t, s));
    // When every concrete type projects the selection the same way (`actor { id name }`, `nodes { id }`), one map
    // with the type name read from the node's labels replaces the CASE: one labels() read instead of a label test
    // per possible type. Null, as with the CASE, when no type's label is on the node.
    if (types.every((t) => (t.label ?? t.name) === t.name) && bodies.every((b) => b === bodies[0])) {
      const t = this.variable('t');
      const names = types.map((x) => `'${x.name}'`).join(', ');
      const rest = bodies[0] ? `, ${bodies[0]}` : '';
      return `[${t} IN [head([l IN labels(${s.v}) WHERE l IN [${names}]])] WHERE ${t} IS NOT NULL | {__typename: ${t}${rest}}][0]`;
    }
    const branches = types.map((t, i) => `WHEN ${s.v}:${t.label ?? t.name} THEN {__typename: '${t.name}'${bodies[i] ? `, ${bodies[i]}` : ''}}`);
    return `CASE ${branches.join(' ')} END`;
  }

  /** A nested list: `COLLECT { MATCH … RETURN projection }`. */
  many(selection: FieldSelection, typeName: string, options: ListOptions): string {
    const w = this.variable('w');
    const order = options.sortKey ? ` ORDER BY ${orderBy(options.sortKey(w))}` : '';
    const limit = options.limit !== undefined ? ` LIMIT ${options.limit}` : '';
    return `COLLECT { MATCH ${options.match(w)} ${carry(options, w)}${order}${limit} RETURN ${this.project(selection, typeName, w)} }`;
  }

  /** A nested single value: the first match, or null. */
  one(selection: FieldSelection, typeName: string, options: ListOptions): string {
    return `${this.many(selection, typeName, { ...options, limit: 1 })}[0]`;
  }

  /**
   * A keyset-paginated connection: `{__items, __first, totalCount}`. Items carry their sort key, from which the
   * Connection type's resolvers make opaque cursors; `totalCount` is counted only when selected.
   */
  connection(selection: FieldSelection, nodeType: string, options: ListOptions & { sortKey: SortKey }, page: PageArgs): string {
    const first = this.pageSize(page.first);
    const w = this.variable('w');
    const parts = options.sortKey(w);
    const keys = parts.map(cursorOf);
    const after = page.after ? decodeCursor(page.after, keys.length) : undefined;
    const nodeSelection = connectionNodeSelection(selection);
    const keyset = after ? this.keysetCondition(keys, after) : undefined;
    // A unique match ends with its WHERE: the keyset joins it, so that an index seek starts at the cursor.
    const match = options.match(w) + (keyset && options.unique ? ` AND ${keyset}` : '');
    const where = keyset && !options.unique ? ` WHERE ${keyset}` : '';
    const items =
      `COLLECT { MATCH ${match} ${carry(options, w)}${where} ORDER BY ${orderBy(parts)} LIMIT ${this.intParam(first + 1)} ` +
      `RETURN {node: ${this.project(nodeSelection, nodeType, w)}, sortKey: [${keys.join(', ')}]} }`;
    const entries = [`__items: ${items}`, `__first: ${this.intParam(first)}`];
    if (selectionHas(selection, 'totalCount')) {
      const c = this.variable('c');
      entries.push(`totalCount: COUNT { MATCH ${options.match(c)} RETURN DISTINCT ${c} }`);
    }
    return `{${entries.join(', ')}}`;
  }

  /** Validates a page size: 0..maxPageSize, default 20. */
  pageSize(first: number | null | undefined, argument = 'first'): number {
    const value = first ?? 20;
    if (!Number.isInteger(value) || value < 0) {
      throw new BadUserInputError(`Argument "${argument}" must be a whole number from 0 to ${this.maxPageSize}; got ${value}.`, argument);
    }
    if (value > this.maxPageSize) {
      throw new BadUserInputError(`Argument "${argument}" is capped at ${this.maxPageSize}; got ${value}. Page with "after".`, argument);
    }
    return value;
  }

  /**
   * Strictly after the cursor, `k1 >= a1 AND NOT (k1 = a1 AND NOT (k2 > a2))` and so on: the tuple order, written as
   * a range on the first key and a filter. The same condition as `(k1 > a1) OR (k1 = a1 AND k2 > a2)`, which Neo4j
   * plans as a union of index seeks and so loses the index's order; this form lets one seek start at the cursor and
   * read in order.
   */
  private keysetCondition(keys: string[], after: Array<string | number>): string {
    const refs = after.map((value) => this.param(value));
    const from = (i: number): string => (i === keys.length - 1 ? `${keys[i]} > ${refs[i]}` : `${keys[i]} >= ${refs[i]} AND NOT (${keys[i]} = ${refs[i]} AND NOT (${from(i + 1)}))`);
    return `(${from(0)})`;
  }

  /**
   * A map of a concrete type. `__typename` (read by the interfaces' resolveType) only where the field is declared
   * with another type, an interface: a value of a concrete field needs none, and most maps of an answer are.
   */
  private projectConcrete(selection: FieldSelection, spec: TypeSpec, scope: Scope): string {
    const entries = [selection.type === spec.name ? '' : `__typename: '${spec.name}'`, this.projectEntries(selection, spec, scope)];
    return `{${entries.filter(Boolean).join(', ')}}`;
  }

  /** The map entries (without `__typename`) of `selection` for a value of the concrete type `spec`. */
  private projectEntries(selection: FieldSelection, spec: TypeSpec, scope: Scope): string {
    const entries: string[] = [];
    for (const field of fieldsFor(selection, spec.name, spec.implements)) {
      const build = spec.fields[field.name];
      const expression = build ? build(scope, field, this) : `${scope.v}.\`${field.name}\``;
      entries.push(`\`${field.key}\`: ${expression}`);
    }
    return entries.join(', ');
  }
}

/** What a list's subquery carries from its match to its ORDER BY: the item once, or every variable of a unique match. */
function carry(options: ListOptions, w: string): string {
  return options.unique ? 'WITH *' : `WITH DISTINCT ${w}`;
}

/** The ORDER BY of sort key parts. */
export function orderBy(parts: Array<string | SortPart>): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.order)).join(', ');
}

/** The cursor expression of a sort key part. */
function cursorOf(part: string | SortPart): string {
  return typeof part === 'string' ? part : part.cursor;
}

/** The merged selection under `edges { node { … } }` of a connection selection, whatever the aliases. */
function connectionNodeSelection(connection: FieldSelection): FieldSelection {
  const merged: FieldSelection = { name: 'node', key: 'node', type: '', args: {}, byType: new Map() };
  for (const fields of connection.byType.values()) {
    for (const edges of fields.filter((f) => f.name === 'edges')) {
      for (const edgeFields of edges.byType.values()) {
        for (const node of edgeFields.filter((f) => f.name === 'node')) {
          merged.type = node.type;
          for (const [type, list] of node.byType) merged.byType.set(type, [...(merged.byType.get(type) ?? []), ...list]);
        }
      }
    }
  }
  return merged;
}

function selectionHas(selection: FieldSelection, name: string): boolean {
  for (const fields of selection.byType.values()) if (fields.some((f) => f.name === name)) return true;
  return false;
}
