import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Field, FieldResolver, Info, Int, ObjectType, Resolver, Root, registerEnumType, type ClassType } from 'type-graphql';
import { PRECISION_PERIODS, claimType, isClaimLabel, sortDate, type RelationDef } from '../model';
import type { FieldSelection } from '../projection/selection';
import type { Projector } from '../projection/projector';
import { readProjected } from '../projection/projectedFieldResolver';
import { Node } from '../modules/shared/interfaces';
import { whereShape, WHERE_TYPES } from './whereInputs';

/** How one group is keyed: a Cypher expression of the item `c`, or a relationship to the node that keys it. */
export type GroupKey =
  | {
      kind: 'value';
      key: (c: string) => string;
      description: string;
      /** The keys are a vocabulary's values (and null): few groups, whatever the size of the list. */
      bounded?: boolean;
    }
  | { kind: 'relation'; relation: RelationDef; description: string };

const upperSnake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
/** A relationship's group name: its field, singular, in upper snake case (`targets` → TARGET). */
const relationGroupName = (relation: RelationDef) => upperSnake(relation.many && relation.field.endsWith('s') ? relation.field.slice(0, -1) : relation.field);

/** The ways a list of `typeName` can be grouped, from the model: enum properties, date buckets, relationship ends. */
export function groupKeys(typeName: string): Map<string, GroupKey> {
  const shape = whereShape(typeName);
  const keys = new Map<string, GroupKey>();
  for (const property of shape.properties.filter((p) => p.kind === 'enum')) {
    const fallback = property.default !== undefined ? `'${String(property.default)}'` : 'null';
    keys.set(upperSnake(property.name), {
      kind: 'value',
      key: (c) => (property.default !== undefined ? `coalesce(${c}.\`${property.name}\`, ${fallback})` : `${c}.\`${property.name}\``),
      description: `By ${property.name}: ${property.description}`,
      bounded: true,
    });
  }
  const date = isClaimLabel(typeName) ? (c: string) => sortDate(claimType(typeName), c) : dateProperty(typeName);
  if (date) {
    // Buckets of the date as wide as a precision coarser than a day (YEAR: 2022, MONTH: 2022-12).
    for (const [precision, period] of Object.entries(PRECISION_PERIODS).filter(([, p]) => p.duration)) {
      keys.set(precision, {
        kind: 'value',
        key: (c) => `substring(toString(${date(c)}), 0, ${10 - period.firstDaySuffix.length})`,
        description: `By the ${precision.toLowerCase()} of its date (a claim: its own date, else the start of its validity).`,
      });
    }
  }
  for (const relation of shape.relations.filter((r) => !r.reverse)) {
    keys.set(relationGroupName(relation), { kind: 'relation', relation, description: `By ${relation.field}: ${relation.description} \`node\` is the node.` });
  }
  return keys;
}

function dateProperty(typeName: string): ((c: string) => string) | undefined {
  const property = whereShape(typeName).properties.find((p) => p.kind === 'date');
  return property ? (c) => `${c}.\`${property.name}\`` : undefined;
}

/** One group: its key, how many items it holds, and the node that keys it when it is a relationship's end. */
@ObjectType({ simpleResolvers: true, description: 'One group of a list: its key, how many items it holds, and the node that keys it (a relationship’s end).' })
export class AggregateGroup {
  @Field(() => String, { nullable: true, description: 'The value the items share: an enum value, a year or month, or the id of the node; null for items without one.' })
  key: string | null;

  @Field(() => Int, { description: 'How many items of the list (after `where`) are in the group.' })
  count: number;

  @Field(() => Node, { nullable: true, description: 'The node the items are linked to, when grouping by a relationship.' })
  node?: unknown;
}

const aggregateTypes = new Map<string, ClassType>();
const aggregateResolverList: ClassType[] = [];

/** The resolvers of every `<Type>Aggregate` made (their `groupBy` reads the projected groups). */
export const aggregateResolvers = (): readonly ClassType[] => aggregateResolverList;

/** Whether a list of `typeName` can be aggregated (it has a `<Type>Where`). */
export const isAggregatable = (typeName: string): boolean => WHERE_TYPES.includes(typeName);

