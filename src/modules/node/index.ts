import type { Feature } from '../feature';
import { NodeResolver } from './node.resolver';

export { NodeResolver } from './node.resolver';
export { NodeRepository } from './node.repository';

/** What the node feature adds to the API. */
export const nodeFeature: Feature = {
  resolvers: [NodeResolver],
  specs: [],
};
