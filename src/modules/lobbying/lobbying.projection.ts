import type { TypeSpec } from '../../projection';
import { active, claimFields, CLAIM_INTERFACES } from '../shared/cypherHelpers';
import type { LobbyingEffort } from './lobbyingEffort.type';

/** How a LobbyingEffort is read from the graph. */
export const lobbyingEffortSpec: TypeSpec<LobbyingEffort> = {
  name: 'LobbyingEffort',
  label: 'LobbyingEffort',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    method: ({ v }) => `coalesce(${v}.method, 'PUBLIC_STATEMENT')`,
    lobbyists: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${w}:Entity)-[:LOBBIED_IN]->(${v})`, sortKey: (w) => [`${w}.id`] }),
    targets: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${v})-[:TARGETED]->(${w}:Entity)`, sortKey: (w) => [`${w}.id`] }),
    regarding: ({ v }, f, q) => q.many(f, 'Decision', { match: (w) => `(${v})-[:REGARDING]->(${w}:Decision)`, sortKey: (w) => [`${w}.id`] }),
    statements: ({ v }, f, q) => q.many(f, 'Statement', { match: (w) => `(${v})-[:INCLUDES]->(${w}:Statement) WHERE ${active(w, q)}`, sortKey: (w) => [`${w}.id`] }),
    onBehalfOf: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${v})-[:ON_BEHALF_OF]->(${w}:Entity)`, sortKey: (w) => [`${w}.id`] }),
  },
};
