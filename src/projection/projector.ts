import { AppError, BadUserInputError, ErrorCode } from '../errors';
import { knownAt } from '../model';
import { decodeCursor, listTag, type CursorKey } from './cursor';
import { anchorOf, compileWhere, type Anchor, type ParamSink } from '../filters/compileWhere';
import { orderParts, type OrderByEntry } from '../filters/orderBy';
import { aggregateOf } from '../filters/aggregate';
import type { ProjectedPage } from './toConnection';
import { fieldsFor, type FieldSelection } from './selection';
import type { FieldBuilder, Scope, TypeSpec } from './typeSpec';
import type { TypeRegistry } from './typeRegistry';
import { planKey, type PlanCache } from './planCache';

/**
 * A part of a sort key whose cursor value and ORDER BY differ: `cursor` gives a string or number, never null (what
 * cursors carry and keyset conditions compare), `order` one or more ORDER BY expressions in the same order.
 */
export interface SortPart {
  cursor: string;
  order: string;
  /** The part orders descending (`order` ends with DESC): a cursor's page continues below its value. */
  descending?: boolean;
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
  /**
   * The same list started from an anchor pattern that binds `w` (a node a `where` pins by id): the match with the
   * anchor in place of the label scan, ending with a WHERE clause. Lists of every node of a label have it.
   */
  anchored?: (w: string, anchor: string) => string;
  /**
   * The property the list's own order sorts by (a page-keyed list: the claim's model date): `orderBy` on it alone
   * reads the list in its own order, forward or backward.
   */
  orderedBy?: string;
  /**
   * The list is the statement's own (a root field's), so its subqueries use no variable of an enclosing query: Neo4j
   * 5.26 allows aggregating functions in them only then (a nested list's groups are counted without one).
   */
  outermost?: boolean;
}

/** One page's keyset window: see {@link Projector.keysetPage}. */
export interface KeysetPage {
  keyset: string | undefined;
  orderBy: string;
  limit: string;
  sortKey: string;
  page: ProjectedPage;
}

/** Page arguments as the schema gives them: `first`/`after` page forward, `last`/`before` backward. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Compiles what a client selected into one Cypher expression: map projections with nested COLLECT and COUNT
 * subqueries, so that a root field costs one round trip to Neo4j however deep the request nests. Every value goes in
 * as a parameter; only labels, relationship types and property names from the type specs reach the text.
 */
export class Projector {
  readonly params: Record<string, unknown> = {};
  private counter = 0;
  /**
   * The instant of record time the statement reads the graph as of (`asKnownAt`: a Cypher datetime expression), or
   * null for the current graph. Builders hand it to the record-time predicate (`knownAt` in the model); when it is
   * null they write exactly the Cypher they always did.
   */
  knownAt: string | null = null;
  /** How deep in `project` calls the projector is: only the outermost call is looked up in the plan cache. */
  private depth = 0;

  constructor(
    readonly registry: TypeRegistry,
    readonly maxPageSize = 100,
    /** Projections built by earlier requests (see {@link PlanCache}); none: every projection is built. */
    private readonly plans?: PlanCache,
  ) {}

  /**
   * The record-time condition on a list's item `w`, after `keyword` (' WHERE' or ' AND'), when the statement reads the
   * graph as of an instant (`asKnownAt`): every list, root or nested, holds only what the graph held then. Empty for
   * the current graph, whose Cypher stays as it was.
   */
  known(w: string, keyword: string): string {
    return this.knownAt ? `${keyword} ${knownAt(w, this.knownAt)}` : '';
  }

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

  /**
   * The map expression of `selection` for a value of type `typeName` bound in `scope`. The outermost call (a root
   * field's projection) is taken from the plan cache when an earlier request built the same one: its text, and its
   * parameters under the same names.
   */
  project(selection: FieldSelection, typeName: string, scope: Scope | string): string {
    const s: Scope = typeof scope === 'string' ? { v: scope } : scope;
    if (!this.plans || this.depth > 0) return this.build(selection, typeName, s);
    const key = planKey({ selection, typeName, scope: s, counter: this.counter, knownAt: this.knownAt, maxPageSize: this.maxPageSize });
    const plan = this.plans.get(key);
    if (plan) {
      for (const [name, value] of plan.params) this.params[name] = value;
      this.counter = plan.counter;
      return plan.text;
    }
    // Parameter names are `p<counter>`, never integer-like: the params object keeps them in the order they were added.
    const before = Object.keys(this.params).length;
    const text = this.build(selection, typeName, s);
    const params = Object.entries(this.params).slice(before);
    this.plans.set(key, { text, params, counter: this.counter });
    return text;
  }

