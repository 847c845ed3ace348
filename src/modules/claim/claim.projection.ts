import type { TypeSpec } from '../../projection';
import { active, claimDateKey, claimFields } from '../shared/cypherHelpers';

const CLAIM = ['Claim', 'Node'] as const;

/** How a Role is read from the graph. */
export const roleSpec: TypeSpec = {
  name: 'Role',
  label: 'Role',
  implements: CLAIM,
  fields: {
    ...claimFields,
    title: ({ v }) => `coalesce(${v}.title, ${v}.kind, '')`,
    person: ({ v }, f, q) => q.one(f, 'Person', { match: (w) => `(${w}:Person)-[:HOLDS]->(${v})` }),
    holder: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:HOLDS]->(${v})` }),
    organization: ({ v }, f, q) => q.one(f, 'Organization', { match: (w) => `(${v})-[:AT]->(${w}:Organization)` }),
  },
};

/** How a Statement is read from the graph. */
export const statementSpec: TypeSpec = {
  name: 'Statement',
  label: 'Statement',
  implements: CLAIM,
  fields: {
    ...claimFields,
    language: ({ v }) => `coalesce(${v}.language, 'und')`,
    speaker: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:MADE]->(${v})`, sortKey: (w) => [`${w}.id`] }),
    speakers: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${w}:Entity)-[:MADE]->(${v})`, sortKey: (w) => [`${w}.id`] }),
    about: ({ v }, f, q) => q.many(f, 'Node', { match: (w) => `(${v})-[:ABOUT]->(${w})`, sortKey: (w) => [`${w}.id`] }),
  },
};

/** How a Decision is read from the graph. */
export const decisionSpec: TypeSpec = {
  name: 'Decision',
  label: 'Decision',
  implements: CLAIM,
  fields: {
    ...claimFields,
    status: ({ v }) => `coalesce(${v}.status, 'UNDER_CONSIDERATION')`,
    decidedBy: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${v})-[:DECIDED_BY]->(${w}:Entity)`, sortKey: (w) => [`${w}.id`] }),
    participants: ({ v }, f, q) =>
      q.many(f, 'DecisionRole', { match: (w) => `(${w}:DecisionRole)-[:IN]->(${v}) WHERE ${active(w)}`, sortKey: (w) => [`${w}.role`, `${w}.id`] }),
    concerns: ({ v }, f, q) => q.many(f, 'Node', { match: (w) => `(${v})-[:CONCERNS]->(${w})`, sortKey: (w) => [`${w}.id`] }),
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
export const decisionRoleSpec: TypeSpec = {
  name: 'DecisionRole',
  label: 'DecisionRole',
  implements: CLAIM,
  fields: {
    ...claimFields,
    actor: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:PLAYS]->(${v})` }),
    decision: ({ v }, f, q) => q.one(f, 'Decision', { match: (w) => `(${v})-[:IN]->(${w}:Decision)` }),
  },
};

/** How a LobbyingEffort is read from the graph. */
export const lobbyingEffortSpec: TypeSpec = {
  name: 'LobbyingEffort',
  label: 'LobbyingEffort',
  implements: CLAIM,
  fields: {
    ...claimFields,
    method: ({ v }) => `coalesce(${v}.method, 'PUBLIC_STATEMENT')`,
    lobbyists: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${w}:Entity)-[:LOBBIED_IN]->(${v})`, sortKey: (w) => [`${w}.id`] }),
    targets: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${v})-[:TARGETED]->(${w}:Entity)`, sortKey: (w) => [`${w}.id`] }),
    regarding: ({ v }, f, q) => q.many(f, 'Decision', { match: (w) => `(${v})-[:REGARDING]->(${w}:Decision)`, sortKey: (w) => [`${w}.id`] }),
    statements: ({ v }, f, q) =>
      q.many(f, 'Statement', { match: (w) => `(${v})-[:INCLUDES]->(${w}:Statement) WHERE ${active(w)}`, sortKey: (w) => [`${w}.id`] }),
    onBehalfOf: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${v})-[:ON_BEHALF_OF]->(${w}:Entity)`, sortKey: (w) => [`${w}.id`] }),
  },
};

/** How a Restriction is read from the graph. */
export const restrictionSpec: TypeSpec = {
  name: 'Restriction',
  label: 'Restriction',
  implements: CLAIM,
  fields: {
    ...claimFields,
    subject: ({ v }, f, q) => q.one(f, 'Node', { match: (w) => `(${v})-[:RESTRICTS]->(${w})`, sortKey: (w) => [`${w}.id`] }),
    imposedBy: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:IMPOSED]->(${v})` }),
    inResponseTo: ({ v }, f, q) => q.one(f, 'Event', { match: (w) => `(${v})-[:IN_RESPONSE_TO]->(${w}:Event)` }),
    liftedBy: ({ v }, f, q) => q.one(f, 'Decision', { match: (w) => `(${v})-[:LIFTED_BY]->(${w}:Decision)` }),
  },
};

/** How an Observation is read from the graph. */
export const observationSpec: TypeSpec = {
  name: 'Observation',
  label: 'Observation',
  implements: CLAIM,
  fields: {
    ...claimFields,
    approximate: ({ v }) => `coalesce(${v}.approximate, false)`,
    value: ({ v }) => `toFloat(${v}.value)`,
    subject: ({ v }, f, q) => q.one(f, 'Node', { match: (w) => `(${v})-[:OBSERVED_ON]->(${w})` }),
  },
};

/** How an Ownership is read from the graph. */
export const ownershipSpec: TypeSpec = {
  name: 'Ownership',
  label: 'Ownership',
  implements: CLAIM,
  fields: {
    ...claimFields,
    owner: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:OWNS]->(${v})` }),
    owned: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${v})-[:OF]->(${w}:Entity)` }),
  },
};

/** How an Event is read from the graph. */
export const eventSpec: TypeSpec = { name: 'Event', label: 'Event', implements: ['Node'], fields: {} };
