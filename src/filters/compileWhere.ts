import { AppError, ErrorCode } from '../errors';
import { EVIDENCE_PROPERTIES, periodEnd, type PropertyDef } from '../model';
import { fold } from '../lib/lucene';
import { shapeOfEnds, whereShape, type WhereShape } from './whereInputs';

/** What a filter compiles into Cypher with: parameters (every value is one). */
export interface ParamSink {
  param(value: unknown): string;
  variable(prefix?: string): string;
}

/** The most a `where` may nest (relationships and AND/OR/NOT) and the most operators it may hold. */
export const WHERE_LIMITS = { depth: 6, operators: 60 };

type Filter = Record<string, unknown>;

/**
 * A Cypher expression folding a text as search does (lower case, accents removed), for `contains` and `startsWith`.
 */
export const foldText = (t: string): string => `reduce(s = '', c IN split(normalize(toLower(${t}), NFD), '') | s + CASE WHEN c >= '\\u0300' AND c <= '\\u036f' THEN '' ELSE c END)`;

/**
 * Compiles a `<Type>Where` value on the node `v` into a Cypher condition (`true` when empty): properties compare as
 * the model types them, relationships become anchored `EXISTS {}` subqueries from `v` (never a collected list), and
 * every value is a parameter; labels, types and property names come from the model only. A filter nested deeper or
 * holding more operators than {@link WHERE_LIMITS} is refused with QUERY_TOO_COMPLEX before any Cypher runs.
 */
export function compileWhere(typeName: string, where: Filter | null | undefined, v: string, q: ParamSink, argument = 'where'): string {
  if (!where) return 'true';
  const budget = { operators: 0, argument };
  return new WhereCompiler(q, budget).node(whereShape(typeName), where, v, 1);
}

class WhereCompiler {
  constructor(
    private readonly q: ParamSink,
    private readonly budget: { operators: number; argument: string },
  ) {}

  node(shape: WhereShape, where: Filter, v: string, depth: number): string {
    this.enter(depth);
    const parts: string[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (value === null || value === undefined) continue;
      const combined = combinator(key, value, (w) => this.node(shape, w, v, depth + 1));
      if (combined !== undefined) parts.push(combined);
      else if (key === 'id') parts.push(this.scalar(`${v}.id`, { name: 'id', kind: 'string', description: '' }, value as Filter));
      else if (key === 'validAt') parts.push(this.validAt(v, value as string));
      else if (key === 'evidence') parts.push(this.list(value as Filter, depth, (item, d) => this.evidence(v, item, d)));
      else {
        const property = shape.properties.find((p) => p.name === key);
        if (property) {
          parts.push(this.scalar(`${v}.\`${property.name}\``, property, value as Filter, `${v}.\`${property.name}Precision\``));
          continue;
        }
        const relation = shape.relations.find((r) => r.field === key);
        if (!relation)
          throw new AppError(ErrorCode.BAD_USER_INPUT, `Argument "${this.budget.argument}": ${shape.name} has no field "${key}" to filter on.`, { argument: this.budget.argument });
        const end = shapeOfEnds(relation.ends);
        const related = (item: Filter, d: number) => {
          const u = this.q.variable('u');
          const domain = join([labelTest(u, relation.ends), ...(relation.claim ? [`${u}.retractedAt IS NULL`] : [])], 'AND');
          return { match: relation.pattern(v, u), domain, where: this.node(end, item, u, d) };
        };
        parts.push(relation.many ? this.list(value as Filter, depth, related) : exists(related(value as Filter, depth + 1)));
      }
    }
    return join(parts, 'AND');
  }

  /** A filter on the node `v` of `shape` (`true` when it holds nothing), as a nested `EXISTS` would test it. */
  nodeOn(shape: WhereShape, where: Filter, v: string, depth: number): string {
    return Object.keys(where).length ? this.node(shape, where, v, depth) : 'true';
  }

  /** A filter on one piece of evidence: the edge `e` and its source `s`. */
  evidenceOn(e: string, s: string, where: Filter, depth: number): string {
    return Object.keys(where).length ? this.evidenceCondition(e, s, where, depth) : 'true';
  }

