import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { connectionType } from '../../graphql/connectionType';
import { Bound, DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ID_DESCRIPTION, precisionDescription } from '../shared/describe';

/** Money paid by one actor to another (the model's `Payment`, FollowTheMoney's Payment). */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'Money paid by one actor to another: how much, in which currency, for what.' })
export class Payment extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => Float, { nullable: true, description: 'The amount paid, in `currency`; with `bound`, a floor or a ceiling.' })
  amount?: number | null;

  @Field(() => Bound, { description: 'How the amount bounds the truth: "millions" is AT_LEAST 1000000.' })
  bound: Bound;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code: USD, EUR, ...' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'What the money paid for, as the source says.' })
  purpose?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When it was paid (or the start of the period it was paid over).' })
  date?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('date') })
  datePrecision?: DatePrecision | null;

  @Field(() => Entity, { description: 'Who paid.' })
  payer: Entity;

  @Field(() => Entity, { description: 'Who was paid.' })
  payee: Entity;
}

/** A page of payments. */
export const PaymentConnection = connectionType(() => Payment, 'Payment');