  private build(selection: FieldSelection, typeName: string, s: Scope): string {
    this.depth += 1;
    try {
      return this.projectOnce(selection, typeName, s);
    } finally {
      this.depth -= 1;
    }
  }

  private projectOnce(selection: FieldSelection, typeName: string, s: Scope): string {
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
    return `COLLECT { MATCH ${options.match(w)} ${carry(options, w)}${this.known(w, ' WHERE')}${order}${limit} RETURN ${this.project(selection, typeName, w)} }`;
  }

  /** A nested single value: the first match, or null. */
  one(selection: FieldSelection, typeName: string, options: ListOptions): string {
    return `${this.many(selection, typeName, { ...options, limit: 1 })}[0]`;
  }

  /**
   * A keyset-paginated connection: `{__items, __page, totalCount}`. Items carry their sort key, from which the
   * Connection type's resolvers make opaque cursors bound to this list (its tag); `totalCount` is counted only when
   * selected. `first`/`after` read forward in the list's order; `last`/`before` read the same index backward (every
   * ORDER BY expression reversed) and the edges are put back in list order in JS. Either way one more item than the
   * page is read, to know whether the list goes on.
   */
  connection(selection: FieldSelection, nodeType: string, options: ListOptions & { sortKey: SortKey }, page: PageArgs): string {
    const w = this.variable('w');
    const where = selection.args.where as Record<string, unknown> | null | undefined;
    const orderBy = selection.args.orderBy as OrderByEntry[] | null | undefined;
    // `orderBy` replaces the list's own order; `where` joins its match (after DISTINCT when the match may repeat an item).
    const ordered = Boolean(orderBy?.length);
    // Ordered by the date the list is already read in (a hub's page-key index), either way: that index's own order,
    // read forward or backward, instead of a sort of the whole hub.
    const byOwnDate = ordered && orderBy!.length === 1 ? ownDateDirection(orderBy![0], options.orderedBy) : undefined;
    const parts = byOwnDate ? descendingIf(options.sortKey(w), byOwnDate === 'DESC') : ordered ? orderParts(nodeType, orderBy!, w) : options.sortKey(w);
    const shape = ordered ? `orderBy:${JSON.stringify(orderBy)}` : sortShape(options.sortKey);
    const window = this.keysetPage(listTag(selection.parent ?? '', selection.name, shape), parts, page);
    let filter = (x: string) => (where ? compileWhere(nodeType, where, x, this) : 'true');
    // A list of every node of a label, pinned by its filter to one node: start there (an index seek), not at the label.
    if (options.anchored && where) {
      // The limits of `where` hold whether or not a pinned chain replaces part of it.
      compileWhere(nodeType, where, w, DRY_RUN);
      const anchors = new Map<string, Anchor | undefined>();
      const anchorFor = (x: string) => {
        if (!anchors.has(x)) anchors.set(x, anchorOf(nodeType, where, x, this));
        return anchors.get(x);
      };
      if (anchorFor(w)) {
        // Every read of the list (its page, totalCount, aggregate) starts at the pinned node; the chain it walks to the
        // item is tested on the way, so only the rest of the filter is tested on the item.
        const { match: scan, anchored } = options;
        options = {
          ...options,
          match: (x) => {
            const from = anchorFor(x);
            return from ? anchored!(x, from.pattern) + (from.condition === 'true' ? '' : ` AND ${from.condition}`) : scan(x);
          },
          unique: false,
        };
        filter = (x) => compileWhere(nodeType, anchorFor(x)?.rest ?? where, x, this);
      }
    }
    const nodeSelection = connectionNodeSelection(selection);
    // As of an instant of record time (`asKnownAt`), only what the graph held then.
    const conditions = [filter(w), window.keyset, this.knownAt ? knownAt(w, this.knownAt) : undefined].filter((c): c is string => Boolean(c) && c !== 'true');
    // A unique match ends with its WHERE: the conditions join it, so that an index seek starts at the cursor.
    const match = options.match(w) + (conditions.length && options.unique ? ` AND ${conditions.join(' AND ')}` : '');
    const after = conditions.length && !options.unique ? ` WHERE ${conditions.join(' AND ')}` : '';
    const items =
      `COLLECT { MATCH ${match} ${carry(options, w)}${after} ORDER BY ${window.orderBy} LIMIT ${window.limit} ` +
      `RETURN {node: ${this.project(nodeSelection, nodeType, w)}, sortKey: ${window.sortKey}} }`;
    // Only counts asked for (`first: 0 … { aggregate { … } }`): no page to read, not even the one item that says whether the list goes on.
    const paged = selectionHas(selection, 'edges') || selectionHas(selection, 'pageInfo');
    const entries = [`__items: ${paged ? items : '[]'}`, `__page: ${this.param(window.page)}`];
    const counted = (c: string) => {
      const condition = filter(c);
      const all = [condition, this.knownAt ? knownAt(c, this.knownAt) : 'true'].filter((x) => x !== 'true');
      // A unique match binds each item once and ends with its WHERE: the filter joins it (an index seek can serve it).
      if (options.unique) return `MATCH ${options.match(c)}${all.length ? ` AND ${all.join(' AND ')}` : ''} WITH ${c}`;
      return `MATCH ${options.match(c)} WITH DISTINCT ${c}${all.length ? ` WHERE ${all.join(' AND ')}` : ''}`;
    };
    if (selectionHas(selection, 'totalCount')) {
      const c = this.variable('c');
      entries.push(`totalCount: COUNT { ${counted(c)} RETURN ${c} }`);
    }
    const aggregate = aggregateOf(selection, nodeType, counted, this, Boolean(options.outermost));
    if (aggregate) entries.push(`aggregate: ${aggregate}`);
    return `{${entries.join(', ')}}`;
  }

