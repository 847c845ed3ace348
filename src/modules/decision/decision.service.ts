import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import { BadUserInputError } from '../../errors';
import { DECISION_STATUS } from '../../model';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkPeriod } from '../shared/args';
import { DecisionRepository, type DecisionFilter } from './decision.repository';

/** The rules of reading decisions. */
@Injectable()
export class DecisionService {
  constructor(private readonly repository: DecisionRepository) {}

  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(ctx, id, selection);
  }

  page(ctx: AppContext, filter: DecisionFilter, page: PageArgs, selection: FieldSelection) {
    checkId(filter.decidedBy, 'decidedBy');
    checkId(filter.participant, 'participant');
    checkId(filter.concerns, 'concerns');
    checkPeriod(filter.from, filter.to);
    if (filter.status && !(DECISION_STATUS.values as readonly string[]).includes(filter.status)) {
      throw new BadUserInputError(`Argument "status" must be one of ${DECISION_STATUS.values.join(', ')}.`, 'status');
    }
    return this.repository.page(ctx, filter, page, selection);
  }
}
