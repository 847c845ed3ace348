import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { connectionType } from '../../graphql/connectionType';
import { DatePrecision, type DecisionStatus } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { DecisionState } from './decisionState.type';
import { Statement } from '../statement/statement.type';
import { LobbyingEffort } from '../lobbying/lobbyingEffort.type';
import { ID_DESCRIPTION, linkDescription, precisionDescription, propertyDescription } from '../shared/describe';

/** A decision someone made or is weighing: who decides, who takes part, who lobbies, what it concerns. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'A decision made or being weighed.' })
export class Decision extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => String, { description: propertyDescription('Decision', 'title') })
  title: string;

  @Field(() => String, { nullable: true, description: 'The yes-or-no question being decided; lobbying stances refer to it.' })
  question?: string | null;

  // status(asOf) takes an argument: declared in DecisionResolver.
  status?: DecisionStatus;

  @Field(() => String, { nullable: true, description: propertyDescription('Decision', 'outcome') })
  outcome?: string | null;

  @Field(() => [Entity], { description: linkDescription('Decision', 'decidedBy') })
  decidedBy: Entity[];

  @Field(() => [Node], { description: linkDescription('Decision', 'concerns') })
  concerns: Node[];

  @Field(() => [DecisionState], {
    description: 'Where the decision stood over time, oldest first: each state with its dates (it holds until the next begins) and its evidence.',
  })
  statusHistory: DecisionState[];

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Decision', 'openedAt') })
  openedAt?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('openedAt') })
  openedAtPrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: 'When the decision is expected, as the source says it.' })
  expectedBy?: string | null;

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Decision', 'decidedAt') })
  decidedAt?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('decidedAt') })
  decidedAtPrecision?: DatePrecision | null;

  @Field(() => [Statement], { description: 'Statements about this decision, oldest first.', deprecationReason: 'Use `statementsAbout`, a connection.' })
  statements: Statement[];

  @Field(() => [LobbyingEffort], { description: 'Lobbying efforts regarding this decision, oldest first.', deprecationReason: 'Use `lobbyingAbout`, a connection.' })
  lobbying: LobbyingEffort[];

  // Connections, declared in DecisionResolver (pagedFields).
  participants?: unknown;
  statementsAbout?: unknown;
  lobbyingAbout?: unknown;
}

/** A page of decisions. */
export const DecisionConnection = connectionType(() => Decision, 'Decision');
