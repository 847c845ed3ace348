import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { PageArgs } from '../../graphql/pageArgs';
import { Source } from './source.type';
import { SourceService } from './source.service';

/** The documents behind the facts. */
@Resolver(() => Source)
export class SourceResolver {
  constructor(private readonly service: SourceService) {}

  @Query(() => [Source], { description: 'Sources in id order; `after` is the id of the last source of the previous page.' })
  sources(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.list(ctx, page, selectionOf(info));
  }

  @Query(() => Source, { nullable: true, description: 'A source by id; null when unknown.' })
  source(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.byId(ctx, id, selectionOf(info));
  }
}
