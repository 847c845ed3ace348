import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { AddObservationInput } from './observation.inputs';
import { ObservationService } from './observation.service';
import { Observation } from './observation.type';

/** Measured figures. */
@Resolver(() => Observation)
export class ObservationResolver {
  constructor(private readonly service: ObservationService) {}

  @Authorized('EDITOR')
  @Mutation(() => Observation, { description: 'Adds a measured figure with its evidence (EDITOR).' })
  addObservation(
    @Arg('input', () => AddObservationInput, { description: 'The measured figure to add.' }) input: AddObservationInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.add(ctx, input, selectionOf(info));
  }
}
