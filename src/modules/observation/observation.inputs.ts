import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { BOUND, OBSERVATION_METRIC } from '../../model';
import { DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { OneOf } from '../../graphql/validators';
import { ClaimInput } from '../../claims/claim.inputs';

@InputType({ description: 'A measured figure at a date.' })
export class AddObservationInput extends ClaimInput {
  @Field(() => ID)
  subjectId: string;

  @Field(() => String)
  @OneOf(OBSERVATION_METRIC, 'metric')
  metric: string;

  @Field(() => Float)
  @Min(-1e15)
  @Max(1e15)
  value: number;

  @Field(() => Boolean, { defaultValue: false })
  approximate: boolean;

  @Field(() => String, { nullable: true })
  @OneOf(BOUND, 'bound')
  bound?: string;

  @Field(() => DateScalar, { nullable: true })
  observedAt?: string;

  @Field(() => DatePrecision, { nullable: true })
  observedAtPrecision?: DatePrecision;
}