  /**
   * The keyset window of one page of a list ordered by `parts` (Cypher expressions over the statement's variables):
   * the condition that starts the page after or before the cursor (undefined without a cursor), the ORDER BY (reversed
   * when paging backward), the LIMIT (one more than the page, to know whether the list goes on), the sort key list each
   * item carries for its cursor, and the page as {@link toConnection} reads it. `tag` binds the cursors to the list.
   * Lists that are not a MATCH from one node (search hits, timeline points, paths, audit entries) use it directly.
   */
  keysetPage(tag: string, parts: Array<string | SortPart>, page: PageArgs, max = this.maxPageSize): KeysetPage {
    const { size, backward } = this.pageWindow(page, max);
    const keys = parts.map(cursorOf);
    const bounds: string[] = [];
    const descending = parts.map((part) => typeof part !== 'string' && Boolean(part.descending));
    if (page.after) bounds.push(this.keysetCondition(keys, decodeCursor(page.after, { tag, length: keys.length, argument: 'after' }), '>', descending));
    if (page.before) bounds.push(this.keysetCondition(keys, decodeCursor(page.before, { tag, length: keys.length, argument: 'before' }), '<', descending));
    return {
      keyset: bounds.length ? bounds.join(' AND ') : undefined,
      orderBy: backward ? reversedOrderBy(parts) : orderBy(parts),
      limit: this.intParam(size + 1),
      sortKey: `[${keys.join(', ')}]`,
      page: { size, backward, after: Boolean(page.after), before: Boolean(page.before), tag },
    };
  }

  /**
   * The size and direction of a page: `first` (default 20) forward, `last` backward; `before` alone pages backward
   * too. `first` and `last` together are refused, naming `last`.
   */
  pageWindow(page: PageArgs, max = this.maxPageSize): { size: number; backward: boolean } {
    if (page.first != null && page.last != null) {
      throw new BadUserInputError(
        'Arguments "first" and "last" cannot be given together: use "first" (with "after") to page forward, or "last" (with "before") to page backward.',
        'last',
      );
    }
    if (page.last != null) return { size: this.pageSize(page.last, 'last', max), backward: true };
    const backward = page.first == null && Boolean(page.before) && !page.after;
    return { size: this.pageSize(page.first, 'first', max), backward };
  }

