import type { Feature } from '../feature';
import { ClaimResolver } from './claim.resolver';
import { conflictSpec } from './claim.projection';

export { ClaimResolver } from './claim.resolver';
export { ClaimService, planClaim } from './claim.service';
export { ClaimRepository } from './claim.repository';

/** What the claim feature adds to the API. */
export const claimFeature: Feature = {
  resolvers: [ClaimResolver],
  specs: [conflictSpec],
};
