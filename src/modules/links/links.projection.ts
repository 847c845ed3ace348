import { ENTITY_LABELS, walkedLinksOf, type WalkedLinkDef } from '../../model';
import { connectionNodeSelection, listTag, selectionHas, type FieldBuilder, type FieldSelection, type PageArgs, type Projector, type TypeSpec } from '../../projection';
import { liveEdge, recorded, validAt } from '../shared/cypherHelpers';
import type { Link, LinkTypeCount } from './links.types';

/** Every kind of walked edge an entity can have (type and direction), from the model, in its order. */
export const ENTITY_LINKS: readonly WalkedLinkDef[] = walkedLinksOf(ENTITY_LABELS);

/** The kind of link a `type` and `direction` (the model's `out`, `in`, as the LinkDirection enum reads them) name, or undefined when no entity can have it. */
export const entityLink = (type: string, direction: string): WalkedLinkDef | undefined => ENTITY_LINKS.find((l) => l.type === type && l.direction === direction);

/** The pattern of an edge `r` of a kind from the node in `v` to its neighbour `x`. Type and direction come from the model. */
const pattern = (link: WalkedLinkDef, v: string, r: string, x: string) => (link.direction === 'out' ? `(${v})-[${r}:${link.type}]->(${x})` : `(${v})<-[${r}:${link.type}]-(${x})`);

/**
 * The edge `r` and its neighbour `x` are in the graph the statement reads: a live edge (a claim's shortcut not retracted,
 * or a structural link), held on `asOf` when given (a Cypher date parameter reference), and as of `asKnownAt` recorded
 * then with its neighbour.
 */
function held(r: string, x: string, q: Projector, asOf: string | undefined): string {
  const conditions = [liveEdge(r, q)];
  if (asOf) conditions.push(validAt(r, `date(${asOf})`));
  if (q.knownAt) conditions.push(recorded(x, q));
  return conditions.join(' AND ');
}

/** How many edges of a kind the node in `v` has: a COUNT subquery over its edges of that type, nothing collected. */
function countOf(link: WalkedLinkDef, v: string, q: Projector, asOf: string | undefined): string {
  const [r, x] = [q.variable('r'), q.variable('x')];
  return `COUNT { MATCH ${pattern(link, v, r, x)} WHERE ${held(r, x, q, asOf)} }`;
}

/** The tag of a kind of link's list: its cursors are good for that type and direction only, on any entity. */
const linksTag = (link: WalkedLinkDef) => listTag('Entity', 'links', `${link.type}|${link.direction}`);

/**
 * A page of the node in `v`'s edges of one kind, as a projected connection: by the neighbour's id, then the claim's
 * id, keyset cursors, forward (`first`/`after`) or backward (`last`/`before`). One expansion of the node's edges of
 * that type, sorted to the page's size (a top-n, not a collected list); `totalCount`, when selected, counts them.
 */
export function linksPage(link: WalkedLinkDef, v: string, field: FieldSelection, q: Projector, asOf: string | undefined): string {
  const [r, x, c] = [q.variable('r'), q.variable('x'), q.variable('c')];
  const window = q.keysetPage(linksTag(link), [`${x}.id`, `coalesce(${r}.claimId, '')`], field.args as PageArgs);
  const node = connectionNodeSelection(field);
  const items =
    `COLLECT { MATCH ${pattern(link, v, r, x)} WHERE ${held(r, x, q, asOf)}${window.keyset ? ` AND ${window.keyset}` : ''} ` +
    `WITH ${r}, ${x} ORDER BY ${window.orderBy} LIMIT ${window.limit} OPTIONAL MATCH (${c}:Claim {id: ${r}.claimId}) ` +
    `RETURN {node: ${q.project(node, 'Link', { v: x, r, c })}, sortKey: ${window.sortKey}} }`;
  const entries = [`__items: ${items}`, `__page: ${q.param(window.page)}`];
  if (selectionHas(field, 'totalCount')) entries.push(`totalCount: ${countOf(link, v, q, asOf)}`);
  return `{${entries.join(', ')}}`;
}

/** The `asOf` argument of a field as a date parameter reference, or undefined. */
const asOfOf = (field: FieldSelection, q: Projector): string | undefined => (field.args.asOf ? q.param(field.args.asOf) : undefined);

/**
 * `Entity.linkTypes`: the kinds of link the entity has, each with its count, in the model's order; kinds it has none
 * of are left out. Each count is one COUNT subquery, computed once; the kinds come from the model.
 */
export const linkTypesField: FieldBuilder = ({ v }, field, q) => {
  const asOf = asOfOf(field, q);
  const t = q.variable('t');
  const counts = ENTITY_LINKS.map((link, i) => `{i: ${i}, n: ${countOf(link, v, q, asOf)}}`);
  const branches = ENTITY_LINKS.map((_link, i) => `WHEN ${i} THEN ${q.project(field, 'LinkTypeCount', { v: t, index: String(i) })}`);
  return `[${t} IN [${counts.join(', ')}] WHERE ${t}.n > 0 | CASE ${t}.i ${branches.join(' ')} END]`;
};

/** `Entity.links(type, direction)`: a page of the entity's links of one kind (an empty page for a kind no entity has). */
export const linksField: FieldBuilder = ({ v }, field, q) => {
  const link = entityLink(field.args.type as string, field.args.direction as string) ?? {
    type: field.args.type as string,
    direction: field.args.direction as WalkedLinkDef['direction'],
    names: [],
  };
  return linksPage(link, v, field, q, asOfOf(field, q));
};

/** The fields every entity type adds to its spec. */
export const entityLinkFields: Record<string, FieldBuilder> = { linkTypes: linkTypesField, links: linksField };

/** A kind of link of an entity, bound as `{v: t, index}`: `t.n` is its count (already computed), `index` the kind in {@link ENTITY_LINKS}. */
export const linkTypeCountSpec: TypeSpec<LinkTypeCount> = {
  name: 'LinkTypeCount',
  implements: [],
  fields: {
    type: ({ index }) => `'${ENTITY_LINKS[Number(index)].type}'`,
    direction: ({ index }) => `'${ENTITY_LINKS[Number(index)].direction}'`,
    names: ({ index }, _f, q) => q.param(ENTITY_LINKS[Number(index)].names),
    count: ({ v }) => `${v}.n`,
  },
};

/** A link: the neighbour in `v`, the edge in `r`, its claim in `c` (null for a structural link). */
export const linkSpec: TypeSpec<Link> = {
  name: 'Link',
  implements: [],
  fields: {
    neighbor: ({ v }, f, q) => q.project(f, 'Node', v),
    edge: ({ r, c }, f, q) => q.project(f, 'PathEdge', { v: r, c }),
  },
};
