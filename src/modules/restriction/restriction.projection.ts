import type { TypeSpec } from '../../projection';
import { claimFields, CLAIM_INTERFACES } from '../shared/cypherHelpers';
import type { Restriction } from './restriction.type';

/** How a Restriction is read from the graph. */
export const restrictionSpec: TypeSpec<Restriction> = {
  name: 'Restriction',
  label: 'Restriction',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    subject: ({ v }, f, q) => q.one(f, 'Node', { match: (w) => `(${v})-[:RESTRICTS]->(${w})`, sortKey: (w) => [`${w}.id`] }),
    imposedBy: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:IMPOSED]->(${v})` }),
    inResponseTo: ({ v }, f, q) => q.one(f, 'Event', { match: (w) => `(${v})-[:IN_RESPONSE_TO]->(${w}:Event)` }),
    liftedBy: ({ v }, f, q) => q.one(f, 'Decision', { match: (w) => `(${v})-[:LIFTED_BY]->(${w}:Decision)` }),
  },
};
