import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection } from '../../projection';
import { ClaimService } from '../claim/claim.service';
import type { AddOwnershipInput } from './ownership.inputs';

/** The rules of writing Ownership claims; what every claim shares is the claim service's. */
@Injectable()
export class OwnershipService {
  constructor(private readonly claims: ClaimService) {}

  add(ctx: AppContext, input: AddOwnershipInput, selection: FieldSelection) {
    return this.claims.add(ctx, 'Ownership', 'addOwnership', input, selection, {
      props: { share: input.share ?? null },
      ends: { OWNS: [input.ownerId], OF: [input.ownedId] },
    });
  }
}
