import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../context';
import { selectionOf } from '../../projection';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import { Claim } from '../shared/interfaces';
import { ClaimService } from './claim.service';

/** What every claim shares: retraction. */
@Resolver()
export class ClaimResolver {
  constructor(private readonly service: ClaimService) {}

  @Authorized('ADMIN')
  @Mutation(() => Claim, { description: 'Retracts a claim (ADMIN): kept and visible by id and in the audit log, hidden from lists, paths and timelines.' })
  retractClaim(
    @Arg('id', () => ID, { description: 'The id of the claim to retract.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is retracted; kept with the claim.' }) reason: string,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.retract(ctx, id, reason, selectionOf(info));
  }
}
