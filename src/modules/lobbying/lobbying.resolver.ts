import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { listArgs } from '../../filters/listArgs';
import { idFilter, renamedIdArgument } from '../shared/args';
import { payloadSelectionOf, selectionOf } from '../../projection';
import { Stance } from '../../graphql/enums';
import { PageArgs } from '../../graphql/pageArgs';
import { DateScalar } from '../../graphql/scalars';
import { LobbyingEffort, LobbyingEffortConnection } from './lobbyingEffort.type';
import { LobbyingService } from './lobbying.service';
import { AddLobbyingEffortInput } from './lobbying.inputs';
import { payload, payloadType } from '../../graphql/payloadType';

/** What `addLobbyingEffort` answers: the LobbyingEffort it wrote. */
export const AddLobbyingEffortPayload = payloadType(
  'addLobbyingEffort',
  'lobbyingEffort',
  () => LobbyingEffort,
  'The lobbying effort written (or the one a retry with the same id finds).',
);

/** Who lobbied whom. */
@Resolver(() => LobbyingEffort)
export class LobbyingResolver {
  constructor(private readonly service: LobbyingService) {}

  @Query(() => LobbyingEffortConnection, { description: 'Who lobbied whom: filter by lobbyist, target, decision, stance, period.' })
  lobbyingEfforts(
    @Arg('lobbyistId', () => ID, { nullable: true, description: 'Only efforts by this person or organization (id).' }) lobbyistId: string | null,
    @Arg('lobbyist', () => ID, { nullable: true, description: 'Only efforts by this person or organization (id).', deprecationReason: renamedIdArgument('lobbyistId') })
    lobbyist: string | null,
    @Arg('targetId', () => ID, { nullable: true, description: 'Only efforts that targeted this person or organization (id).' }) targetId: string | null,
    @Arg('target', () => ID, { nullable: true, description: 'Only efforts that targeted this person or organization (id).', deprecationReason: renamedIdArgument('targetId') })
    target: string | null,
    @Arg('regardingId', () => ID, { nullable: true, description: 'Only efforts regarding this decision (id).' }) regardingId: string | null,
    @Arg('regarding', () => ID, { nullable: true, description: 'Only efforts regarding this decision (id).', deprecationReason: renamedIdArgument('regardingId') })
    regarding: string | null,
    @Arg('stance', () => Stance, { nullable: true, description: 'Only efforts with this stance.' }) stance: Stance | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only efforts that may have been made on or after this date.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only efforts that may have been made on or before this date.' }) to: string | null,
    @Args(() => listArgs('LobbyingEffort')) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.page(
      ctx,
      {
        lobbyist: idFilter(lobbyistId, 'lobbyistId', lobbyist, 'lobbyist'),
        target: idFilter(targetId, 'targetId', target, 'target'),
        regarding: idFilter(regardingId, 'regardingId', regarding, 'regarding'),
        stance,
        from,
        to,
      },
      page,
      selectionOf(info),
    );
  }

  @Authorized('EDITOR')
  @Mutation(() => AddLobbyingEffortPayload, { description: 'Adds a lobbying effort with its evidence (EDITOR).' })
  addLobbyingEffort(
    @Arg('input', () => AddLobbyingEffortInput, { description: 'The lobbying effort to add.' }) input: AddLobbyingEffortInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('lobbyingEffort', this.service.add(ctx, input, payloadSelectionOf(info, 'lobbyingEffort')));
  }
}
