import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Bound, DatePrecision, ObservationMetric } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ClaimInput } from '../../claims/claim.inputs';
import { linkInputDescription, precisionDescription, propertyDescription } from '../shared/describe';

@InputType({ description: 'A measured figure at a date.' })
export class AddObservationInput extends ClaimInput {
  @Field(() => ID, { description: linkInputDescription('Observation', 'subjectId') })
  subjectId: string;

  @Field(() => ObservationMetric, { description: propertyDescription('Observation', 'metric') })
  metric: ObservationMetric;

  @Field(() => Float, { description: propertyDescription('Observation', 'value') })
  @Min(-1e15)
  @Max(1e15)
  value: number;

  @Field(() => Boolean, { defaultValue: false, description: propertyDescription('Observation', 'approximate') })
  approximate: boolean;

  @Field(() => Bound, { nullable: true, description: propertyDescription('Observation', 'bound') })
  bound?: Bound;

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Observation', 'observedAt') })
  observedAt?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('observedAt') })
  observedAtPrecision?: DatePrecision;
}
