import { Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Bound, DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ClaimInput } from '../../claims/claim.inputs';
import { precisionDescription, propertyDescription } from '../shared/describe';

@InputType({ description: 'Money paid by one actor to another.' })
export class AddPaymentInput extends ClaimInput {
  @Field(() => ID, { description: 'Who paid: a person or an organization.' })
  payerId: string;

  @Field(() => ID, { description: 'Who was paid: a person or an organization.' })
  payeeId: string;

  @Field(() => Float, { description: 'The amount paid, in `currency`.' })
  @Min(0)
  @Max(1e15)
  amount: number;

  @Field(() => Bound, { nullable: true, description: 'EXACT (the default), AT_LEAST or AT_MOST: "millions" is AT_LEAST 1000000.' })
  bound?: Bound;

  @Field(() => String, { description: 'ISO 4217 code: USD, EUR, ...' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as USD or EUR' })
  currency: string;

  @Field(() => String, { nullable: true, description: 'What the money paid for, as the source says.' })
  @MaxLength(1000)
  purpose?: string;

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Payment', 'date') })
  date?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('date') })
  datePrecision?: DatePrecision;
}
