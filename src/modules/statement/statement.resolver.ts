import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { listArgs } from '../../filters/listArgs';
import { idFilter, renamedIdArgument } from '../shared/args';
import { payloadSelectionOf, selectionOf } from '../../projection';
import { PageArgs } from '../../graphql/pageArgs';
import { DateScalar } from '../../graphql/scalars';
import { Statement, StatementConnection } from './statement.type';
import { StatementService } from './statement.service';
import { AddStatementInput } from './statement.inputs';
import { payload, payloadType } from '../../graphql/payloadType';

/** What `addStatement` answers: the Statement it wrote. */
export const AddStatementPayload = payloadType('addStatement', 'statement', () => Statement, 'The statement written (or the one a retry with the same id finds).');

/** Who said what. */
@Resolver(() => Statement)
export class StatementResolver {
  constructor(private readonly service: StatementService) {}

  @Query(() => StatementConnection, { description: 'Who said what: filter by speaker, subject, words, period.' })
  statements(
    @Arg('speakerId', () => ID, { nullable: true, description: 'Only statements made by this person or organization (id).' }) speakerId: string | null,
    @Arg('speaker', () => ID, { nullable: true, description: 'Only statements made by this person or organization (id).', deprecationReason: renamedIdArgument('speakerId') })
    speaker: string | null,
    @Arg('aboutId', () => ID, { nullable: true, description: 'Only statements about this node (id).' }) aboutId: string | null,
    @Arg('about', () => ID, { nullable: true, description: 'Only statements about this node (id).', deprecationReason: renamedIdArgument('aboutId') }) about: string | null,
    @Arg('text', () => String, { nullable: true, description: 'Only statements whose text contains this, ignoring case.' }) text: string | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only statements that may have been made on or after this date.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only statements that may have been made on or before this date.' }) to: string | null,
    @Args(() => listArgs('Statement')) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.page(
      ctx,
      { speaker: idFilter(speakerId, 'speakerId', speaker, 'speaker'), about: idFilter(aboutId, 'aboutId', about, 'about'), text, from, to },
      page,
      selectionOf(info),
    );
  }

  @Authorized('EDITOR')
  @Mutation(() => AddStatementPayload, { description: 'Adds a statement with its evidence (EDITOR).' })
  addStatement(
    @Arg('input', () => AddStatementInput, { description: 'The statement to add.' }) input: AddStatementInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('statement', this.service.add(ctx, input, payloadSelectionOf(info, 'statement')));
  }
}
