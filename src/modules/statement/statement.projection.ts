import type { TypeSpec } from '../../projection';
import { claimFields, CLAIM_INTERFACES } from '../shared/cypherHelpers';
import type { Statement } from './statement.type';

/** How a Statement is read from the graph. */
export const statementSpec: TypeSpec<Statement> = {
  name: 'Statement',
  label: 'Statement',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    language: ({ v }) => `coalesce(${v}.language, 'und')`,
    speaker: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:MADE]->(${v})`, sortKey: (w) => [`${w}.id`] }),
    speakers: ({ v }, f, q) => q.many(f, 'Entity', { match: (w) => `(${w}:Entity)-[:MADE]->(${v})`, sortKey: (w) => [`${w}.id`] }),
    about: ({ v }, f, q) => q.many(f, 'Node', { match: (w) => `(${v})-[:ABOUT]->(${w})`, sortKey: (w) => [`${w}.id`] }),
  },
};
