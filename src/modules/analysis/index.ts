import type { Feature } from '../feature';
import { AnalysisResolver } from './analysis.resolver';
import { commonLinkSpec, interlockLinkSpec, interlockSpec } from './analysis.projection';

export { AnalysisResolver } from './analysis.resolver';
export { AnalysisService } from './analysis.service';

/** What the analysis feature adds to the API: interlocks and common connections (api-1.0.md §4). */
export const analysisFeature: Feature = {
  resolvers: [AnalysisResolver],
  specs: [interlockSpec, interlockLinkSpec, commonLinkSpec],
};
