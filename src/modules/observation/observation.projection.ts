import type { TypeSpec } from '../../projection';
import { claimFields, CLAIM_INTERFACES } from '../shared/cypherHelpers';
import type { Observation } from './observation.type';

/** How an Observation is read from the graph. */
export const observationSpec: TypeSpec<Observation> = {
  name: 'Observation',
  label: 'Observation',
  implements: CLAIM_INTERFACES,
  fields: {
    ...claimFields,
    approximate: ({ v }) => `coalesce(${v}.approximate, false)`,
    value: ({ v }) => `toFloat(${v}.value)`,
    subject: ({ v }, f, q) => q.one(f, 'Node', { match: (w) => `(${v})-[:OBSERVED_ON]->(${w})` }),
  },
};
