import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Node } from '../shared/interfaces';
import { DecisionStatus } from '../../graphql/enums';
import { ID_DESCRIPTION, linkDescription, propertyDescription } from '../shared/describe';
import { Decision } from './decision.type';

/**
 * Where a decision stood from a date on (the model's `DecisionState`). Its `validTo` is the `validFrom` of the next
 * state of the same decision: a later source adds a state, it never closes or overwrites an earlier one.
 */
@ObjectType({
  implements: [Claim, Node],
  simpleResolvers: true,
  description: 'Where a decision stood from `validFrom` on, until the next state of the same decision (its `validTo`).',
})
export class DecisionState extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => DecisionStatus, { description: propertyDescription('DecisionState', 'status') })
  status: DecisionStatus;

  @Field(() => Decision, { description: linkDescription('DecisionState', 'decision') })
  decision: Decision;
}
