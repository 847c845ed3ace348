import type { AppContext } from '../../context';
import { Injectable } from '../../container';
import type { Connection, FieldSelection, PageArgs } from '../../projection';
import { active, claimDateKey, claimPointSpan, overlaps } from '../shared/cypherHelpers';
import type { IdFilterArgument } from '../shared/args';

/** Filters of the payments list. */
export interface PaymentFilter {
  payer: IdFilterArgument;
  payee: IdFilterArgument;
  from?: string | null;
  to?: string | null;
}

/** The Cypher behind payments. */
@Injectable()
export class PaymentRepository {
  byId(ctx: AppContext, id: string, selection: FieldSelection) {
    return ctx.reader.one(selection, 'Payment', (q) => `MATCH (n:Payment {id: ${q.param(id)}}) WHERE ${active('n')}`);
  }

  /** Anchored on the payer, else the payee, so that a filter is an index seek; by the model's date, then id. */
  page(ctx: AppContext, filter: PaymentFilter, page: PageArgs, selection: FieldSelection): Promise<Connection> {
    return ctx.reader.connection(
      selection,
      'Payment',
      (q) => ({
        match: (w) => {
          const where = [active(w, q)];
          const item = `(${w}:Payment)`;
          let root = item;
          if (filter.payer.value) root = `(:Entity {id: ${q.param(filter.payer.value)}})-[:PAID_IN]->${item}`;
          if (filter.payee.value) {
            const payee = `(:Entity {id: ${q.param(filter.payee.value)}})`;
            if (filter.payer.value) where.push(`EXISTS { MATCH (${w})-[:PAID_TO]->${payee} }`);
            else root = `${item}-[:PAID_TO]->${payee}`;
          }
          where.push(overlaps(q, claimPointSpan('Payment', w), filter.from, filter.to));
          return `${root} WHERE ${where.join(' AND ')}`;
        },
        sortKey: (w) => [claimDateKey('Payment', w), `${w}.id`],
      }),
      page,
      Object.fromEntries([
        [filter.payer.argument, filter.payer.value],
        [filter.payee.argument, filter.payee.value],
      ]),
    );
  }
}
