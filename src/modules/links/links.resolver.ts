import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Field, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { LinkDirection, PathEdgeType } from '../../graphql/enums';
import { PageArgs } from '../../graphql/pageArgs';
import { DateScalar } from '../../graphql/scalars';
import { readProjected } from '../../projection';
import { Entity } from '../shared/interfaces';
import { LinkConnection, LinkTypeCount } from './links.types';

const AS_OF = 'Only edges that held on this date (their claim’s validity); every edge when left out.';

/** The arguments of `Entity.links`: the kind of link, the date, the page. */
@ArgsType()
export class LinksArgs extends PageArgs {
  @Field(() => PathEdgeType, { description: 'The type of the edges (see `linkTypes`).' })
  type: string;

  @Field(() => LinkDirection, { description: 'OUT for edges that start at the entity, IN for edges that end at it.' })
  direction: LinkDirection;

  @Field(() => DateScalar, { nullable: true, description: AS_OF })
  asOf?: string | null;
}

/**
 * An entity's connections per relationship type: the kinds it has with their counts, and a page of one kind. Values
 * are projected with the root field's statement (the entity specs' `linkTypes` and `links` builders); the resolvers
 * only read them. As of the root field's `asKnownAt`, both read the graph as it stood then.
 */
@Resolver(() => Entity)
export class EntityLinksResolver {
  @FieldResolver(() => [LinkTypeCount], {
    description:
      'The kinds of link the entity has (edge type and direction, as paths and neighbourhoods walk them), each with its count, in the model’s order; kinds it has none of are left out. A hub’s thousands of links are counted, not read: page them with `links`.',
  })
  linkTypes(@Root() root: unknown, @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) _asOf: string | null, @Info() info: GraphQLResolveInfo) {
    return readProjected(root, info);
  }

  @FieldResolver(() => LinkConnection, {
    nullable: true,
    description:
      'The entity’s links of one type and direction, a page at a time, by the neighbour’s id then the claim’s id: each with the neighbour and the edge’s claim and evidence.',
  })
  links(@Root() root: unknown, @Args(() => LinksArgs) _args: LinksArgs, @Info() info: GraphQLResolveInfo) {
    return readProjected(root, info);
  }
}
