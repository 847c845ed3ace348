import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkPeriod, checkText } from '../shared/args';
import { StatementRepository, type StatementFilter } from './statement.repository';

/** The rules of reading statements. */
@Injectable()
export class StatementService {
  constructor(private readonly repository: StatementRepository) {}

  page(ctx: AppContext, filter: StatementFilter, page: PageArgs, selection: FieldSelection) {
    checkId(filter.speaker, 'speaker');
    checkId(filter.about, 'about');
    checkText(filter.text, 'text');
    checkPeriod(filter.from, filter.to);
    return this.repository.page(ctx, filter, page, selection);
  }
}
