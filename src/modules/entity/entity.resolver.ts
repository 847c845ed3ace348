import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import { Entity } from '../shared/interfaces';
import { UpdateEntityInput } from './entity.inputs';
import { EntityService } from './entity.service';

/** What every entity shares: changing its own fields, merging two. */
@Resolver()
export class EntityResolver {
  constructor(private readonly service: EntityService) {}

  @Authorized('EDITOR')
  @Mutation(() => Entity, { description: "Changes a person's, organization's or platform's own fields (EDITOR)." })
  updateEntity(
    @Arg('id', () => ID, { description: 'The id of the person, organization or platform to change.' }) id: string,
    @Arg('input', () => UpdateEntityInput, { description: 'The fields to change.' }) input: UpdateEntityInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.update(ctx, id, input, selectionOf(info));
  }

  @Authorized('ADMIN')
  @Mutation(() => Entity, { description: 'Merges one entity into another of the same kind (ADMIN); the merged id keeps resolving.' })
  mergeEntities(
    @Arg('keepId', () => ID, { description: 'The id of the entity that stays.' }) keepId: string,
    @Arg('mergeId', () => ID, { description: 'The id of the entity merged into the kept one; it then resolves to it.' }) mergeId: string,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.merge(ctx, keepId, mergeId, selectionOf(info));
  }
}
