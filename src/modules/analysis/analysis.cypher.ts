import { claimType, walkedTypes } from '../../model';
import type { Projector } from '../../projection';

const ROLE_AT = claimType('Role').shortcuts[0].type;
const decided = claimType('Decision').shortcuts[0];
const DECIDED = decided.type;
const DECIDED_BY = decided.constants.role;

/** The relationship types common connections walk: the shortcut edges and structural links that paths walk. */
export const WALKED = walkedTypes();

/** The shortcut edge in `e` held on the date `d` (shortcut edges carry their claim's dates, not their precision). */
const heldOn = (e: string, d: string) => `(${e}.validFrom IS NULL OR ${e}.validFrom <= ${d}) AND (${e}.validTo IS NULL OR ${e}.validTo >= ${d})`;

/**
 * A list of `{y, e}`: the organizations of the person in `x` (its roles, and the decisions it plays a part in that an
 * organization decides), each with the shortcut edge that ties the person to it. Pattern comprehensions, not a
 * UNION of subqueries: Neo4j plans them much faster, and the first request of a shape is mostly planning.
 */
const organizationsOf = (x: string, q: Projector) =>
  `[(${x})-[e:${ROLE_AT}]->(y:Organization) | {y: y, e: e}] + ` +
  `[(${x})-[e:${DECIDED}]->(:Decision)<-[:${DECIDED} {role: ${q.param(DECIDED_BY)}}]-(y:Organization) WHERE e.role <> ${q.param(DECIDED_BY)} | {y: y, e: e}]`;

/** A list of `{y, e}`: the people of the organization in `x`, the same links the other way. */
const peopleOf = (x: string, q: Projector) =>
  `[(y:Person)-[e:${ROLE_AT}]->(${x}) | {y: y, e: e}] + ` +
  `[(y:Person)-[e:${DECIDED}]->(:Decision)<-[:${DECIDED} {role: ${q.param(DECIDED_BY)}}]-(${x}) WHERE e.role <> ${q.param(DECIDED_BY)} | {y: y, e: e}]`;

/** Two shortcut edges held at the same time: on `asOf` when it is given, else their windows overlap. */
export function together(e1: string, e2: string, asOf: string): string {
  const overlap =
    `(${e1}.validFrom IS NULL OR ${e2}.validTo IS NULL OR ${e1}.validFrom <= ${e2}.validTo) AND ` +
    `(${e2}.validFrom IS NULL OR ${e1}.validTo IS NULL OR ${e2}.validFrom <= ${e1}.validTo)`;
  return `(CASE WHEN ${asOf} IS NULL THEN ${overlap} ELSE ${heldOn(e1, `date(${asOf})`)} AND ${heldOn(e2, `date(${asOf})`)} END)`;
}

/**
 * Clauses binding `${s}via`, `${s}b`, `${s}e1`, `${s}e2` for the anchor in `a`: an organization's people and their
 * other organizations, or a person's organizations and their other people, the two links holding together.
 */
export function interlockRows(a: string, asOf: string, q: Projector): { clauses: string; via: string; b: string; e1: string; e2: string } {
  const s = q.variable('s');
  const [via, b, e1, e2, first, second] = [`${s}via`, `${s}b`, `${s}e1`, `${s}e2`, `${s}m1`, `${s}m2`];
  const clauses =
    `UNWIND CASE WHEN ${a}:Person THEN ${organizationsOf(a, q)} ELSE ${peopleOf(a, q)} END AS ${first} ` +
    `WITH *, ${first}.y AS ${via}, ${first}.e AS ${e1} ` +
    `UNWIND CASE WHEN ${a}:Person THEN ${peopleOf(via, q)} ELSE ${organizationsOf(via, q)} END AS ${second} ` +
    `WITH *, ${second}.y AS ${b}, ${second}.e AS ${e2} WHERE ${b} <> ${a} AND ${together(e1, e2, asOf)}`;
  return { clauses, via, b, e1, e2 };
}

/**
 * Clauses binding `${s}e` to each role or decision-role edge between the entities in `x` and `y` (a person and an
 * organization, in either order), held on `asOf` when it is not null.
 */
export function affiliationEdges(x: string, y: string, asOf: string, q: Projector): { clauses: string; e: string } {
  const s = q.variable('s');
  const [e, from, to] = [`${s}e`, `${s}x`, `${s}y`];
  const links = `CASE WHEN ${from}:Person THEN ${organizationsOf(from, q)} ELSE ${peopleOf(from, q)} END`;
  const clauses =
    `UNWIND [${x}] AS ${from} UNWIND [${y}] AS ${to} ` +
    `UNWIND [m IN ${links} WHERE m.y = ${to}] AS ${s}m WITH *, ${s}m.e AS ${e} WHERE ${asOf} IS NULL OR ${heldOn(e, `date(${asOf})`)}`;
  return { clauses, e };
}
