import { claimType, readProperty } from '../../model';
import type { TypeSpec } from '../../projection';
import { claimFields, linkField } from '../shared/cypherHelpers';
import type { Payment } from './payment.type';

const bound = claimType('Payment').properties.find((p) => p.name === 'bound')!;

/** How a Payment is read from the graph: its ends over the model's links. */
export const paymentSpec: TypeSpec<Payment> = {
  name: 'Payment',
  label: 'Payment',
  implements: ['Claim', 'Node'],
  fields: {
    ...claimFields,
    amount: ({ v }) => `toFloat(${v}.amount)`,
    bound: ({ v }) => readProperty(bound, v),
    payer: linkField('Payment', 'PAID_IN', 'Entity'),
    payee: linkField('Payment', 'PAID_TO', 'Entity'),
  },
};
