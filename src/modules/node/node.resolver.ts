import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { checkId, checkIds } from '../shared/args';
import { Node } from '../shared/interfaces';
import { NodeRepository } from './node.repository';

/** Any node by id. */
@Resolver()
export class NodeResolver {
  constructor(private readonly repository: NodeRepository) {}

  @Query(() => Node, { nullable: true, description: 'Any node by id; null when unknown.' })
  node(@Arg('id', () => ID, { description: 'The id of the node.' }) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    checkId(id, 'id');
    return this.repository.byId(ctx, id, selectionOf(info));
  }

  @Query(() => [Node], { nullable: 'items', description: 'Nodes by id, in the order given; null in the place of an unknown id.' })
  nodes(
    @Arg('ids', () => [ID], { description: 'The ids, at most LIMIT_MAX_PAGE_SIZE (100 by default).' }) ids: string[],
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkIds(ids, 'ids', ctx.config.limits.maxPageSize);
    return this.repository.byIds(ctx, ids, selectionOf(info));
  }
}
