import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection } from '../../projection';
import { ClaimService } from '../claim/claim.service';
import { nfc } from '../shared/args';
import type { AddRestrictionInput } from './restriction.inputs';

/** The rules of writing Restriction claims; what every claim shares is the claim service's. */
@Injectable()
export class RestrictionService {
  constructor(private readonly claims: ClaimService) {}

  add(ctx: AppContext, input: AddRestrictionInput, selection: FieldSelection) {
    return this.claims.add(ctx, 'Restriction', 'addRestriction', input, selection, {
      props: { kind: input.kind, reason: input.reason ? nfc(input.reason) : null, duration: input.duration ?? null },
      ends: {
        IMPOSED: [input.imposedById],
        RESTRICTS: [input.subjectId],
        IN_RESPONSE_TO: input.inResponseToId ? [input.inResponseToId] : [],
        LIFTED_BY: input.liftedById ? [input.liftedById] : [],
      },
    });
  }
}
