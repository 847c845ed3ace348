import type { Feature } from '../feature';
import { RestrictionResolver, RestrictionListResolver } from './restriction.resolver';
import { restrictionSpec } from './restriction.projection';
import { Restriction } from './restriction.type';

export { RestrictionResolver } from './restriction.resolver';
export { Restriction } from './restriction.type';
export { restrictionSpec } from './restriction.projection';
export { AddRestrictionInput } from './restriction.inputs';
export { RestrictionService } from './restriction.service';

/** What the restriction feature adds to the API. */
export const restrictionFeature: Feature = {
  resolvers: [RestrictionResolver, RestrictionListResolver],
  specs: [restrictionSpec],
  orphanedTypes: [Restriction],
};
