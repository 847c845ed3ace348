import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection } from '../../projection';
import { ClaimService } from '../claim/claim.service';
import { nfc } from '../shared/args';
import type { AddRoleInput } from './role.inputs';

/** The rules of writing Role claims; what every claim shares is the claim service's. */
@Injectable()
export class RoleService {
  constructor(private readonly claims: ClaimService) {}

  add(ctx: AppContext, input: AddRoleInput, selection: FieldSelection) {
    return this.claims.add(ctx, 'Role', 'addRole', input, selection, {
      props: { title: nfc(input.title), kind: input.kind ?? null },
      ends: { HOLDS: [input.holderId], AT: [input.organizationId] },
    });
  }
}
