import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { DateScalar } from '../../graphql/scalars';
import { selectionOf } from '../../projection';
import { AnalysisService } from './analysis.service';
import { CommonLinkConnection, InterlockConnection } from './analysis.types';

/** Interlocks and common connections. */
@Resolver()
export class AnalysisResolver {
  constructor(private readonly service: AnalysisService) {}

  @Query(() => InterlockConnection, {
    description:
      'For an organization, the other organizations that share people with it (through roles or decision roles); for a person, the people who share organizations with them. Each with the shared people and their claims; by id.',
  })
  interlocks(
    @Arg('id', () => ID, { description: 'The id of the organization or person.' }) id: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Only links that held on this date; when left out, the two links of a shared person must have held at the same time.',
    })
    asOf: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 0 to the page-size cap; 20 by default.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Page forward from this cursor: the `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.interlocks(ctx, id, asOf, { first, after }, selectionOf(info));
  }

  @Query(() => CommonLinkConnection, { description: 'The nodes linked to both `a` and `b` (over the edges paths walk), each with the claims on either side; by id.' })
  commonConnections(
    @Arg('a', () => ID, { description: 'The id of the first entity.' }) a: string,
    @Arg('b', () => ID, { description: 'The id of the second entity.' }) b: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Only links that held on this date; every link when left out.' }) asOf: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many, 0 to the page-size cap; 20 by default.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Page forward from this cursor: the `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.commonConnections(ctx, a, b, asOf, { first, after }, selectionOf(info));
  }
}
