import type { TypeSpec } from '../../projection';
import { claimFields, CLAIM_INTERFACES } from '../shared/cypherHelpers';
import type { Ownership } from './ownership.type';

/** How an Ownership is read from the graph. */
export const ownershipSpec: TypeSpec<Ownership> = {
  name: 'Ownership',
  label: 'Ownership',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    owner: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:OWNS]->(${v})` }),
    owned: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${v})-[:OF]->(${w}:Entity)` }),
  },
};
