import type { Feature } from '../feature';
import { EntityLinksResolver } from './links.resolver';
import { linkSpec, linkTypeCountSpec } from './links.projection';

export { entityLinkFields } from './links.projection';

/** An entity's connections paged per relationship type, each type with its count (api-1.0.md §4). */
export const linksFeature: Feature = {
  resolvers: [EntityLinksResolver],
  specs: [linkTypeCountSpec, linkSpec],
};
