import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { FieldSelection, PageArgs } from '../../projection';
import { ClaimService } from '../claim/claim.service';
import { checkDate, checkId, checkPeriod, nfc } from '../shared/args';
import type { AddPaymentInput } from './payment.inputs';
import { PaymentRepository, type PaymentFilter } from './payment.repository';

/** The rules of payments: reading them, and adding one with its evidence (its ends and PAID edge come from the model). */
@Injectable()
export class PaymentService {
  constructor(
    private readonly repository: PaymentRepository,
    private readonly claims: ClaimService,
  ) {}

  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    checkId(id, 'id');
    return this.repository.byId(ctx, id, selection);
  }

  page(ctx: AppContext, filter: PaymentFilter, page: PageArgs, selection: FieldSelection) {
    checkId(filter.payer.value, filter.payer.argument);
    checkId(filter.payee.value, filter.payee.argument);
    checkPeriod(filter.from, filter.to);
    return this.repository.page(ctx, filter, page, selection);
  }

  add(ctx: AppContext, input: AddPaymentInput, selection: FieldSelection) {
    checkDate(input.date, input.datePrecision, 'input.date');
    return this.claims.add(ctx, 'Payment', 'addPayment', input, selection, {
      props: {
        amount: input.amount,
        bound: input.bound ?? 'EXACT',
        currency: input.currency,
        purpose: input.purpose ? nfc(input.purpose) : null,
        datePrecision: input.datePrecision ?? (input.date ? 'DAY' : null),
      },
      dates: { date: input.date },
      ends: { PAID_IN: [input.payerId], PAID_TO: [input.payeeId] },
    });
  }
}
