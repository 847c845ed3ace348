import type { TypeSpec } from '../../projection';
import { active, claimDateKey, claimFields, claimsPage, pageOf, CLAIM_INTERFACES } from '../shared/cypherHelpers';
import type { Decision } from './decision.type';
import type { DecisionRole } from './decisionRole.type';

/** How a Decision is read from the graph. */
export const decisionSpec: TypeSpec<Decision> = {
  name: 'Decision',
  label: 'Decision',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    status: ({ v }) => `coalesce(${v}.status, 'UNDER_CONSIDERATION')`,
    decidedBy: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${v})-[:DECIDED_BY]->(${w}:Entity)`, sortKey: (w) => [`${w}.id`] }),
    participants: pageOf(
      'DecisionRole',
      (v, w) => `(${w}:DecisionRole)-[:IN]->(${v}) WHERE ${active(w)}`,
      (w) => [`${w}.role`, `${w}.id`],
    ),
    concerns: ({ v }, f, q) => q.many(f, 'Node', { match: (w) => `(${v})-[:CONCERNS]->(${w})`, sortKey: (w) => [`${w}.id`] }),
    statementsAbout: claimsPage('Statement', (v, w) => `(${w}:Statement)-[:ABOUT]->(${v})`),
    lobbyingAbout: claimsPage('LobbyingEffort', (v, w) => `(${w}:LobbyingEffort)-[:REGARDING]->(${v})`),
    // 0.x names, deprecated: the whole lists.
    statements: ({ v }, f, q) =>
      q.many(f, 'Statement', { match: (w) => `(${w}:Statement)-[:ABOUT]->(${v}) WHERE ${active(w)}`, sortKey: (w) => [claimDateKey('Statement', w), `${w}.id`] }),
    lobbying: ({ v }, f, q) =>
      q.many(f, 'LobbyingEffort', {
        match: (w) => `(${w}:LobbyingEffort)-[:REGARDING]->(${v}) WHERE ${active(w)}`,
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
