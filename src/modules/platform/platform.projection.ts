import type { TypeSpec } from '../../projection';
import { claimsPage, entityFields, pageOf } from '../shared/cypherHelpers';
import type { Platform } from './platform.type';
import type { Account } from './account.type';
import { entityLinkFields } from '../links/links.projection';

/** How a Platform is read from the graph. */
export const platformSpec: TypeSpec<Platform> = {
  name: 'Platform',
  label: 'Platform',
  implements: ['Entity', 'Node'],
  fields: {
    ...entityFields,
    ...entityLinkFields,
    operator: ({ v }, f, q) => q.one(f, 'Organization', { match: (w) => `(${w}:Organization)-[:OPERATES]->(${v})` }),
    accounts: pageOf(
      'Account',
      (v, w) => `(${w}:Account)-[:ON_PLATFORM]->(${v})`,
      (w) => [`${w}.id`],
    ),
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
    followers: claimsPage(
      'Observation',
      (v, w) => `(${w}:Observation)-[:OBSERVED_ON]->(${v})`,
      (w) => [`${w}.metric = 'FOLLOWERS'`],
    ),
    observations: claimsPage('Observation', (v, w) => `(${w}:Observation)-[:OBSERVED_ON]->(${v})`),
    restrictions: claimsPage('Restriction', (v, w) => `(${w}:Restriction)-[:RESTRICTS]->(${v})`),
  },
};
