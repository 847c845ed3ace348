import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { PageArgs } from '../../graphql/pageArgs';
import { Source } from './source.type';
import { SourceService } from './source.service';
import { SourceInput } from '../../claims/claim.inputs';

/** The documents behind the facts. */
@Resolver(() => Source)
export class SourceResolver {
  constructor(private readonly service: SourceService) {}

  @Query(() => [Source], { description: 'Sources in id order; `after` is the id of the last source of the previous page.' })
  sources(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.list(ctx, page, selectionOf(info));
  }

  @Query(() => Source, { nullable: true, description: 'A source by id; null when unknown.' })
  source(@Arg('id', () => ID, { description: 'The id of the source.' }) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.byId(ctx, id, selectionOf(info));
  }

  @Authorized('EDITOR')
  @Mutation(() => Source, { description: 'Creates a source (EDITOR).' })
  createSource(@Arg('input', () => SourceInput, { description: 'The source to create.' }) input: SourceInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.create(ctx, input, selectionOf(info));
  }
}
