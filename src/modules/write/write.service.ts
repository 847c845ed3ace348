import { randomUUID } from 'node:crypto';
import { requireRole } from '../../auth';
import type { AppContext } from '../../context';
import { BadUserInputError, ConflictError } from '../../errors';
import { randomSuffix, slugify } from '../../lib/slug';
import type { FieldSelection } from '../../projection';
import type { ClaimPlan } from '../../claims/claimWriter';
import { claimType, type ClaimLabel } from '../../model';
import type {
  AddDecisionInput,
  AddDecisionRoleInput,
  AddLobbyingEffortInput,
  AddObservationInput,
  AddOwnershipInput,
  AddRestrictionInput,
  AddRoleInput,
  AddStatementInput,
  ClaimInput,
  CreateAccountInput,
  CreateEventInput,
  CreateOrganizationInput,
  CreatePersonInput,
  CreatePlatformInput,
  SourceInput,
  UpdateEntityInput,
} from './write.inputs';
import { WriteRepository, type EntityLabel, type EntityPlan } from './write.repository';

/**
 * The rules of writing: who may (EDITOR for facts, ADMIN for merges, retractions and the audit log), what is valid
 * beyond the field rules (evidence with exactly one source, dates on the first day of their period, periods in
 * order), NFC text, and the ids of new nodes. Each method is one transaction in the repository.
 */
export class WriteService {
  private readonly repository: WriteRepository;

  constructor(private readonly context: AppContext) {
    this.repository = new WriteRepository(context.db, { keyId: context.caller.keyId, requestId: context.requestId }, context.config.limits.maxPageSize);
  }

  // ---------------------------------------------------------------- entities

  createPerson(input: CreatePersonInput, selection: FieldSelection) {
    return this.createEntity('Person', 'createPerson', input, {}, selection);
  }

  createOrganization(input: CreateOrganizationInput, selection: FieldSelection) {
    return this.createEntity('Organization', 'createOrganization', input, { kind: input.kind, partOfId: input.partOfId }, selection);
  }

  createPlatform(input: CreatePlatformInput, selection: FieldSelection) {
    return this.createEntity('Platform', 'createPlatform', input, { operatorId: input.operatorId }, selection);
  }

  updateEntity(id: string, input: UpdateEntityInput, selection: FieldSelection) {
    requireRole(this.context.caller, 'EDITOR', 'Updating an entity');
    const changes: Record<string, unknown> = {};
    if (input.name !== undefined && input.name !== null) changes.name = nfc(input.name);
    if (input.aliases) changes.aliases = unique(input.aliases.map(nfc));
    if (input.description !== undefined && input.description !== null) changes.description = nfc(input.description);
    if (input.wikidataId) changes.wikidataId = input.wikidataId;
    if (input.kind) changes.kind = input.kind;
    if (Object.keys(changes).length === 0) throw new BadUserInputError('Nothing to change: give at least one field.', 'input');
    return this.repository.updateEntity(id, changes, 'updateEntity', selection);
  }

  createAccount(input: CreateAccountInput, selection: FieldSelection) {
    requireRole(this.context.caller, 'EDITOR', 'Creating an account');
    const id = input.id ?? `account-${slugify(input.handle ?? input.ownerId, 40)}-${randomSuffix(6)}`;
    return this.repository.createAccount(id, input.ownerId, input.platformId, input.handle ? nfc(input.handle) : null, selection);
  }

  createEvent(input: CreateEventInput, selection: FieldSelection) {
    requireRole(this.context.caller, 'EDITOR', 'Creating an event');
    checkDate(input.date, input.datePrecision, 'input.date');
    const id = input.id ?? `${slugify(input.name, 50)}-${randomSuffix(6)}`;
    const props = { name: nfc(input.name), description: input.description ? nfc(input.description) : null, datePrecision: input.datePrecision ?? (input.date ? 'DAY' : null) };
    return this.repository.createEvent(id, props, input.date ?? null, selection);
  }

  createSource(input: SourceInput, selection: FieldSelection) {
    requireRole(this.context.caller, 'EDITOR', 'Creating a source');
    checkDate(input.publishedAt, input.publishedAtPrecision, 'input.publishedAt');
    const id = input.id ?? `source-${slugify(input.title, 50)}-${randomSuffix(6)}`;
    return this.repository.createSource({ ...input, title: nfc(input.title) }, id, selection);
  }

  // ---------------------------------------------------------------- claims

  addRole(input: AddRoleInput, selection: FieldSelection) {
    const kind = input.kind ?? null;
    return this.addClaim('Role', 'addRole', input, selection, {
      props: { title: nfc(input.title), kind },
      ends: { HOLDS: [input.holderId], AT: [input.organizationId] },
    });
  }

