import type { Feature } from '../feature';
import { SourceResolver } from './source.resolver';
import { sourceSpec } from './source.projection';

export { SourceResolver } from './source.resolver';
export { Source } from './source.type';
export { sourceSpec } from './source.projection';
export { SourceService } from './source.service';

/** What the source feature adds to the API. */
export const sourceFeature: Feature = {
  resolvers: [SourceResolver],
  specs: [sourceSpec],
};
