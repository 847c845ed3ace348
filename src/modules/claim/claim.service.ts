import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { BadUserInputError } from '../../errors';
import { slugify } from '../../lib/slug';
import type { FieldSelection } from '../../projection';
import type { ClaimPlan } from '../../claims/claimWriter';
import type { ClaimInput } from '../../claims/claim.inputs';
import { claimType, type ClaimLabel } from '../../model';
import { checkDate, nfc } from '../shared/args';
import { ClaimRepository } from './claim.repository';

/** What a claim feature adds to the shared fields: its own properties, dates, and the ids at the end of each link. */
export interface ClaimParts {
  props: Record<string, unknown>;
  dates?: Record<string, string | undefined>;
  ends: Record<string, readonly string[]>;
}

/**
 * What every claim shares. `add` is the plumbing each claim feature's service calls with its label, operation name
 * and parts: the validity period and the evidence checked, the id chosen, the plan built and written (one
 * transaction with its audit entry). `retract` is the ADMIN retraction of any claim.
 */
@Injectable()
export class ClaimService {
  constructor(private readonly repository: ClaimRepository) {}

  add(ctx: AppContext, label: ClaimLabel, operation: string, input: ClaimInput, selection: FieldSelection, parts: ClaimParts) {
    return this.repository.add(ctx, planClaim(ctx, label, input, parts), operation, selection);
  }

  retract(ctx: AppContext, id: string, reason: string, selection: FieldSelection) {
    if (reason.trim().length < 3 || reason.length > 1000) throw new BadUserInputError('Field "input.reason" must say why, in 3 to 1000 characters.', 'input.reason');
    return this.repository.retract(ctx, id, nfc(reason), selection);
  }
}

/** The plan of a claim write, after the checks every claim input needs beyond its field rules. */
export function planClaim(ctx: AppContext, label: ClaimLabel, input: ClaimInput, parts: ClaimParts): ClaimPlan {
  checkDate(input.validFrom, input.validFromPrecision, 'input.validFrom');
  checkDate(input.validTo, input.validToPrecision, 'input.validTo');
  if (input.validFrom && input.validTo && input.validFrom > input.validTo) {
    throw new BadUserInputError('Field "input.validTo" is before "input.validFrom".', 'input.validTo');
  }
  checkEvidence(input);
  const id = input.id ?? `${slugify(label, 20)}-${randomUUID().slice(0, 12)}`;
  return {
    claim: claimType(label),
    id,
    props: {
      ...parts.props,
      confidence: input.confidence ?? null,
      validFromPrecision: input.validFromPrecision ?? (input.validFrom ? 'DAY' : null),
      validToPrecision: input.validToPrecision ?? (input.validTo ? 'DAY' : null),
      createdBy: ctx.caller.keyId,
    },
    dates: { validFrom: input.validFrom, validTo: input.validTo, ...(parts.dates ?? {}) },
    ends: parts.ends,
    evidence: input.evidence.map((e) => ({ ...e, quote: nfc(e.quote), source: e.source ? { ...e.source, title: nfc(e.source.title) } : undefined })),
    marker: `${ctx.requestId}-${randomUUID()}`,
  };
}

/** Exactly one of sourceId and source in each piece of evidence. */
function checkEvidence(input: ClaimInput): void {
  input.evidence.forEach((evidence, i) => {
    if (Boolean(evidence.sourceId) === Boolean(evidence.source)) {
      throw new BadUserInputError(`Field "input.evidence[${i}]": give exactly one of sourceId (an existing source) and source (a new one).`, `input.evidence[${i}]`);
    }
  });
}
