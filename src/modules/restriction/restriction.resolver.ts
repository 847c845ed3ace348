import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf } from '../../projection';
import { AddRestrictionInput } from './restriction.inputs';
import { RestrictionService } from './restriction.service';
import { Restriction } from './restriction.type';
import { payload, payloadType } from '../../graphql/payloadType';
import { rootList } from '../shared/rootList';
import { RestrictionConnection } from './restriction.type';

/** What `addRestriction` answers: the Restriction it wrote. */
export const AddRestrictionPayload = payloadType('addRestriction', 'restriction', () => Restriction, 'The restriction written (or the one a retry with the same id finds).');

/** Suspensions, bans and removals. */
@Resolver(() => Restriction)
export class RestrictionResolver {
  constructor(private readonly service: RestrictionService) {}

  @Authorized('EDITOR')
  @Mutation(() => AddRestrictionPayload, { description: 'Adds a suspension, ban or removal with its evidence (EDITOR).' })
  addRestriction(
    @Arg('input', () => AddRestrictionInput, { description: 'The suspension, ban or removal to add.' }) input: AddRestrictionInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('restriction', this.service.add(ctx, input, payloadSelectionOf(info, 'restriction')));
  }
}

/** `restrictions`: every Restriction, with `where`, `orderBy` and pages. */
export const RestrictionListResolver = rootList('Restriction', 'restrictions', () => RestrictionConnection, 'Suspensions, bans and removals, oldest first; filter with `where`.');
