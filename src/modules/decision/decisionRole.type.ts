import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { Decision } from './decision.type';
import { DecisionRoleKind } from '../../graphql/enums';
import { ID_DESCRIPTION, linkDescription } from '../shared/describe';
import { connectionType } from '../../graphql/connectionType';

/** The part an actor plays in a decision: decision maker, overseer, deliberating body, adviser, spokesperson. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'The part an actor plays in a decision.' })
export class DecisionRole extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => DecisionRoleKind, { description: 'The part the actor plays.' })
  role: DecisionRoleKind;

  @Field(() => Entity, { description: linkDescription('DecisionRole', 'actor') })
  actor: Entity;

  @Field(() => Decision, { description: linkDescription('DecisionRole', 'decision') })
  decision: Decision;
}

/** A page of decision roles. */
export const DecisionRoleConnection = connectionType(() => DecisionRole, 'DecisionRole');
