import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { AddRestrictionInput } from './restriction.inputs';
import { RestrictionService } from './restriction.service';
import { Restriction } from './restriction.type';

/** Suspensions, bans and removals. */
@Resolver(() => Restriction)
export class RestrictionResolver {
  constructor(private readonly service: RestrictionService) {}

  @Authorized('EDITOR')
  @Mutation(() => Restriction, { description: 'Adds a suspension, ban or removal with its evidence (EDITOR).' })
  addRestriction(
    @Arg('input', () => AddRestrictionInput, { description: 'The suspension, ban or removal to add.' }) input: AddRestrictionInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.add(ctx, input, selectionOf(info));
  }
}
