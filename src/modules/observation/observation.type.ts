import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Node } from '../shared/interfaces';
import { Bound, DatePrecision, ObservationMetric } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';

/** A measured figure at a date: followers, ad spend. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'A measured figure at a date.' })
export class Observation extends Claim {
  @Field(() => ID)
  declare id: string;

  @Field(() => ObservationMetric, { description: 'What was measured.' })
  metric: ObservationMetric;

  @Field(() => Number)
  value: number;

  @Field(() => Boolean)
  approximate: boolean;

  @Field(() => Bound, { nullable: true, description: 'How the figure bounds the truth: "millions" is AT_LEAST 1000000.' })
  bound?: Bound | null;

  @Field(() => DateScalar, { nullable: true })
  observedAt?: string | null;

  @Field(() => DatePrecision, { nullable: true })
  observedAtPrecision?: DatePrecision | null;

  @Field(() => Node)
  subject: Node;
}
