import type { Feature } from '../feature';
import { Evidence } from './evidence.type';
import { evidenceSpec, pageInfoSpec } from './shared.projection';

export { Evidence } from './evidence.type';
export { Claim, Entity, Node } from './interfaces';
export { evidenceSpec, pageInfoSpec } from './shared.projection';

/** The types every feature uses: the interfaces, evidence, page info. */
export const sharedFeature: Feature = {
  resolvers: [],
  specs: [evidenceSpec, pageInfoSpec],
  orphanedTypes: [Evidence],
};
