import type { AppContext } from '../../context';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkPeriod, checkText } from '../shared/args';
import { StatementRepository, type StatementFilter } from './statement.repository';

/** The rules of reading statements. */
export class StatementService {
  private readonly repository: StatementRepository;

  constructor(context: AppContext) {
    this.repository = new StatementRepository(context.reader);
  }

  page(filter: StatementFilter, page: PageArgs, selection: FieldSelection) {
    checkId(filter.speaker, 'speaker');
    checkId(filter.about, 'about');
    checkText(filter.text, 'text');
    checkPeriod(filter.from, filter.to);
    return this.repository.page(filter, page, selection);
  }
}