/** `<Type>Aggregate { count groupBy(by: <Type>GroupBy!, first: Int) }`, with its resolver. */
export function aggregateType(typeName: string, keys: Map<string, GroupKey> = groupKeys(typeName)): ClassType {
  const known = aggregateTypes.get(typeName);
  if (known) return known;
  @ObjectType(`${typeName}Aggregate`, { simpleResolvers: true, description: `Counts over the whole list of ${typeName} items (after \`where\`), not one page.` })
  class Aggregate {
    @Field(() => Int, { description: 'How many items the list holds.' })
    count: number;
  }
  aggregateTypes.set(typeName, Aggregate);
  // A type with nothing to group by (no enum, date or relationship of its own) has the count only.
  if (keys.size === 0) return Aggregate;
  const GroupBy = Object.fromEntries([...keys.keys()].map((k) => [k, k]));
  registerEnumType(GroupBy, {
    name: `${typeName}GroupBy`,
    description: `What to group ${typeName} items by.`,
    valuesConfig: Object.fromEntries([...keys].map(([k, g]) => [k, { description: g.description }])),
  });
  @Resolver(() => Aggregate)
  class AggregateResolver {
    @FieldResolver(() => [AggregateGroup], { description: 'The items in groups, the largest first (then by key).' })
    groupBy(
      @Root() root: unknown,
      @Arg('by', () => GroupBy, { description: 'What to group by.' }) _by: string,
      @Arg('first', () => Int, { nullable: true, description: 'How many groups, 1 to 100; 20 when left out.' }) _first: number | null,
      @Info() info: GraphQLResolveInfo,
    ) {
      return readProjected(root, info);
    }
  }
  Object.defineProperty(AggregateResolver, 'name', { value: `${typeName}AggregateResolver` });
  aggregateResolverList.push(AggregateResolver);
  return Aggregate;
}

/**
 * The `aggregate` map of a connection, when selected: `count`, and each `groupBy` under its response key, computed
 * in the list's own statement over every item the list's match and `where` keep (`items(c)` binds them to `c`):
 * grouped by the key, counted, the largest groups first, never the whole list collected. A `count` asked for with a
 * group-by on a vocabulary (few groups) is the sum of that group-by's groups: the list is read once for both.
 */
