import type { Feature } from '../feature';
import { OwnershipResolver, OwnershipListResolver } from './ownership.resolver';
import { ownershipSpec } from './ownership.projection';
import { Ownership } from './ownership.type';

export { OwnershipResolver } from './ownership.resolver';
export { Ownership } from './ownership.type';
export { ownershipSpec } from './ownership.projection';
export { AddOwnershipInput } from './ownership.inputs';
export { OwnershipService } from './ownership.service';

/** What the ownership feature adds to the API. */
export const ownershipFeature: Feature = {
  resolvers: [OwnershipResolver, OwnershipListResolver],
  specs: [ownershipSpec],
  orphanedTypes: [Ownership],
};
