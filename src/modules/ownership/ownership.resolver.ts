import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { AddOwnershipInput } from './ownership.inputs';
import { OwnershipService } from './ownership.service';
import { Ownership } from './ownership.type';

/** Who owns what. */
@Resolver(() => Ownership)
export class OwnershipResolver {
  constructor(private readonly service: OwnershipService) {}

  @Authorized('EDITOR')
  @Mutation(() => Ownership, { description: 'Adds an ownership with its evidence (EDITOR).' })
  addOwnership(
    @Arg('input', () => AddOwnershipInput, { description: 'The ownership to add.' }) input: AddOwnershipInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.add(ctx, input, selectionOf(info));
  }
}
