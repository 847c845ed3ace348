import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkPeriod } from '../shared/args';
import { LobbyingRepository, type LobbyingFilter } from './lobbying.repository';
import { ClaimService } from '../claim/claim.service';
import { checkDate, nfc } from '../shared/args';
import type { AddLobbyingEffortInput } from './lobbying.inputs';

/** The rules of reading lobbying efforts. */
@Injectable()
export class LobbyingService {
  constructor(
    private readonly repository: LobbyingRepository,
    private readonly claims: ClaimService,
  ) {}

  page(ctx: AppContext, filter: LobbyingFilter, page: PageArgs, selection: FieldSelection) {
    checkId(filter.lobbyist.value, filter.lobbyist.argument);
    checkId(filter.target.value, filter.target.argument);
    checkId(filter.regarding.value, filter.regarding.argument);
    checkPeriod(filter.from, filter.to);
    return this.repository.page(ctx, filter, page, selection);
  }

  add(ctx: AppContext, input: AddLobbyingEffortInput, selection: FieldSelection) {
    checkDate(input.date, input.datePrecision, 'input.date');
    return this.claims.add(ctx, 'LobbyingEffort', 'addLobbyingEffort', input, selection, {
      props: {
        stance: input.stance ?? null,
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
}
