import type { TypeSpec } from '../../projection';
import { active, claimDateKey, entityFields } from '../shared/cypherHelpers';
import type { Platform } from './platform.type';
import type { Account } from './account.type';

/** How a Platform is read from the graph. */
export const platformSpec: TypeSpec<Platform> = {
  name: 'Platform',
  label: 'Platform',
  implements: ['Entity', 'Node'],
  fields: {
    ...entityFields,
    operator: ({ v }, f, q) => q.one(f, 'Organization', { match: (w) => `(${w}:Organization)-[:OPERATES]->(${v})` }),
    accounts: ({ v }, f, q) => q.many(f, 'Account', { match: (w) => `(${w}:Account)-[:ON_PLATFORM]->(${v})`, sortKey: (w) => [`${w}.id`] }),
  },
};

/** How an Account is read from the graph. */
export const accountSpec: TypeSpec<Account> = {
  name: 'Account',
  label: 'Account',
  implements: ['Node'],
  fields: {
    platform: ({ v }, f, q) => q.one(f, 'Platform', { match: (w) => `(${v})-[:ON_PLATFORM]->(${w}:Platform)` }),
    owner: ({ v }, f, q) => q.one(f, 'Entity', { match: (w) => `(${w}:Entity)-[:HAS_ACCOUNT]->(${v})` }),
    followers: ({ v }, f, q) =>
      q.many(f, 'Observation', {
        match: (w) => `(${w}:Observation)-[:OBSERVED_ON]->(${v}) WHERE ${active(w, q)} AND ${w}.metric = 'FOLLOWERS'`,
        sortKey: (w) => [claimDateKey('Observation', w), `${w}.id`],
      }),
    observations: ({ v }, f, q) =>
      q.many(f, 'Observation', {
        match: (w) => `(${w}:Observation)-[:OBSERVED_ON]->(${v}) WHERE ${active(w, q)}`,
        sortKey: (w) => [claimDateKey('Observation', w), `${w}.id`],
      }),
    restrictions: ({ v }, f, q) =>
      q.many(f, 'Restriction', {
        match: (w) => `(${w}:Restriction)-[:RESTRICTS]->(${v}) WHERE ${active(w, q)}`,
        sortKey: (w) => [claimDateKey('Restriction', w), `${w}.id`],
      }),
  },
};
