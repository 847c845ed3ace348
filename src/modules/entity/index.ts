import type { Feature } from '../feature';
import { EntityResolver } from './entity.resolver';

export { EntityResolver } from './entity.resolver';
export { EntityInput, UpdateEntityInput } from './entity.inputs';
export { EntityService } from './entity.service';
export { EntityRepository } from './entity.repository';

/** What the entity feature adds to the API. */
export const entityFeature: Feature = {
  resolvers: [EntityResolver],
  specs: [],
};
