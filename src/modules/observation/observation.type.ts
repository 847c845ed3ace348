import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Node } from '../shared/interfaces';
import { DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';

/** A measured figure at a date: followers, ad spend. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'A measured figure at a date.' })
export class Observation extends Claim {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'FOLLOWERS, AD_SPEND_USD or POSTS_SINCE_REINSTATEMENT.' })
  metric: string;

  @Field(() => Number)
  value: number;

  @Field(() => Boolean)
  approximate: boolean;

  @Field(() => String, { nullable: true, description: 'EXACT, AT_LEAST or AT_MOST: "millions" is AT_LEAST 1000000.' })
  bound?: string | null;

  @Field(() => DateScalar, { nullable: true })
  observedAt?: string | null;

  @Field(() => DatePrecision, { nullable: true })
  observedAtPrecision?: DatePrecision | null;

  @Field(() => Node)
  subject: Node;
}
