import type { Feature } from '../feature';
import { Evidence } from './evidence.type';
import { claimVersionSpec, evidenceSpec, pageInfoSpec } from './shared.projection';
import { ClaimVersion } from './claimVersion.type';

export { Evidence } from './evidence.type';
export { Claim, Entity, Node } from './interfaces';
export { claimVersionSpec, evidenceSpec, pageInfoSpec } from './shared.projection';
export { ClaimVersion } from './claimVersion.type';

/** The types every feature uses: the interfaces, evidence, page info. */
export const sharedFeature: Feature = {
  resolvers: [],
  specs: [evidenceSpec, pageInfoSpec, claimVersionSpec],
  orphanedTypes: [Evidence, ClaimVersion],
};
