import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkPeriod } from '../shared/args';
import { LobbyingRepository, type LobbyingFilter } from './lobbying.repository';

/** The rules of reading lobbying efforts. */
@Injectable()
export class LobbyingService {
  constructor(private readonly repository: LobbyingRepository) {}

  page(ctx: AppContext, filter: LobbyingFilter, page: PageArgs, selection: FieldSelection) {
    checkId(filter.lobbyist, 'lobbyist');
    checkId(filter.target, 'target');
    checkId(filter.regarding, 'regarding');
    checkPeriod(filter.from, filter.to);
    return this.repository.page(ctx, filter, page, selection);
  }
}
