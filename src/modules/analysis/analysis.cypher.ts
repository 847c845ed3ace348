import { claimType, walkedTypes } from '../../model';
import type { Projector } from '../../projection';
import { validAt } from '../shared/cypherHelpers';

const ROLE_AT = claimType('Role').shortcuts[0].type;
const decided = claimType('Decision').shortcuts[0];
const DECIDED = decided.type;
const DECIDED_BY = decided.constants.role;

/** The relationship types common connections walk: the shortcut edges and structural links that paths walk. */
export const WALKED = walkedTypes();

/**
 * Rows (`y`, `e`): the organizations of a person bound to `x` (its roles, and the decisions it plays a part in that
 * an organization decides), with the shortcut edge that ties the person to each.
 */
const organizationsOf = (x: string, q: Projector) =>
  `MATCH (${x})-[e:${ROLE_AT}]->(y:Organization) RETURN y, e ` +
  `UNION MATCH (${x})-[e:${DECIDED}]->(:Decision)<-[:${DECIDED} {role: ${q.param(DECIDED_BY)}}]-(y:Organization) WHERE e.role <> ${q.param(DECIDED_BY)} RETURN y, e`;

/** Rows (`y`, `e`): the people of an organization bound to `x`, the same links the other way. */
const peopleOf = (x: string, q: Projector) =>
  `MATCH (y:Person)-[e:${ROLE_AT}]->(${x}) RETURN y, e ` +
  `UNION MATCH (y:Person)-[e:${DECIDED}]->(:Decision)<-[:${DECIDED} {role: ${q.param(DECIDED_BY)}}]-(${x}) WHERE e.role <> ${q.param(DECIDED_BY)} RETURN y, e`;

/** Two shortcut edges held at the same time: on `asOf` when it is given, else their windows overlap. */
export function together(e1: string, e2: string, asOf: string): string {
  const overlap =
    `(${e1}.validFrom IS NULL OR ${e2}.validTo IS NULL OR ${e1}.validFrom <= ${e2}.validTo) AND ` +
    `(${e2}.validFrom IS NULL OR ${e1}.validTo IS NULL OR ${e2}.validFrom <= ${e1}.validTo)`;
  return `(CASE WHEN ${asOf} IS NULL THEN ${overlap} ELSE ${validAt(e1, `date(${asOf})`)} AND ${validAt(e2, `date(${asOf})`)} END)`;
}

/**
 * Clauses binding `${s}via`, `${s}b`, `${s}e1`, `${s}e2` for the anchor in `a`: an organization's people and their
 * other organizations, or a person's organizations and their other people, the two links holding together.
 */
export function interlockRows(a: string, asOf: string, q: Projector): { clauses: string; via: string; b: string; e1: string; e2: string } {
  const s = q.variable('s');
  const [via, b, e1, e2] = [`${s}via`, `${s}b`, `${s}e1`, `${s}e2`];
  const back = `RETURN via AS ${via}, y AS ${b}, e1 AS ${e1}, e AS ${e2}`;
  const clauses =
    `CALL (${a}) { WITH ${a} WHERE ${a}:Organization CALL (${a}) { ${peopleOf(a, q)} } WITH y AS via, e AS e1 CALL (via) { ${organizationsOf('via', q)} } ${back} ` +
    `UNION WITH ${a} WHERE ${a}:Person CALL (${a}) { ${organizationsOf(a, q)} } WITH y AS via, e AS e1 CALL (via) { ${peopleOf('via', q)} } ${back} } ` +
    `WITH * WHERE ${b} <> ${a} AND ${together(e1, e2, asOf)}`;
  return { clauses, via, b, e1, e2 };
}

/**
 * Clauses binding `${s}e` to each role or decision-role edge between the entities in `x` and `y` (a person and an
 * organization, in either order), held on `asOf` when it is not null.
 */
export function affiliationEdges(x: string, y: string, asOf: string, q: Projector): { clauses: string; e: string } {
  const s = q.variable('s');
  const [p, o, e] = [`${s}p`, `${s}o`, `${s}e`];
  const db = q.param(DECIDED_BY);
  const clauses =
    `UNWIND [[${x}, ${y}], [${y}, ${x}]] AS ${s}pair WITH ${s}pair[0] AS ${p}, ${s}pair[1] AS ${o} WHERE ${p}:Person AND ${o}:Organization ` +
    `CALL (${p}, ${o}) { MATCH (${p})-[e:${ROLE_AT}]->(${o}) RETURN e AS ${e} UNION MATCH (${p})-[e:${DECIDED}]->(:Decision)<-[:${DECIDED} {role: ${db}}]-(${o}) WHERE e.role <> ${db} RETURN e AS ${e} } ` +
    `WITH * WHERE ${asOf} IS NULL OR ${validAt(e, `date(${asOf})`)}`;
  return { clauses, e };
}
