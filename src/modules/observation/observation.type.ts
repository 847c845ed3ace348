import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Node } from '../shared/interfaces';
import { Bound, DatePrecision, ObservationMetric } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ID_DESCRIPTION, linkDescription, precisionDescription, propertyDescription } from '../shared/describe';
import { connectionType } from '../../graphql/connectionType';

/** A measured figure at a date: followers, ad spend. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'A measured figure at a date.' })
export class Observation extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => ObservationMetric, { description: 'What was measured.' })
  metric: ObservationMetric;

  @Field(() => Number, { description: propertyDescription('Observation', 'value') })
  value: number;

  @Field(() => Boolean, { description: propertyDescription('Observation', 'approximate') })
  approximate: boolean;

  @Field(() => Bound, { nullable: true, description: 'How the figure bounds the truth: "millions" is AT_LEAST 1000000.' })
  bound?: Bound | null;

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Observation', 'observedAt') })
  observedAt?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('observedAt') })
  observedAtPrecision?: DatePrecision | null;

  @Field(() => Node, { description: linkDescription('Observation', 'subject') })
  subject: Node;
}

/** A page of observations. */
export const ObservationConnection = connectionType(() => Observation, 'Observation');
