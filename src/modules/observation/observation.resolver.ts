import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf } from '../../projection';
import { AddObservationInput } from './observation.inputs';
import { ObservationService } from './observation.service';
import { Observation } from './observation.type';
import { payload, payloadType } from '../../graphql/payloadType';
import { rootList } from '../shared/rootList';
import { ObservationConnection } from './observation.type';

/** What `addObservation` answers: the Observation it wrote. */
export const AddObservationPayload = payloadType('addObservation', 'observation', () => Observation, 'The observation written (or the one a retry with the same id finds).');

/** Measured figures. */
@Resolver(() => Observation)
export class ObservationResolver {
  constructor(private readonly service: ObservationService) {}

  @Authorized('EDITOR')
  @Mutation(() => AddObservationPayload, { description: 'Adds a measured figure with its evidence (EDITOR).' })
  addObservation(
    @Arg('input', () => AddObservationInput, { description: 'The measured figure to add.' }) input: AddObservationInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('observation', this.service.add(ctx, input, payloadSelectionOf(info, 'observation')));
  }
}

/** `observations`: every Observation, with `where`, `orderBy` and pages. */
export const ObservationListResolver = rootList(
  'Observation',
  'observations',
  () => ObservationConnection,
  'Observed figures (followers, ...), oldest first; filter with `where`.',
);
