import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Bound, DatePrecision, ObservationMetric } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ClaimInput } from '../../claims/claim.inputs';

@InputType({ description: 'A measured figure at a date.' })
export class AddObservationInput extends ClaimInput {
  @Field(() => ID)
  subjectId: string;

  @Field(() => ObservationMetric)
  metric: ObservationMetric;

  @Field(() => Float)
  @Min(-1e15)
  @Max(1e15)
  value: number;

  @Field(() => Boolean, { defaultValue: false })
  approximate: boolean;

  @Field(() => Bound, { nullable: true })
  bound?: Bound;

  @Field(() => DateScalar, { nullable: true })
  observedAt?: string;

  @Field(() => DatePrecision, { nullable: true })
  observedAtPrecision?: DatePrecision;
}
