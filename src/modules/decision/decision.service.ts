import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkPeriod } from '../shared/args';
import { DecisionRepository, type DecisionFilter } from './decision.repository';
import { ClaimService } from '../claim/claim.service';
import { checkDate, nfc } from '../shared/args';
import type { AddDecisionInput, AddDecisionRoleInput, AddDecisionStateInput } from './decision.inputs';
import { BadUserInputError } from '../../errors';

/** The rules of reading decisions. */
@Injectable()
export class DecisionService {
  constructor(
    private readonly repository: DecisionRepository,
    private readonly claims: ClaimService,
  ) {}

  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(ctx, id, selection);
  }

  page(ctx: AppContext, filter: DecisionFilter, page: PageArgs, selection: FieldSelection) {
    checkId(filter.decidedBy.value, filter.decidedBy.argument);
    checkId(filter.participant.value, filter.participant.argument);
    checkId(filter.concerns.value, filter.concerns.argument);
    checkPeriod(filter.from, filter.to);
    return this.repository.page(ctx, filter, page, selection);
  }

  add(ctx: AppContext, input: AddDecisionInput, selection: FieldSelection) {
    checkDate(input.openedAt, input.openedAtPrecision, 'input.openedAt');
    checkDate(input.decidedAt, input.decidedAtPrecision, 'input.decidedAt');
    return this.claims.add(ctx, 'Decision', 'addDecision', input, selection, {
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

  addRole(ctx: AppContext, input: AddDecisionRoleInput, selection: FieldSelection) {
    return this.claims.add(ctx, 'DecisionRole', 'addDecisionRole', input, selection, {
      props: { role: input.role },
      ends: { PLAYS: [input.actorId], IN: [input.decisionId] },
    });
  }

  /** A state needs its start: it holds from `validFrom` until the next state of the decision begins. */
  addState(ctx: AppContext, input: AddDecisionStateInput, selection: FieldSelection) {
    if (!input.validFrom) throw new BadUserInputError('Field "input.validFrom" is required: a state holds from that date on.', 'input.validFrom');
    return this.claims.add(ctx, 'DecisionState', 'addDecisionState', input, selection, {
      props: { status: input.status },
      ends: { STATE_OF: [input.decisionId] },
    });
  }
}
