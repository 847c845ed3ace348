import type { TypeSpec } from '../../projection';
import { claimFields, CLAIM_INTERFACES } from '../shared/cypherHelpers';
import type { Role } from './role.type';

/** How a Role is read from the graph. */
export const roleSpec: TypeSpec<Role> = {
  name: 'Role',
  label: 'Role',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    title: ({ v }) => `coalesce(${v}.title, ${v}.kind, '')`,
    person: ({ v }, f, q) => q.one(f, 'Person', { match: (w) => `(${w}:Person)-[:HOLDS]->(${v})` }),
    holder: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:HOLDS]->(${v})` }),
    organization: ({ v }, f, q) => q.one(f, 'Organization', { match: (w) => `(${v})-[:AT]->(${w}:Organization)` }),
  },
};
