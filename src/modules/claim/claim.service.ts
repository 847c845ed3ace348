import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { BadUserInputError } from '../../errors';
import { slugify } from '../../lib/slug';
import type { FieldSelection } from '../../projection';
import type { ClaimPlan } from '../../claims/claimWriter';
import type { ClaimInput, EvidenceInput } from '../../claims/claim.inputs';
import type { EvidenceValue } from '../../claims/claimWriter';
import { DATE_PRECISION, claimType, type ClaimLabel } from '../../model';
import { checkDate, checkId, checkRange, nfc } from '../shared/args';
import type { AddEvidenceInput, CorrectClaimInput, PropertyValueInput, PurgeClaimInput, SetClaimRankInput } from './claim.inputs';
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
    return this.repository.retract(ctx, id, checkReason(reason), selection);
  }

  addEvidence(ctx: AppContext, input: AddEvidenceInput, selection: FieldSelection) {
    checkEvidence({ evidence: [input.evidence] } as ClaimInput, 'input.evidence');
    return this.repository.addEvidence(ctx, input.claimId, evidenceValue(input.evidence), selection);
  }

  /** A correction: the changes are checked against the claim type's declaration in the model once its label is known. */
  correct(ctx: AppContext, input: CorrectClaimInput, selection: FieldSelection) {
    const reason = checkReason(input.reason);
    checkEvidence({ evidence: input.evidence } as ClaimInput);
    const { changes } = input;
    checkDate(changes.validFrom, changes.validFromPrecision, 'input.changes.validFrom');
    checkDate(changes.validTo, changes.validToPrecision, 'input.changes.validTo');
    if (changes.validFrom && changes.validTo && changes.validFrom > changes.validTo) {
      throw new BadUserInputError('Field "input.changes.validTo" is before "input.changes.validFrom".', 'input.changes.validTo');
    }
    const props: Record<string, unknown> = {};
    const dates: Record<string, string | null> = {};
    if (changes.validFrom !== undefined && changes.validFrom !== null) {
      dates.validFrom = changes.validFrom;
      props.validFromPrecision = changes.validFromPrecision ?? 'DAY';
    }
    if (changes.validTo !== undefined && changes.validTo !== null) {
      dates.validTo = changes.validTo;
      props.validToPrecision = changes.validToPrecision ?? 'DAY';
    }
    if (changes.confidence !== undefined && changes.confidence !== null) props.confidence = changes.confidence;
    const own = (label: ClaimLabel) => ownValues(label, changes.values);
    return this.repository.correct(ctx, input.id, { props, dates, own, reason, evidence: input.evidence.map(evidenceValue) }, selection);
  }

  setRank(ctx: AppContext, input: SetClaimRankInput, selection: FieldSelection) {
    return this.repository.setRank(ctx, input.id, input.rank, checkReason(input.reason), selection);
  }

  purge(ctx: AppContext, input: PurgeClaimInput) {
    return this.repository.purge(ctx, input.id, checkReason(input.reason));
  }

  conflicts(ctx: AppContext, entityId: string | null, first: number, selection: FieldSelection) {
    checkId(entityId, 'entityId');
    return this.repository.conflicts(ctx, entityId, checkRange(first, 'first', 1, 100), selection);
  }
}

/** A reason (retraction, correction, rank, erasure): 3 to 1000 characters, NFC. */
function checkReason(reason: string): string {
  if (reason.trim().length < 3 || reason.length > 1000) throw new BadUserInputError('Field "input.reason" must say why, in 3 to 1000 characters.', 'input.reason');
  return nfc(reason);
}

/** Evidence as the writer takes it, its texts in NFC. */
const evidenceValue = (e: EvidenceInput): EvidenceValue => ({ ...e, quote: nfc(e.quote), source: e.source ? { ...e.source, title: nfc(e.source.title) } : undefined });

/**
 * New values of a claim type's own properties, converted from text by the kind the model declares (a number, a date,
 * a value of the property's vocabulary, ...); BAD_USER_INPUT naming the value for a property the type lacks or a
 * value it cannot hold.
 */
export function ownValues(label: ClaimLabel, values: readonly PropertyValueInput[]): { props: Record<string, unknown>; dates: Record<string, string | null> } {
  const claim = claimType(label);
  const props: Record<string, unknown> = {};
  const dates: Record<string, string | null> = {};
  values.forEach(({ name, value }, i) => {
    const field = `input.changes.values[${i}]`;
    const precisionOf = claim.properties.find((p) => p.precision && `${p.name}Precision` === name);
    const def = precisionOf ? { name, kind: 'enum' as const, vocabulary: DATE_PRECISION } : claim.properties.find((p) => p.name === name);
    if (!def) throw new BadUserInputError(`Field "${field}.name": ${label} has no property "${name}".`, `${field}.name`);
    const bad = (what: string) => new BadUserInputError(`Field "${field}.value": ${name} must be ${what}; got "${value}".`, `${field}.value`);
    if (value === null || value === undefined) {
      if (def.kind === 'date') dates[name] = null;
      else props[name] = null;
      return;
    }
    switch (def.kind) {
      case 'float':
      case 'int': {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n) || (def.kind === 'int' && !Number.isInteger(n))) throw bad('a number');
        props[name] = n;
        break;
      }
      case 'boolean':
        if (value !== 'true' && value !== 'false') throw bad('true or false');
        props[name] = value === 'true';
        break;
      case 'enum':
        if (!(def.vocabulary!.values as readonly string[]).includes(value)) throw bad(`one of ${def.vocabulary!.values.join(', ')}`);
        props[name] = value;
        break;
      case 'date':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw bad('a date YYYY-MM-DD');
        dates[name] = value;
        break;
      default:
        if (value.length > 5000) throw bad('at most 5000 characters');
        props[name] = nfc(value);
    }
  });
  return { props, dates };
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
function checkEvidence(input: Pick<ClaimInput, 'evidence'>, single?: string): void {
  input.evidence.forEach((evidence, i) => {
    if (Boolean(evidence.sourceId) === Boolean(evidence.source)) {
      const at = single ?? `input.evidence[${i}]`;
      throw new BadUserInputError(`Field "${at}": give exactly one of sourceId (an existing source) and source (a new one).`, at);
    }
  });
}