export function aggregateOf(selection: FieldSelection, typeName: string, items: (c: string) => string, q: Projector, outermost = false): string | undefined {
  const fields = [...selection.byType.values()].flat().filter((f) => f.name === 'aggregate');
  if (fields.length === 0) return undefined;
  const entries: string[] = [];
  const keys = groupKeys(typeName);
  const subs = fields.flatMap((field) => [...field.byType.values()].flat());
  // Every group of a vocabulary key, largest first: one read of the list gives the count and the groups (each
  // `groupBy` on that key the first of them).
  // Only when nothing else is asked for: Cypher refuses other subqueries that aggregate next to the groups' variable.
  const firstGroup = subs.find((sub) => sub.name === 'groupBy');
  const sharedBy = firstGroup && isBounded(keys.get(firstGroup.args.by as string)) ? (firstGroup.args.by as string) : undefined;
  const shareable = (sub: FieldSelection) => sub.name === 'count' || (sub.name === 'groupBy' && sub.args.by === sharedBy);
  const shared = sharedBy && subs.some((sub) => sub.name === 'count') && subs.every(shareable) ? firstGroup : undefined;
  const groups = q.variable('g');
  for (const sub of subs) {
    if (sub.name === 'count') {
      if (shared) {
        const [sum, group] = [q.variable('n'), q.variable('x')];
        entries.push(`\`${sub.key}\`: reduce(${sum} = 0, ${group} IN ${groups} | ${sum} + ${group}.count)`);
        continue;
      }
      const c = q.variable('c');
      entries.push(`\`${sub.key}\`: COUNT { ${items(c)} RETURN ${c} }`);
    } else if (sub.name === 'groupBy') {
      const by = keys.get(sub.args.by as string);
      if (!by) continue;
      const first = q.pageSize((sub.args.first as number | null) ?? 20, 'first');
      const c = q.variable('c');
      if (shared) {
        entries.push(`\`${sub.key}\`: ${groups}[0..${q.intParam(first)}]`);
      } else if (by.kind === 'value') {
        entries.push(`\`${sub.key}\`: COLLECT { ${valueGroups(by, c)} LIMIT ${q.intParam(first)} RETURN {key: ${c}k, count: ${c}n, node: null} }`);
      } else {
        const u = q.variable('u');
        const ends = by.relation.ends;
        const labels = ends.length ? ` WHERE ${ends.map((l) => `${u}:${l}`).join(' OR ')}` : '';
        const node = nodeSelection(sub);
        const projected = node ? q.project(node, 'Node', u) : 'null';
        const limit = `ORDER BY ${c}n DESC, ${u}.id LIMIT ${q.intParam(first)} RETURN {key: ${u}.id, count: ${c}n, node: ${projected}}`;
        if (outermost) {
          entries.push(`\`${sub.key}\`: COLLECT { ${items(c)} MATCH ${by.relation.pattern(c, u)}${labels} WITH ${u}, count(DISTINCT ${c}) AS ${c}n ${limit} }`);
        } else {
          const sorted = `COLLECT { ${items(c)} MATCH ${by.relation.pattern(c, u)}${labels} WITH DISTINCT ${c}, ${u} RETURN ${u} ORDER BY ${u}.id }`;
          entries.push(`\`${sub.key}\`: COLLECT { ${runs(sorted, c, (x) => `${x}.id`)} WITH ${c}k AS ${u}, ${c}n ${limit} }`);
        }
      }
    }
  }
  if (!shared) return `{${entries.join(', ')}}`;
  const by = keys.get(shared.args.by as string) as Extract<GroupKey, { kind: 'value' }>;
  const c = q.variable('c');
  return `[${groups} IN [COLLECT { ${valueGroups(by, c)} RETURN {key: ${c}k, count: ${c}n, node: null} }] | {${entries.join(', ')}}][0]`;

  /** The groups of a value key, largest first, as `<c>k` (the key) and `<c>n` (its count): names of their own, for a statement's outer variables may be `key` or `n`. */
  function valueGroups(by: Extract<GroupKey, { kind: 'value' }>, c: string): string {
    if (!outermost) return `${runs(`COLLECT { ${items(c)} RETURN ${by.key(c)} AS ${c}k ORDER BY ${c}k }`, c, (x) => x)} ORDER BY ${c}n DESC, ${c}k`;
    return `${items(c)} WITH ${by.key(c)} AS ${c}k, count(*) AS ${c}n ORDER BY ${c}n DESC, ${c}k`;
  }
}

/**
 * Groups counted without an aggregating function, which Neo4j 5.26 refuses in a subquery that uses a variable of an
 * enclosing query (a nested list's): `sorted` is a list of keys in order, equal keys side by side; each run of equal
 * keys (`same` compares by an expression of the key; two nulls are the same) is one group, bound as `<c>k` (the key)
 * and `<c>n` (its length).
 */
function runs(sorted: string, c: string, same: (x: string) => string): string {
  const [s, b, i, j] = [`${c}s`, `${c}b`, `${c}i`, `${c}j`];
  const at = (i: string) => same(`${s}[${i}]`);
  return (
    `WITH ${sorted} AS ${s} ` +
    `WITH ${s}, [${i} IN range(0, size(${s}) - 1) WHERE ${i} = 0 OR NOT coalesce(${at(i)} = ${at(`${i} - 1`)}, ${at(i)} IS NULL AND ${at(`${i} - 1`)} IS NULL)] AS ${b} ` +
    `UNWIND range(0, size(${b}) - 1) AS ${j} ` +
    `WITH ${s}[${b}[${j}]] AS ${c}k, coalesce(${b}[${j} + 1], size(${s})) - ${b}[${j}] AS ${c}n`
  );
}

const isBounded = (key: GroupKey | undefined): boolean => key?.kind === 'value' && Boolean(key.bounded);

function nodeSelection(group: FieldSelection): FieldSelection | undefined {
  const nodes = [...group.byType.values()].flat().filter((f) => f.name === 'node');
  if (nodes.length === 0) return undefined;
  const merged: FieldSelection = { name: 'node', key: 'node', type: nodes[0].type, args: {}, byType: new Map() };
  for (const n of nodes) for (const [type, list] of n.byType) merged.byType.set(type, [...(merged.byType.get(type) ?? []), ...list]);
  return merged;
}
