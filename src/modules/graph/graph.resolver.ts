import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { DateScalar } from '../../graphql/scalars';
import { PathConnection, SearchHitConnection, Subgraph, TimelineItemConnection } from './graph.types';
import { PageArgs } from '../../graphql/pageArgs';
import { GraphService } from './graph.service';
import { NodeType } from '../../graphql/enums';

/** Exploring the graph: search, timelines, paths between two actors, neighbourhoods. */
@Resolver()
export class GraphResolver {
  constructor(private readonly service: GraphService) {}

  @Query(() => SearchHitConnection, {
    description: 'Full-text over names, aliases, titles and statement text; case- and accent-insensitive; words match as prefixes. Best first, a page at a time.',
  })
  search(
    @Arg('text', () => String, { description: 'The words to look for.' }) text: string,
    @Arg('types', () => [NodeType], { nullable: true, description: 'Only nodes of these kinds.' }) types: string[] | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.search(ctx, text, types, page, selectionOf(info));
  }

  @Query(() => TimelineItemConnection, { description: 'Dated claims (starts and ends) and events around one node, or all, oldest first, a page at a time.' })
  timeline(
    @Arg('entityId', () => ID, { nullable: true, description: 'Only points around this node (id); every point when left out.' }) entityId: string | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only points on or after this date.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only points on or before this date.' }) to: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.timeline(ctx, entityId, from, to, page, selectionOf(info));
  }

  @Query(() => PathConnection, {
    description: 'Shortest connections between two nodes over the shortcut edges, valid as of a date; maxHops is at most 6. At most 20 paths a page.',
  })
  paths(
    @Arg('fromId', () => ID, { description: 'The id of the node the paths start from.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'The id of the node the paths end at.' }) toId: string,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: 'The most edges a path may have, 1 to 6.' }) maxHops: number,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Only edges valid on this date; every edge when left out.' }) asOf: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.paths(ctx, fromId, toId, maxHops, asOf, page, selectionOf(info));
  }

  @Query(() => Subgraph, { nullable: true, description: 'A node and what surrounds it, for drawing; null when the id is unknown.' })
  neighborhood(
    @Arg('id', () => ID, { description: 'The id of the node at the centre.' }) id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: 'How many edges away to go, 1 to 3.' }) depth: number,
    @Arg('limit', () => Int, { defaultValue: 100, description: 'The most nodes to return, 1 to 500.' }) limit: number,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.neighborhood(ctx, id, depth, limit, selectionOf(info));
  }
}
