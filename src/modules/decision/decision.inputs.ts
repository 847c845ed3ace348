import { ArrayMaxSize, ArrayMinSize, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DatePrecision, DecisionRoleKind, DecisionStatus } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ClaimInput } from '../../claims/claim.inputs';
import { linkInputDescription, precisionDescription, propertyDescription } from '../shared/describe';

@InputType({ description: 'A decision made or being weighed.' })
export class AddDecisionInput extends ClaimInput {
  @Field(() => String, { description: propertyDescription('Decision', 'title') })
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title: string;

  @Field(() => String, { nullable: true, description: propertyDescription('Decision', 'question') })
  @MaxLength(1000)
  question?: string;

  @Field(() => DecisionStatus, { defaultValue: 'UNDER_CONSIDERATION', description: propertyDescription('Decision', 'status') })
  status: DecisionStatus;

  @Field(() => String, { nullable: true, description: propertyDescription('Decision', 'outcome') })
  @MaxLength(1000)
  outcome?: string;

  @Field(() => [ID], { description: 'Who decides.' })
  @ArrayMinSize(1, { message: 'deciderIds must name at least one decider' })
  @ArrayMaxSize(20)
  deciderIds: string[];

  @Field(() => [ID], { defaultValue: [], description: linkInputDescription('Decision', 'concernsIds') })
  @ArrayMaxSize(50)
  concernsIds: string[];

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Decision', 'openedAt') })
  openedAt?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('openedAt') })
  openedAtPrecision?: DatePrecision;

  @Field(() => String, { nullable: true, description: propertyDescription('Decision', 'expectedBy') })
  @MaxLength(200)
  expectedBy?: string;

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Decision', 'decidedAt') })
  decidedAt?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('decidedAt') })
  decidedAtPrecision?: DatePrecision;
}

@InputType({ description: 'The part an actor plays in a decision.' })
export class AddDecisionRoleInput extends ClaimInput {
  @Field(() => ID, { description: linkInputDescription('DecisionRole', 'actorId') })
  actorId: string;

  @Field(() => ID, { description: linkInputDescription('DecisionRole', 'decisionId') })
  decisionId: string;

  @Field(() => DecisionRoleKind, { description: propertyDescription('DecisionRole', 'role') })
  role: DecisionRoleKind;
}

@InputType({ description: 'Where a decision stood from a date on (`validFrom`, required): it holds until the next state begins.' })
export class AddDecisionStateInput extends ClaimInput {
  @Field(() => ID, { description: linkInputDescription('DecisionState', 'decisionId') })
  decisionId: string;

  @Field(() => DecisionStatus, { description: propertyDescription('DecisionState', 'status') })
  status: DecisionStatus;
}
