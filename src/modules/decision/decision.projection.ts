import type { TypeSpec } from '../../projection';
import { active, claimDateKey, claimFields, claimsPage, decisionStatusAt, pageOf, CLAIM_INTERFACES } from '../shared/cypherHelpers';
import type { Decision } from './decision.type';
import type { DecisionRole } from './decisionRole.type';
import type { DecisionState } from './decisionState.type';

/** How a Decision is read from the graph. */
export const decisionSpec: TypeSpec<Decision> = {
  name: 'Decision',
  label: 'Decision',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    status: ({ v }, f, q) => decisionStatusAt(v, f.args.asOf ? `date(${q.param(f.args.asOf)})` : 'date()', q),
    statusHistory: ({ v }, f, q) =>
      q.many(f, 'DecisionState', { match: (w) => `(${w}:DecisionState)-[:STATE_OF]->(${v}) WHERE ${active(w, q)}`, sortKey: (w) => [`${w}.validFrom`, `${w}.id`] }),
    decidedBy: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${v})-[:DECIDED_BY]->(${w}:Entity)`, sortKey: (w) => [`${w}.id`] }),
    participants: pageOf(
      'DecisionRole',
      (v, w, q) => `(${w}:DecisionRole)-[:IN]->(${v}) WHERE ${active(w, q)}`,
      (w) => [`${w}.role`, `${w}.id`],
    ),
    concerns: ({ v }, f, q) => q.many(f, 'Node', { match: (w) => `(${v})-[:CONCERNS]->(${w})`, sortKey: (w) => [`${w}.id`] }),
    statementsAbout: claimsPage('Statement', (v, w) => `(${w}:Statement)-[:ABOUT]->(${v})`),
    lobbyingAbout: claimsPage('LobbyingEffort', (v, w) => `(${w}:LobbyingEffort)-[:REGARDING]->(${v})`),
    // 0.x names, deprecated: the whole lists.
    statements: ({ v }, f, q) =>
      q.many(f, 'Statement', { match: (w) => `(${w}:Statement)-[:ABOUT]->(${v}) WHERE ${active(w, q)}`, sortKey: (w) => [claimDateKey('Statement', w), `${w}.id`] }),
    lobbying: ({ v }, f, q) =>
      q.many(f, 'LobbyingEffort', {
        match: (w) => `(${w}:LobbyingEffort)-[:REGARDING]->(${v}) WHERE ${active(w, q)}`,
        sortKey: (w) => [claimDateKey('LobbyingEffort', w), `${w}.id`],
      }),
  },
};

/** How a DecisionRole is read from the graph. */
export const decisionRoleSpec: TypeSpec<DecisionRole> = {
  name: 'DecisionRole',
  label: 'DecisionRole',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    actor: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:PLAYS]->(${v})` }),
    decision: ({ v }, f, q) => q.one(f, 'Decision', { match: (w) => `(${v})-[:IN]->(${w}:Decision)` }),
  },
};

/** The state of the same decision that begins after the one in `v`: its start is where `v` ends. */
const nextState = (v: string, property: string): string =>
  `head(COLLECT { MATCH (${v})-[:STATE_OF]->(:Decision)<-[:STATE_OF]-(n_:DecisionState) WHERE ${active('n_')} AND n_.validFrom > ${v}.validFrom ` +
  `RETURN n_.${property} ORDER BY n_.validFrom, n_.id LIMIT 1 })`;

/** How a DecisionState is read: it ends where the next state of its decision begins (unless it has an end of its own). */
export const decisionStateSpec: TypeSpec<DecisionState> = {
  name: 'DecisionState',
  label: 'DecisionState',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    validTo: ({ v }) => `coalesce(${v}.validTo, ${nextState(v, 'validFrom')})`,
    validToPrecision: ({ v }) => `CASE WHEN ${v}.validTo IS NOT NULL THEN ${v}.validToPrecision ELSE ${nextState(v, 'validFromPrecision')} END`,
    decision: ({ v }, f, q) => q.one(f, 'Decision', { match: (w) => `(${v})-[:STATE_OF]->(${w}:Decision)` }),
  },
};
