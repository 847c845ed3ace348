import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../context';
import { listArgs } from '../../filters/listArgs';
import { idFilter, renamedIdArgument } from '../shared/args';
import { PageArgs } from '../../graphql/pageArgs';
import { DateScalar } from '../../graphql/scalars';
import { payloadSelectionOf, selectionOf } from '../../projection';
import { AddPaymentInput } from './payment.inputs';
import { PaymentService } from './payment.service';
import { Payment, PaymentConnection } from './payment.type';
import { payload, payloadType } from '../../graphql/payloadType';

/** What `addPayment` answers: the Payment it wrote. */
export const AddPaymentPayload = payloadType('addPayment', 'payment', () => Payment, 'The payment written (or the one a retry with the same id finds).');

/** Who paid whom. */
@Resolver(() => Payment)
export class PaymentResolver {
  constructor(private readonly service: PaymentService) {}

  @Query(() => Payment, { nullable: true, description: 'A payment by id; null when unknown.' })
  payment(@Arg('id', () => ID, { description: 'The id of the payment.' }) id: string, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return this.service.byId(ctx, id, selectionOf(info));
  }

  @Query(() => PaymentConnection, { description: 'Who paid whom: filter by payer, payee, period; by date, oldest first.' })
  payments(
    @Arg('payerId', () => ID, { nullable: true, description: 'Only payments by this person or organization.' }) payerId: string | null,
    @Arg('payer', () => ID, { nullable: true, description: 'Only payments by this person or organization.', deprecationReason: renamedIdArgument('payerId') }) payer: string | null,
    @Arg('payeeId', () => ID, { nullable: true, description: 'Only payments to this person or organization.' }) payeeId: string | null,
    @Arg('payee', () => ID, { nullable: true, description: 'Only payments to this person or organization.', deprecationReason: renamedIdArgument('payeeId') }) payee: string | null,
    @Arg('from', () => DateScalar, { nullable: true, description: 'Only payments that may have been made on or after this date.' }) from: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Only payments that may have been made on or before this date.' }) to: string | null,
    @Args(() => listArgs('Payment')) page: PageArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.page(ctx, { payer: idFilter(payerId, 'payerId', payer, 'payer'), payee: idFilter(payeeId, 'payeeId', payee, 'payee'), from, to }, page, selectionOf(info));
  }

  @Authorized('EDITOR')
  @Mutation(() => AddPaymentPayload, { description: 'Adds a payment with its evidence (EDITOR).' })
  addPayment(@Arg('input', () => AddPaymentInput, { description: 'The payment to add.' }) input: AddPaymentInput, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return payload('payment', this.service.add(ctx, input, payloadSelectionOf(info, 'payment')));
  }
}
