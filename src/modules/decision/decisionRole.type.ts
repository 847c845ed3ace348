import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { Decision } from './decision.type';

/** The part an actor plays in a decision: decision maker, overseer, deliberating body, adviser, spokesperson. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'The part an actor plays in a decision.' })
export class DecisionRole extends Claim {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { description: 'DECISION_MAKER, OVERSEER, DELIBERATING_BODY, ADVISER or SPOKESPERSON.' })
  role: string;

  @Field(() => Entity)
  actor: Entity;

  @Field(() => Decision)
  decision: Decision;
}
