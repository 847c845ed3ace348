import type { Feature } from '../feature';
import { paymentSpec } from './payment.projection';
import { PaymentResolver } from './payment.resolver';

export { AddPaymentInput } from './payment.inputs';
export { paymentSpec } from './payment.projection';
export { PaymentResolver } from './payment.resolver';
export { PaymentService } from './payment.service';
export { Payment, PaymentConnection } from './payment.type';

/** What the payment feature adds to the API: who paid whom (the model's `Payment`). */
export const paymentFeature: Feature = {
  resolvers: [PaymentResolver],
  specs: [paymentSpec],
};
