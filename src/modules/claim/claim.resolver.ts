import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { payloadSelectionOf } from '../../projection';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { Claim } from '../shared/interfaces';
import { ClaimService } from './claim.service';
import { payload, payloadType } from '../../graphql/payloadType';
import { RetractClaimInput } from './claim.inputs';

/** What `retractClaim` answers: the Claim it changed. */
export const RetractClaimPayload = payloadType('retractClaim', 'claim', () => Claim, 'The claim changed.');

/** What every claim shares: retraction. */
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
}
