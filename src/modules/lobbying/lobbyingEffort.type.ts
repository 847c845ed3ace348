import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { connectionType } from '../../graphql/connectionType';
import { DatePrecision, LobbyingMethod, Stance } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { Decision } from '../decision/decision.type';
import { Statement } from '../statement/statement.type';
import { ID_DESCRIPTION, linkDescription, precisionDescription, propertyDescription } from '../shared/describe';

/** Who lobbied whom, how, and for or against which decision. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'Who lobbied whom, how, and for or against which decision.' })
export class LobbyingEffort extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => [Entity], { description: linkDescription('LobbyingEffort', 'lobbyists') })
  lobbyists: Entity[];

  @Field(() => [Entity], { description: linkDescription('LobbyingEffort', 'targets') })
  targets: Entity[];

  @Field(() => [Decision], { description: linkDescription('LobbyingEffort', 'regarding') })
  regarding: Decision[];

  @Field(() => Stance, { nullable: true, description: "For or against the decision's question." })
  stance?: Stance | null;

  @Field(() => LobbyingMethod, { description: 'How the effort was made.' })
  method: LobbyingMethod;

  @Field(() => String, { nullable: true, description: propertyDescription('LobbyingEffort', 'desiredOutcome') })
  desiredOutcome?: string | null;

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('LobbyingEffort', 'date') })
  date?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('date') })
  datePrecision?: DatePrecision | null;

  @Field(() => [Statement], { description: 'The words of the effort (the letter, the public statement).' })
  statements: Statement[];

  @Field(() => [Entity], { description: 'Whom the lobbyists acted for, when not themselves.' })
  onBehalfOf: Entity[];
}

/** A page of lobbying efforts. */
export const LobbyingEffortConnection = connectionType(() => LobbyingEffort, 'LobbyingEffort');