  /** `some` / `none` / `all` over what `item` matches (a pattern and a condition on its items). */
  private list(filter: Filter, depth: number, item: (where: Filter, depth: number) => Related): string {
    const parts: string[] = [];
    if (filter.some) parts.push(exists(item(filter.some as Filter, depth + 1)));
    if (filter.none) parts.push(`NOT ${exists(item(filter.none as Filter, depth + 1))}`);
    if (filter.all) {
      const { match, domain, where } = item(filter.all as Filter, depth + 1);
      // Every item matches: no item of the list (its label, not retracted) fails.
      parts.push(`NOT EXISTS { MATCH ${match} WHERE ${join([domain, `NOT (${where})`], 'AND')} }`);
    }
    return join(parts, 'AND');
  }

  /** A piece of evidence: the SUPPORTED_BY edge `e` from the claim `v` to its source `s`. */
  private evidence(v: string, where: Filter, depth: number): Related {
    const e = this.q.variable('e');
    const s = this.q.variable('s');
    return { match: `(${v})-[${e}:SUPPORTED_BY]->(${s}:Source)`, domain: 'true', where: this.evidenceCondition(e, s, where, depth) };
  }

  private evidenceCondition(e: string, s: string, where: Filter, depth: number): string {
    this.enter(depth);
    const parts: string[] = [];
    for (const [key, value] of Object.entries(where)) {
      if (value === null || value === undefined) continue;
      const combined = combinator(key, value, (w) => this.evidenceCondition(e, s, w, depth + 1));
      if (combined !== undefined) parts.push(combined);
      else if (key === 'source') parts.push(this.node(whereShape('Source'), value as Filter, s, depth + 1));
      else if (key === 'via') {
        const via = this.q.variable('s');
        parts.push(exists({ match: `(${via}:Source)`, domain: `${via}.id = ${e}.quoteVia`, where: this.node(whereShape('Source'), value as Filter, via, depth + 1) }));
      } else {
        const property = EVIDENCE_PROPERTIES.find((p) => p.name === key);
        if (property) parts.push(this.scalar(`${e}.\`${property.name}\``, property, value as Filter));
      }
    }
    return join(parts, 'AND');
  }

  /** The claim held on a day: begun by then, not ended before it (ends widened to their precision). */
  private validAt(v: string, day: string): string {
    this.count();
    const d = `date(${this.q.param(day)})`;
    return `(${v}.validFrom IS NULL OR ${v}.validFrom <= ${d}) AND (${v}.validTo IS NULL OR ${periodEnd(`${v}.validTo`, `${v}.validToPrecision`)} >= ${d}) AND (${v}.validToBefore IS NULL OR ${v}.validToBefore > ${d})`;
  }

  /** One property's filter: each operator given, ANDed. */
  private scalar(x: string, property: PropertyDef, filter: Filter, precision = 'null'): string {
    const parts: string[] = [];
    const value = property.default !== undefined ? `coalesce(${x}, ${JSON.stringify(property.default).replace(/"/g, "'")})` : x;
    for (const [op, operand] of Object.entries(filter)) {
      if (operand === null || operand === undefined) continue;
      this.count();
      parts.push(this.operator(value, x, property, op, operand, precision));
    }
    return join(parts, 'AND');
  }

  private operator(value: string, x: string, property: PropertyDef, op: string, operand: unknown, precision: string): string {
    const p = (o: unknown) => this.q.param(o);
    if (property.kind === 'strings') {
      const a = this.q.variable('a');
      if (op === 'eq') return `${p(operand)} IN coalesce(${x}, [])`;
      if (op === 'contains') return `any(${a} IN coalesce(${x}, []) WHERE ${foldText(a)} CONTAINS ${p(fold(operand as string))})`;
      return `any(${a} IN coalesce(${x}, []) WHERE ${foldText(a)} STARTS WITH ${p(fold(operand as string))})`;
    }
    if (op === 'contains') return `${foldText(value)} CONTAINS ${p(fold(operand as string))}`;
    if (op === 'startsWith') return `${foldText(value)} STARTS WITH ${p(fold(operand as string))}`;
    if (property.kind === 'date') {
      // A date known to a month or a year is the whole period.
      const end = property.precision ? periodEnd(x, precision) : x;
      const day = (d: unknown) => `date(${p(d)})`;
      switch (op) {
        case 'eq':
          return `${x} <= ${day(operand)} AND ${end} >= ${day(operand)}`;
        case 'in': {
          const d = this.q.variable('d');
          return `any(${d} IN ${p(operand)} WHERE ${x} <= date(${d}) AND ${end} >= date(${d}))`;
        }
        case 'lt':
          return `${x} < ${day(operand)}`;
        case 'lte':
          return `${x} <= ${day(operand)}`;
        case 'gt':
          return `${end} > ${day(operand)}`;
        default:
          return `${end} >= ${day(operand)}`;
      }
    }
    const operandOf = property.kind === 'datetime' ? (o: unknown) => `datetime(${p(o)})` : p;
    switch (op) {
      case 'eq':
        return `${value} = ${operandOf(operand)}`;
      case 'in':
        return `${value} IN ${p(operand)}`;
      case 'lt':
        return `${value} < ${operandOf(operand)}`;
      case 'lte':
        return `${value} <= ${operandOf(operand)}`;
      case 'gt':
        return `${value} > ${operandOf(operand)}`;
      default:
        return `${value} >= ${operandOf(operand)}`;
    }
  }

