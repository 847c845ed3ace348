import type { AppContext } from '../../context';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkPeriod } from '../shared/args';
import { LobbyingRepository, type LobbyingFilter } from './lobbying.repository';

/** The rules of reading lobbying efforts. */
export class LobbyingService {
  private readonly repository: LobbyingRepository;

  constructor(context: AppContext) {
    this.repository = new LobbyingRepository(context.reader);
  }

  page(filter: LobbyingFilter, page: PageArgs, selection: FieldSelection) {
    checkId(filter.lobbyist, 'lobbyist');
    checkId(filter.target, 'target');
    checkId(filter.regarding, 'regarding');
    checkPeriod(filter.from, filter.to);
    return this.repository.page(filter, page, selection);
  }
}
