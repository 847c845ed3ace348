import type { Feature } from '../feature';
import { GraphResolver } from './graph.resolver';
import { searchHitSpec, pathEdgeSpec, pathSpec, subgraphSpec, timelineItemSpec } from './graph.projection';

export { GraphResolver } from './graph.resolver';
export { SearchHit, Path, PathEdge, Subgraph, TimelineItem } from './graph.types';
export { searchHitSpec, pathEdgeSpec, pathSpec, subgraphSpec, timelineItemSpec } from './graph.projection';
export { GraphService } from './graph.service';

/** What the graph feature adds to the API. */
export const graphFeature: Feature = {
  resolvers: [GraphResolver],
  specs: [searchHitSpec, pathEdgeSpec, pathSpec, subgraphSpec, timelineItemSpec],
};