  private enter(depth: number): void {
    if (depth > WHERE_LIMITS.depth) {
      throw new AppError(ErrorCode.QUERY_TOO_COMPLEX, `Argument "${this.budget.argument}" nests deeper than ${WHERE_LIMITS.depth} levels.`, {
        argument: this.budget.argument,
        limit: 'whereDepth',
        max: WHERE_LIMITS.depth,
      });
    }
  }

  private count(): void {
    this.budget.operators += 1;
    if (this.budget.operators > WHERE_LIMITS.operators) {
      throw new AppError(ErrorCode.QUERY_TOO_COMPLEX, `Argument "${this.budget.argument}" holds more than ${WHERE_LIMITS.operators} operators.`, {
        argument: this.budget.argument,
        limit: 'whereOperators',
        max: WHERE_LIMITS.operators,
      });
    }
  }
}

/** `AND`, `OR` or `NOT` of a filter, each operand compiled by `compile`; undefined for any other key. */
function combinator(key: string, value: unknown, compile: (where: Filter) => string): string | undefined {
  if (key === 'AND') return join((value as Filter[]).map(compile), 'AND');
  if (key === 'OR') return join((value as Filter[]).map(compile), 'OR', 'false');
  if (key === 'NOT') return `NOT (${compile(value as Filter)})`;
  return undefined;
}

/** Items a list filter reaches: their pattern, what makes one an item of the list, and the filter on it. */
interface Related {
  match: string;
  domain: string;
  where: string;
}

function exists({ match, domain, where }: Related): string {
  return `EXISTS { MATCH ${match} WHERE ${join([domain, where], 'AND')} }`;
}

function labelTest(u: string, labels: readonly string[]): string {
  if (labels.length === 0) return 'true';
  return labels.length === 1 ? `${u}:${labels[0]}` : `(${labels.map((l) => `${u}:${l}`).join(' OR ')})`;
}

function join(parts: string[], op: 'AND' | 'OR', empty = 'true'): string {
  const kept = parts.filter((x) => x && x !== 'true');
  if (op === 'OR') return parts.length === 0 ? empty : `(${parts.map((x) => `(${x})`).join(' OR ')})`;
  if (kept.length === 0) return 'true';
  return kept.length === 1 ? kept[0] : kept.map((x) => `(${x})`).join(' AND ');
}

/** Where a list pinned by its filter starts (see {@link anchorOf}). */
export interface Anchor {
  /**
   * The pattern that binds the item from the pinned node: the pinned node, then one MATCH clause per relationship back
   * to the item (separate clauses, so that two steps may walk the same relationship, as the nested EXISTS they replace
   * may).
   */
  pattern: string;
  /** What the chain's nodes must satisfy (their labels, not retracted, the rest of their level's filter); `true` when nothing. */
  condition: string;
  /** What is left of the filter to test on the item itself: the filter without the chain the pattern walks. */
  rest: Filter;
}

/**
 * Where a list filtered by `where` can start instead of scanning its label: the node its `id` names, or the node a
 * relationship filter pins by id (`targets: { some: { id: { eq: "meta" } } }`, `organization: { id: { eq: "meta" } }`),
 * found by the global id index (every node with an id has the `Node` label). The pattern binds `w` from it and the
 * chain's condition holds on its nodes exactly what the filter's nested `EXISTS` would test on them, so the filter
 * left to test on `w` is `rest` only (the items the pattern finds, once each, are those that pass the whole filter).
 * Undefined when nothing pins the list.
 */
