import type { Feature } from '../feature';
import { ObservationResolver, ObservationListResolver } from './observation.resolver';
import { observationSpec } from './observation.projection';
import { Observation } from './observation.type';

export { ObservationResolver } from './observation.resolver';
export { Observation } from './observation.type';
export { observationSpec } from './observation.projection';
export { AddObservationInput } from './observation.inputs';
export { ObservationService } from './observation.service';

/** What the observation feature adds to the API. */
export const observationFeature: Feature = {
  resolvers: [ObservationResolver, ObservationListResolver],
  specs: [observationSpec],
  orphanedTypes: [Observation],
};
