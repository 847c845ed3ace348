import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf } from '../../projection';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { Entity } from '../shared/interfaces';
import { MergeEntitiesInput, UpdateEntityInput } from './entity.inputs';
import { EntityService } from './entity.service';
import { payload, payloadType } from '../../graphql/payloadType';

/** What `updateEntity` answers: the Entity it changed. */
export const UpdateEntityPayload = payloadType('updateEntity', 'entity', () => Entity, 'The entity changed.');
/** What `mergeEntities` answers: the Entity it changed. */
export const MergeEntitiesPayload = payloadType('mergeEntities', 'entity', () => Entity, "The entity kept, with the merged one's links, name and aliases.");

/** What every entity shares: changing its own fields, merging two. */
@Resolver()
export class EntityResolver {
  constructor(private readonly service: EntityService) {}

  @Authorized('EDITOR')
  @Mutation(() => UpdateEntityPayload, { description: "Changes a person's, organization's or platform's own fields (EDITOR)." })
  updateEntity(
    @Arg('input', () => UpdateEntityInput, { description: 'The entity and the fields to change.' }) input: UpdateEntityInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('entity', this.service.update(ctx, input.id, input, payloadSelectionOf(info, 'entity')));
  }

  @Authorized('ADMIN')
  @Mutation(() => MergeEntitiesPayload, { description: 'Merges one entity into another of the same kind (ADMIN); the merged id keeps resolving.' })
  mergeEntities(
    @Arg('input', () => MergeEntitiesInput, { description: 'The entity that stays and the one merged into it.' }) input: MergeEntitiesInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('entity', this.service.merge(ctx, input.keepId, input.mergeId, payloadSelectionOf(info, 'entity')));
  }
}
