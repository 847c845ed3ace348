import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { checkId } from '../shared/args';
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
}
