import type { FieldSelection, Projector, TypeSpec } from '../../projection';
import type { CommonLink, Interlock, InterlockLink } from './analysis.types';
import { WALKED, affiliationEdges } from './analysis.cypher';
import { validAt } from '../shared/cypherHelpers';

/**
 * An interlock, bound in `v` as a map `{node, anchor, asOf}`: the other entity, and what it shares with the anchor.
 */
export const interlockSpec: TypeSpec<Interlock> = {
  name: 'Interlock',
  implements: [],
  fields: {
    entity: ({ v }, f, q) => q.project(f, 'Entity', `${v}.node`),
    sharedCount: ({ v }) => `${v}.sharedCount`,
    shared: ({ v }, f, q) => {
      const x = q.variable('x');
      return (
        `COLLECT { UNWIND ${v}.vias AS ${x} WITH ${x} ORDER BY ${x}.id LIMIT 50 ` +
        `RETURN ${q.project(f, 'InterlockLink', { v: `{via: ${x}, anchor: ${v}.anchor, other: ${v}.node, asOf: ${v}.asOf}` })} }`
      );
    },
  },
};

/** A shared person or organization, bound in `v` as a map `{via, anchor, other, asOf}`. */
export const interlockLinkSpec: TypeSpec<InterlockLink> = {
  name: 'InterlockLink',
  implements: [],
  fields: {
    via: ({ v }, f, q) => q.project(f, 'Entity', `${v}.via`),
    claims: ({ v }, f, q) => {
      const c = q.variable('c');
      const one = affiliationEdges(`${v}.via`, `${v}.anchor`, `${v}.asOf`, q);
      const two = affiliationEdges(`${v}.via`, `${v}.other`, `${v}.asOf`, q);
      const ids = (rows: typeof one) => `COLLECT { ${rows.clauses} RETURN ${rows.e}.claimId }`;
      return (
        `COLLECT { UNWIND ${ids(one)} + ${ids(two)} AS ${c}id MATCH (${c}:Claim {id: ${c}id}) WHERE ${c}.retractedAt IS NULL ` +
        `WITH DISTINCT ${c} ORDER BY ${c}.id LIMIT 20 RETURN ${q.project(f, 'Claim', c)} }`
      );
    },
  },
};

/** The claims of the walked edges between `from` and `to` (Cypher expressions of nodes) held on `asOf` (when not null). */
function claimsBetween(from: string, to: string, asOf: string, f: FieldSelection, q: Projector): string {
  const e = q.variable('e');
  const c = q.variable('c');
  const [x, y] = [q.variable('f'), q.variable('t')];
  return (
    `COLLECT { UNWIND [[${from}, ${to}]] AS ${x}${y} WITH ${x}${y}[0] AS ${x}, ${x}${y}[1] AS ${y} MATCH (${x})-[${e}]-(${y}) WHERE type(${e}) IN ${q.param(WALKED)} AND (${asOf} IS NULL OR ${validAt(e, `date(${asOf})`)}) ` +
    `MATCH (${c}:Claim {id: ${e}.claimId}) WHERE ${c}.retractedAt IS NULL WITH DISTINCT ${c} ORDER BY ${c}.id LIMIT 20 RETURN ${q.project(f, 'Claim', c)} }`
  );
}

/** A common connection, bound in `v` as a map `{node, a, b, asOf}`. */
export const commonLinkSpec: TypeSpec<CommonLink> = {
  name: 'CommonLink',
  implements: [],
  fields: {
    node: ({ v }, f, q) => q.project(f, 'Node', `${v}.node`),
    claimsWithA: ({ v }, f, q) => claimsBetween(`${v}.a`, `${v}.node`, `${v}.asOf`, f, q),
    claimsWithB: ({ v }, f, q) => claimsBetween(`${v}.b`, `${v}.node`, `${v}.asOf`, f, q),
  },
};
