import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf, selectionOf } from '../../projection';
import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Claim } from '../shared/interfaces';
import { ClaimService } from './claim.service';
import { payload, payloadType } from '../../graphql/payloadType';
import { AddEvidenceInput, CorrectClaimInput, PurgeClaimInput, RetractClaimInput, SetClaimRankInput } from './claim.inputs';
import { Conflict, PurgeClaimPayload } from './conflict.type';

/** What `retractClaim` answers: the Claim it changed. */
export const RetractClaimPayload = payloadType('retractClaim', 'claim', () => Claim, 'The claim changed.');

/** What `addEvidence` answers: the Claim it supports. */
export const AddEvidencePayload = payloadType('addEvidence', 'claim', () => Claim, 'The claim, with its evidence.');
/** What `correctClaim` answers: the corrected Claim (its current version). */
export const CorrectClaimPayload = payloadType('correctClaim', 'claim', () => Claim, 'The claim as corrected; `history` lists the versions.');
/** What `setClaimRank` answers: the ranked Claim. */
export const SetClaimRankPayload = payloadType('setClaimRank', 'claim', () => Claim, 'The claim ranked.');

/** What every claim shares: evidence, corrections, rank, retraction, erasure, and the claims that compete. */
@Resolver()
export class ClaimResolver {
  constructor(private readonly service: ClaimService) {}

  @Authorized('ADMIN')
  @Mutation(() => RetractClaimPayload, { description: 'Retracts a claim (ADMIN): kept and visible by id and in the audit log, hidden from lists, paths and timelines.' })
  retractClaim(
    @Arg('input', () => RetractClaimInput, { description: 'The claim to retract, and why.' }) input: RetractClaimInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('claim', this.service.retract(ctx, input.id, input.reason, payloadSelectionOf(info, 'claim')));
  }

  @Query(() => [Conflict], {
    description:
      'Claims of one kind about the same ends that disagree on values or dates (two follower counts for one account on one day, two start dates for one role), each side with its evidence; at most `first` groups.',
  })
  conflicts(
    @Arg('entityId', () => ID, { nullable: true, description: 'Only claims about this node (or its accounts); the whole graph when left out.' }) entityId: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many groups, 1 to 100.' }) first: number,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.conflicts(ctx, entityId, first, selectionOf(info));
  }

  @Authorized('EDITOR')
  @Mutation(() => AddEvidencePayload, { description: 'Adds a source to an existing claim (EDITOR): corroboration, recorded with its own record time.' })
  addEvidence(
    @Arg('input', () => AddEvidenceInput, { description: 'The claim and its new evidence.' }) input: AddEvidenceInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('claim', this.service.addEvidence(ctx, input, payloadSelectionOf(info, 'claim')));
  }

  @Authorized('EDITOR')
  @Mutation(() => CorrectClaimPayload, {
    description: 'Corrects a claim (EDITOR): a new version supersedes the old, which is kept (`history`, `asKnownAt`), with who, when and why.',
  })
  correctClaim(@Arg('input', () => CorrectClaimInput, { description: 'The correction.' }) input: CorrectClaimInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return payload('claim', this.service.correct(ctx, input, payloadSelectionOf(info, 'claim')));
  }

  @Authorized('EDITOR')
  @Mutation(() => SetClaimRankPayload, { description: 'Ranks a claim against competing claims: PREFERRED, NORMAL or DEPRECATED, with a reason (EDITOR).' })
  setClaimRank(
    @Arg('input', () => SetClaimRankInput, { description: 'The claim, its rank and why.' }) input: SetClaimRankInput,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return payload('claim', this.service.setRank(ctx, input, payloadSelectionOf(info, 'claim')));
  }

  @Authorized('ADMIN')
  @Mutation(() => PurgeClaimPayload, {
    description: 'Erases a claim for good, with every version (ADMIN; legal erasure only): the audit log records that it was done, not what it said.',
  })
  purgeClaim(@Arg('input', () => PurgeClaimInput, { description: 'The claim and the ground for erasure.' }) input: PurgeClaimInput, @Ctx() ctx: AppContext) {
    return this.service.purge(ctx, input).then((r) => ({ purgedId: r.id, purgedAt: r.purgedAt }));
  }
}
