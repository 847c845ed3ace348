import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { checkId, checkPeriod, checkText } from '../shared/args';
import { StatementRepository, type StatementFilter } from './statement.repository';
import { ClaimService } from '../claim/claim.service';
import { checkDate, nfc } from '../shared/args';
import type { AddStatementInput } from './statement.inputs';

/** The rules of reading statements. */
@Injectable()
export class StatementService {
  constructor(
    private readonly repository: StatementRepository,
    private readonly claims: ClaimService,
  ) {}

  page(ctx: AppContext, filter: StatementFilter, page: PageArgs, selection: FieldSelection) {
    checkId(filter.speaker.value, filter.speaker.argument);
    checkId(filter.about.value, filter.about.argument);
    checkText(filter.text, 'text');
    checkPeriod(filter.from, filter.to);
    return this.repository.page(ctx, filter, page, selection);
  }

  add(ctx: AppContext, input: AddStatementInput, selection: FieldSelection) {
    checkDate(input.saidAt, input.saidAtPrecision, 'input.saidAt');
    return this.claims.add(ctx, 'Statement', 'addStatement', input, selection, {
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
}