  addStatement(input: AddStatementInput, selection: FieldSelection) {
    checkDate(input.saidAt, input.saidAtPrecision, 'input.saidAt');
    return this.addClaim('Statement', 'addStatement', input, selection, {
      props: {
        text: nfc(input.text),
        language: input.language,
        originalLanguage: input.originalLanguage ?? null,
        isDirectQuote: input.isDirectQuote ?? null,
        medium: input.medium ?? null,
        saidAtPrecision: input.saidAtPrecision ?? (input.saidAt ? 'DAY' : null),
      },
      dates: { saidAt: input.saidAt },
      ends: { MADE: input.speakerIds, ABOUT: input.aboutIds },
    });
  }

  addDecision(input: AddDecisionInput, selection: FieldSelection) {
    checkDate(input.openedAt, input.openedAtPrecision, 'input.openedAt');
    checkDate(input.decidedAt, input.decidedAtPrecision, 'input.decidedAt');
    return this.addClaim('Decision', 'addDecision', input, selection, {
      props: {
        title: nfc(input.title),
        question: input.question ? nfc(input.question) : null,
        status: input.status,
        outcome: input.outcome ? nfc(input.outcome) : null,
        expectedBy: input.expectedBy ? nfc(input.expectedBy) : null,
        openedAtPrecision: input.openedAtPrecision ?? (input.openedAt ? 'DAY' : null),
        decidedAtPrecision: input.decidedAtPrecision ?? (input.decidedAt ? 'DAY' : null),
      },
      dates: { openedAt: input.openedAt, decidedAt: input.decidedAt },
      ends: { DECIDED_BY: input.deciderIds, CONCERNS: input.concernsIds },
    });
  }

  addDecisionRole(input: AddDecisionRoleInput, selection: FieldSelection) {
    return this.addClaim('DecisionRole', 'addDecisionRole', input, selection, {
      props: { role: input.role },
      ends: { PLAYS: [input.actorId], IN: [input.decisionId] },
    });
  }

  addLobbyingEffort(input: AddLobbyingEffortInput, selection: FieldSelection) {
    checkDate(input.date, input.datePrecision, 'input.date');
    const stance = input.stance ?? null;
    return this.addClaim('LobbyingEffort', 'addLobbyingEffort', input, selection, {
      props: {
        stance,
        method: input.method,
        desiredOutcome: input.desiredOutcome ? nfc(input.desiredOutcome) : null,
        datePrecision: input.datePrecision ?? (input.date ? 'DAY' : null),
      },
      dates: { date: input.date },
      ends: {
        LOBBIED_IN: input.lobbyistIds,
        TARGETED: input.targetIds,
        REGARDING: input.regardingIds,
        ON_BEHALF_OF: input.onBehalfOfIds,
        INCLUDES: input.statementIds,
      },
    });
  }

  addRestriction(input: AddRestrictionInput, selection: FieldSelection) {
    return this.addClaim('Restriction', 'addRestriction', input, selection, {
      props: { kind: input.kind, reason: input.reason ? nfc(input.reason) : null, duration: input.duration ?? null },
      ends: {
        IMPOSED: [input.imposedById],
        RESTRICTS: [input.subjectId],
        IN_RESPONSE_TO: input.inResponseToId ? [input.inResponseToId] : [],
        LIFTED_BY: input.liftedById ? [input.liftedById] : [],
      },
    });
  }

  addObservation(input: AddObservationInput, selection: FieldSelection) {
    checkDate(input.observedAt, input.observedAtPrecision, 'input.observedAt');
    return this.addClaim('Observation', 'addObservation', input, selection, {
      props: {
        metric: input.metric,
        value: input.value,
        approximate: input.approximate ?? false,
        bound: input.bound ?? 'EXACT',
        observedAtPrecision: input.observedAtPrecision ?? (input.observedAt ? 'DAY' : null),
      },
      dates: { observedAt: input.observedAt },
      ends: { OBSERVED_ON: [input.subjectId] },
    });
  }

  addOwnership(input: AddOwnershipInput, selection: FieldSelection) {
    return this.addClaim('Ownership', 'addOwnership', input, selection, {
      props: { share: input.share ?? null },
      ends: { OWNS: [input.ownerId], OF: [input.ownedId] },
    });
  }

  // ---------------------------------------------------------------- admin

  retractClaim(id: string, reason: string, selection: FieldSelection) {
    requireRole(this.context.caller, 'ADMIN', 'Retracting a claim');
    if (reason.trim().length < 3 || reason.length > 1000) throw new BadUserInputError('Argument "reason" must say why, in 3 to 1000 characters.', 'reason');
    return this.repository.retractClaim(id, nfc(reason), selection);
  }