export function anchorOf(typeName: string, where: Filter | null | undefined, w: string, q: ParamSink): Anchor | undefined {
  if (!where) return undefined;
  const compiler = new WhereCompiler(q, { operators: 0, argument: 'where' });
  const id = pinnedId(where);
  if (id !== undefined) return { pattern: `(${w}:Node {id: ${q.param(id)}})`, condition: 'true', rest: withoutPinnedId(where) };
  return pinnedPath(whereShape(typeName), where, w, q, compiler, 1);
}

/** The id a filter pins with `id: { eq }`, if any. */
function pinnedId(where: Filter): string | undefined {
  const id = (where.id as Filter | undefined)?.eq;
  return typeof id === 'string' ? id : undefined;
}

/** The filter without `id.eq` (what the pinned node's lookup already tests). */
function withoutPinnedId(where: Filter): Filter {
  const { eq: _eq, ...other } = where.id as Filter;
  return withKey(where, 'id', other);
}

/** `where` with `key` replaced by `value`, or without it when `value` holds nothing. */
function withKey(where: Filter, key: string, value: Filter | undefined): Filter {
  const { [key]: _old, ...other } = where;
  const kept = value && Object.values(value).some((x) => x !== null && x !== undefined);
  return kept ? { ...other, [key]: value } : other;
}

/**
 * A chain of relationships from `w` down to a node a filter pins by id, followed through `some` or a to-one filter
 * (`lobbyists: { some: { rolesHeld: { some: { organization: { id: { eq: "meta" } } } } } }`): the pattern from the
 * pinned node back to `w`, so that the list starts at the pinned node and walks the chain once. Each node of the
 * chain gets the test its `EXISTS` had (labels, not retracted, its level's other filters); `rest` is `where` without
 * the part followed (a relation's `none` and `all` stay).
 */
function pinnedPath(shape: WhereShape, where: Filter, w: string, q: ParamSink, compiler: WhereCompiler, depth: number): Anchor | undefined {
  if (depth > WHERE_LIMITS.depth) return undefined;
  // Evidence from one source (`evidence: { some: { source: { id: { eq: … } } } }`): start at the source.
  const evidence = where.evidence as Filter | undefined;
  const piece = evidence?.some as Filter | undefined;
  const source = piece?.source as Filter | undefined;
  const sourceId = source ? pinnedId(source) : undefined;
  if (shape.claim && piece && sourceId !== undefined) {
    const s = q.variable('a');
    const e = q.variable('e');
    const condition = compiler.evidenceOn(e, s, withKey(piece, 'source', withoutPinnedId(source!)), depth + 1);
    return {
      pattern: `(${s}:Source {id: ${q.param(sourceId)}}) MATCH (${w})-[${e}:SUPPORTED_BY]->(${s})`,
      condition,
      rest: withKey(where, 'evidence', withKey(evidence!, 'some', undefined)),
    };
  }
  for (const relation of shape.relations) {
    const filter = where[relation.field] as Filter | undefined;
    const inner = (relation.many ? filter?.some : filter) as Filter | undefined;
    if (!inner) continue;
    const rest = relation.many ? withKey(where, relation.field, withKey(filter!, 'some', undefined)) : withKey(where, relation.field, undefined);
    const u = q.variable('a');
    const domain = [labelTest(u, relation.ends), ...(relation.claim ? [`${u}.retractedAt IS NULL`] : [])];
    const end = shapeOfEnds(relation.ends);
    const pinned = pinnedId(inner);
    if (pinned !== undefined) {
      const condition = join([...domain, compiler.nodeOn(end, withoutPinnedId(inner), u, depth + 1)], 'AND');
      return { pattern: `(${u}:Node {id: ${q.param(pinned)}}) MATCH ${relation.pattern(w, u)}`, condition, rest };
    }
    const deeper = pinnedPath(end, inner, u, q, compiler, depth + 1);
    if (deeper) {
      const condition = join([...domain, deeper.condition, compiler.nodeOn(end, deeper.rest, u, depth + 1)], 'AND');
      return { pattern: `${deeper.pattern} MATCH ${relation.pattern(w, u)}`, condition, rest };
    }
  }
  return undefined;
}
