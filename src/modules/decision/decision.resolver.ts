import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../context';
import { listArgs } from '../../filters/listArgs';
import { idFilter, renamedIdArgument } from '../shared/args';
import { payloadSelectionOf, readProjected, selectionOf } from '../../projection';
import { PageArgs } from '../../graphql/pageArgs';
import { DateScalar } from '../../graphql/scalars';
import { Decision, DecisionConnection } from './decision.type';
import { DecisionService } from './decision.service';
import { AddDecisionInput, AddDecisionRoleInput, AddDecisionStateInput } from './decision.inputs';
import { DecisionState } from './decisionState.type';
import { DecisionRole, DecisionRoleConnection } from './decisionRole.type';
import { StatementConnection } from '../statement/statement.type';
import { LobbyingEffortConnection } from '../lobbying/lobbyingEffort.type';
import { pagedFields } from '../shared/pagedFields';
import { DecisionStatus } from '../../graphql/enums';
import { payload, payloadType } from '../../graphql/payloadType';
import { rootList } from '../shared/rootList';

/** What `addDecision` answers: the Decision it wrote. */
export const AddDecisionPayload = payloadType('addDecision', 'decision', () => Decision, 'The decision written (or the one a retry with the same id finds).');
/** What `addDecisionRole` answers: the DecisionRole it wrote. */
export const AddDecisionRolePayload = payloadType('addDecisionRole', 'decisionRole', () => DecisionRole, 'The decision role written (or the one a retry with the same id finds).');

/** A decision's connections: who takes part, and what others said and did about it. */
export const DecisionListsResolver = pagedFields(() => Decision, {
  participants: { type: () => DecisionRoleConnection, of: 'DecisionRole', description: 'Who takes part in the decision, and how: by role, then id.' },
  statementsAbout: { type: () => StatementConnection, of: 'Statement', description: 'Statements about this decision, oldest first.' },
  lobbyingAbout: { type: () => LobbyingEffortConnection, of: 'LobbyingEffort', description: 'Lobbying efforts regarding this decision, oldest first.' },
});

/** What `addDecisionState` answers: the DecisionState it wrote. */
export const AddDecisionStatePayload = payloadType('addDecisionState', 'decisionState', () => DecisionState, 'The state written (or the one a retry with the same id finds).');

/** Who decided what. */
@Resolver(() => Decision)
export class DecisionResolver {
  constructor(private readonly service: DecisionService) {}

  @Query(() => Decision, { nullable: true, description: 'A decision by id; null when unknown.' })
  decision(@Arg('id', () => ID, { description: 'The id of the decision.' }) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.byId(ctx, id, selectionOf(info));
  }

  @Query(() => DecisionConnection, { description: 'Who decided what: filter by decider, participant, what it concerns, status, period.' })
  decisions(
    @Arg('decidedById', () => ID, { nullable: true, description: 'Only decisions made by this person or organization (id).' }) decidedById: string | null,
    @Arg('decidedBy', () => ID, { nullable: true, description: 'Only decisions made by this person or organization (id).', deprecationReason: renamedIdArgument('decidedById') })
    decidedBy: string | null,
    @Arg('participantId', () => ID, { nullable: true, description: 'Only decisions in which this person or organization plays a part (id).' }) participantId: string | null,
    @Arg('participant', () => ID, {
      nullable: true,
      description: 'Only decisions in which this person or organization plays a part (id).',
      deprecationReason: renamedIdArgument('participantId'),
    })
    participant: string | null,
    @Arg('concernsId', () => ID, { nullable: true, description: 'Only decisions that concern this node (id).' }) concernsId: string | null,
    @Arg('concerns', () => ID, { nullable: true, description: 'Only decisions that concern this node (id).', deprecationReason: renamedIdArgument('concernsId') })
    concerns: string | null,
    @Arg('status', () => DecisionStatus, { nullable: true, description: 'Only decisions with this status today (their latest state begun by today).' }) status: string | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only decisions still open or decided on or after this date.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only decisions opened on or before this date.' }) to: string | null,
    @Args(() => listArgs('Decision')) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.page(
      ctx,
      {
        decidedBy: idFilter(decidedById, 'decidedById', decidedBy, 'decidedBy'),
        participant: idFilter(participantId, 'participantId', participant, 'participant'),
        concerns: idFilter(concernsId, 'concernsId', concerns, 'concerns'),
        status,
        from,
        to,
      },
      page,
      selectionOf(info),
    );
  }

  @Authorized('EDITOR')
  @Mutation(() => AddDecisionPayload, { description: 'Adds a decision with its evidence (EDITOR).' })
  addDecision(@Arg('input', () => AddDecisionInput, { description: 'The decision to add.' }) input: AddDecisionInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return payload('decision', this.service.add(ctx, input, payloadSelectionOf(info, 'decision')));
  }

  @Authorized('EDITOR')
  @Mutation(() => AddDecisionRolePayload, { description: "Adds an actor's part in a decision, with its evidence (EDITOR)." })
  addDecisionRole(
    @Arg('input', () => AddDecisionRoleInput, { description: "The actor's part to add." }) input: AddDecisionRoleInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('decisionRole', this.service.addRole(ctx, input, payloadSelectionOf(info, 'decisionRole')));
  }

  @FieldResolver(() => DecisionStatus, { description: 'Where the decision stands: on `asOf`, else today. The latest of its states begun by then, else its own status.' })
  status(
    @Root() decision: Decision,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day to answer for; today when left out.' }) _asOf: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readProjected(decision, info);
  }

  @Authorized('EDITOR')
  @Mutation(() => AddDecisionStatePayload, { description: 'Adds where a decision stood from a date on, with its evidence (EDITOR); earlier states are kept.' })
  addDecisionState(
    @Arg('input', () => AddDecisionStateInput, { description: 'The state to add.' }) input: AddDecisionStateInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('decisionState', this.service.addState(ctx, input, payloadSelectionOf(info, 'decisionState')));
  }
}

/** `decisionRoles`: every DecisionRole, with `where`, `orderBy` and pages. */
export const DecisionRoleListResolver = rootList(
  'DecisionRole',
  'decisionRoles',
  () => DecisionRoleConnection,
  'The parts actors play in decisions, oldest first; filter with `where`.',
);