  /** Validates a page size: 0..maxPageSize, default 20. */
  pageSize(first: number | null | undefined, argument = 'first', max = this.maxPageSize): number {
    const value = first ?? Math.min(20, max);
    if (!Number.isInteger(value) || value < 0) {
      throw new BadUserInputError(`Argument "${argument}" must be a whole number from 0 to ${max}; got ${value}.`, argument, { max });
    }
    if (value > max) {
      const how = argument === 'last' ? 'Page with "before".' : 'Page with "after".';
      throw new AppError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}" is capped at ${max}; got ${value}. ${how}`, { argument, max });
    }
    return value;
  }

  /**
   * Strictly after the cursor (`>`), `k1 >= a1 AND NOT (k1 = a1 AND NOT (k2 > a2))` and so on: the tuple order,
   * written as a range on the first key and a filter. The same condition as `(k1 > a1) OR (k1 = a1 AND k2 > a2)`,
   * which Neo4j plans as a union of index seeks and so loses the index's order; this form lets one seek start at the
   * cursor and read in order. Strictly before (`<`) is its mirror, `k1 <= b1 AND NOT (k1 = b1 AND NOT (k2 < b2))`,
   * a range that a backward index scan starts at.
   */
  private keysetCondition(keys: string[], cursor: CursorKey, direction: '>' | '<', descending: boolean[] = []): string {
    const refs = cursor.map((value) => this.param(value));
    // A descending part continues the other way.
    const op = (i: number) => (descending[i] ? (direction === '>' ? '<' : '>') : direction);
    const from = (i: number): string =>
      i === keys.length - 1 ? `${keys[i]} ${op(i)} ${refs[i]}` : `${keys[i]} ${op(i)}= ${refs[i]} AND NOT (${keys[i]} = ${refs[i]} AND NOT (${from(i + 1)}))`;
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

  /**
   * The expression of one field. A nested field's argument error (a page size over the cap, another list's cursor)
   * becomes a {@link ProjectedFieldError} in the answer instead of failing the whole root field.
   */
  private buildField(build: FieldBuilder, scope: Scope, field: FieldSelection): string {
    try {
      return build(scope, field, this);
    } catch (error) {
      if (!(error instanceof AppError) || Object.keys(field.args).length === 0) throw error;
      const { code, ...extensions } = error.extensions;
      return `{__fieldError: ${this.param({ code, message: error.message, extensions })}}`;
    }
  }

  /** The map entries (without `__typename`) of `selection` for a value of the concrete type `spec`. */
  private projectEntries(selection: FieldSelection, spec: TypeSpec, scope: Scope): string {
    const entries: string[] = [];
    for (const field of fieldsFor(selection, spec.name, spec.implements)) {
      field.parent = spec.name;
      const build = spec.fields[field.name];
      const expression = build ? this.buildField(build, scope, field) : `${scope.v}.\`${field.name}\``;
      entries.push(`\`${field.key}\`: ${expression}`);
    }
    return entries.join(', ');
  }
}

/**
 * A projected field whose arguments were refused: `{__fieldError: {code, message, extensions}}`. The field's resolver
 * ({@link readProjected}) raises it at the field's own path, so that the error nulls that field only (nested lists
 * with arguments are nullable), not the parent a client would read as "not found".
 */
export interface ProjectedFieldError {
  __fieldError: { code: string; message: string; extensions: Record<string, unknown> };
}

/** A sink that keeps no parameter: for checking a filter's limits without writing its Cypher. */
const DRY_RUN: ParamSink = { param: () => '$_', variable: (prefix = 'v') => prefix };

/** What a list's subquery carries from its match to its ORDER BY: the item once, or every variable of a unique match. */
function carry(options: ListOptions, w: string): string {
  return options.unique ? 'WITH *' : `WITH DISTINCT ${w}`;
}

/** The direction of an `orderBy` entry on the list's own sort property, if it is one. */
function ownDateDirection(entry: Record<string, 'ASC' | 'DESC' | null | undefined>, orderedBy: string | undefined): 'ASC' | 'DESC' | undefined {
  if (!orderedBy) return undefined;
  const given = Object.entries(entry).filter(([, direction]) => direction);
  return given.length === 1 && given[0][0] === orderedBy ? (given[0][1] as 'ASC' | 'DESC') : undefined;
}

/** Sort key parts, each reversed when `descending` (their cursors unchanged, the keyset conditions mirrored). */
function descendingIf(parts: Array<string | SortPart>, descending: boolean): Array<string | SortPart> {
  if (!descending) return parts;
  return parts.map((part) => ({ cursor: typeof part === 'string' ? part : part.cursor, order: reversedOrderBy([part]), descending: true }));
}

/** The ORDER BY of sort key parts. */
export function orderBy(parts: Array<string | SortPart>): string {
  return parts.map((part) => (typeof part === 'string' ? part : part.order)).join(', ');
}

/**
 * The ORDER BY of sort key parts, reversed: each expression (a part's `order` may hold several) descending, or
 * ascending where it was written descending.
 */
export function reversedOrderBy(parts: Array<string | SortPart>): string {
  return splitTopLevel(orderBy(parts))
    .map((expression) => {
      const descending = /\s+DESC(ENDING)?$/i.exec(expression);
      if (descending) return expression.slice(0, descending.index);
      return `${expression.replace(/\s+ASC(ENDING)?$/i, '')} DESC`;
    })
    .join(', ');
}

/** Splits a list of Cypher expressions on the commas outside brackets and string literals. */
function splitTopLevel(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out;
}

/** The shape of a sort key, the same for every variable name: part of a list's tag. */
function sortShape(sortKey: SortKey): string {
  return JSON.stringify(sortKey('_'));
}

/** The cursor expression of a sort key part. */
function cursorOf(part: string | SortPart): string {
  return typeof part === 'string' ? part : part.cursor;
}

/** The merged selection under `edges { node { … } }` of a connection selection, whatever the aliases. */
export function connectionNodeSelection(connection: FieldSelection): FieldSelection {
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

export function selectionHas(selection: FieldSelection, name: string): boolean {
  for (const fields of selection.byType.values()) if (fields.some((f) => f.name === name)) return true;
  return false;
}