  mergeEntities(keepId: string, mergeId: string, selection: FieldSelection) {
    requireRole(this.context.caller, 'ADMIN', 'Merging entities');
    if (keepId === mergeId) throw new BadUserInputError('Arguments "keepId" and "mergeId" name the same entity.', 'mergeId');
    return this.repository.mergeEntities(keepId, mergeId, selection);
  }

  changes(since: string, first: number) {
    requireRole(this.context.caller, 'ADMIN', 'Reading the audit log');
    if (!Number.isInteger(first) || first < 1 || first > 1000) throw new BadUserInputError('Argument "first" must be a whole number from 1 to 1000.', 'first');
    return this.repository.changesSince(since, first);
  }

  // ---------------------------------------------------------------- shared

  private async createEntity(
    label: EntityLabel,
    operation: string,
    input: CreatePersonInput,
    extra: { kind?: string; partOfId?: string; operatorId?: string },
    selection: FieldSelection,
  ) {
    requireRole(this.context.caller, 'EDITOR', `Creating a ${label.toLowerCase()}`);
    const name = nfc(input.name).trim();
    const plan: EntityPlan = {
      label,
      id: input.id ?? slugify(name),
      props: {
        name,
        aliases: unique((input.aliases ?? []).map((a) => nfc(a).trim())),
        description: input.description ? nfc(input.description) : null,
        wikidataId: input.wikidataId ?? null,
        ...(extra.kind ? { kind: extra.kind } : {}),
      },
      partOfId: extra.partOfId,
      operatorId: extra.operatorId,
    };
    if (input.id) return this.repository.createEntity(plan, operation, selection, true);
    // A generated id may be taken (two people with one name): try the plain slug, then with a suffix.
    try {
      return await this.repository.createEntity(plan, operation, selection, false);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      return this.repository.createEntity({ ...plan, id: `${plan.id}-${randomSuffix(6)}` }, operation, selection, false);
    }
  }

  private addClaim(
    label: ClaimLabel,
    operation: string,
    input: ClaimInput,
    selection: FieldSelection,
    parts: { props: Record<string, unknown>; dates?: Record<string, string | undefined>; ends: Record<string, readonly string[]> },
  ) {
    requireRole(this.context.caller, 'EDITOR', `Adding a ${label}`);
    checkDate(input.validFrom, input.validFromPrecision, 'input.validFrom');
    checkDate(input.validTo, input.validToPrecision, 'input.validTo');
    if (input.validFrom && input.validTo && input.validFrom > input.validTo) {
      throw new BadUserInputError('Field "input.validTo" is before "input.validFrom".', 'input.validTo');
    }
    checkEvidence(input);
    const id = input.id ?? `${slugify(label, 20)}-${randomUUID().slice(0, 12)}`;
    const plan: ClaimPlan = {
      claim: claimType(label),
      id,
      props: {
        ...parts.props,
        confidence: input.confidence ?? null,
        validFromPrecision: input.validFromPrecision ?? (input.validFrom ? 'DAY' : null),
        validToPrecision: input.validToPrecision ?? (input.validTo ? 'DAY' : null),
        createdBy: this.context.caller.keyId,
      },
      dates: { validFrom: input.validFrom, validTo: input.validTo, ...(parts.dates ?? {}) },
      ends: parts.ends,
      evidence: input.evidence.map((e) => ({ ...e, quote: nfc(e.quote), source: e.source ? { ...e.source, title: nfc(e.source.title) } : undefined })),
      marker: `${this.context.requestId}-${randomUUID()}`,
    };
    return this.repository.addClaim(plan, operation, selection);
  }
}

/** Exactly one of sourceId and source in each piece of evidence. */
function checkEvidence(input: ClaimInput): void {
  input.evidence.forEach((evidence, i) => {
    if (Boolean(evidence.sourceId) === Boolean(evidence.source)) {
      throw new BadUserInputError(`Field "input.evidence[${i}]": give exactly one of sourceId (an existing source) and source (a new one).`, `input.evidence[${i}]`);
    }
  });
}

/** A date known to a month or a year is stored as the first day of that period. */
function checkDate(date: string | null | undefined, precision: string | null | undefined, field: string): void {
  if (!date) {
    if (precision) throw new BadUserInputError(`Field "${field}Precision" is given without "${field}".`, `${field}Precision`);
    return;
  }
  if (precision === 'MONTH' && !date.endsWith('-01')) throw new BadUserInputError(`Field "${field}": a MONTH date is the first day of its month (YYYY-MM-01).`, field);
  if (precision === 'YEAR' && !date.endsWith('-01-01')) throw new BadUserInputError(`Field "${field}": a YEAR date is the first day of its year (YYYY-01-01).`, field);
}

function nfc(text: string): string {
  return text.normalize('NFC');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
