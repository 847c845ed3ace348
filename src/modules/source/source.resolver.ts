import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { listArgs } from '../../filters/listArgs';
import { payloadSelectionOf, selectionOf } from '../../projection';
import { PageArgs } from '../../graphql/pageArgs';
import { Source, SourceConnection } from './source.type';
import { SourceService } from './source.service';
import { CreateSourceInput } from '../../claims/claim.inputs';
import { payload, payloadType } from '../../graphql/payloadType';

/** What `createSource` answers: the Source it wrote. */
export const CreateSourcePayload = payloadType('createSource', 'source', () => Source, 'The source written (or the one a retry with the same id finds).');

/** The documents behind the facts. */
@Resolver(() => Source)
export class SourceResolver {
  constructor(private readonly service: SourceService) {}

  @Query(() => SourceConnection, { description: 'Sources, in id order, a page at a time.' })
  sources(@Args(() => listArgs('Source')) page: PageArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.page(ctx, page, selectionOf(info));
  }

  @Query(() => Source, { nullable: true, description: 'A source by id; null when unknown.' })
  source(@Arg('id', () => ID, { description: 'The id of the source.' }) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.byId(ctx, id, selectionOf(info));
  }

  @Authorized('EDITOR')
  @Mutation(() => CreateSourcePayload, { description: 'Creates a source (EDITOR).' })
  createSource(
    @Arg('input', () => CreateSourceInput, { description: 'The source to create.' }) input: CreateSourceInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('source', this.service.create(ctx, input, payloadSelectionOf(info, 'source')));
  }
}
