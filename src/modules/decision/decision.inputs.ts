import { ArrayMaxSize, ArrayMinSize, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DatePrecision, DecisionRoleKind, DecisionStatus } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ClaimInput } from '../../claims/claim.inputs';

@InputType({ description: 'A decision made or being weighed.' })
export class AddDecisionInput extends ClaimInput {
  @Field(() => String)
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  question?: string;

  @Field(() => DecisionStatus, { defaultValue: 'UNDER_CONSIDERATION' })
  status: DecisionStatus;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  outcome?: string;

  @Field(() => [ID], { description: 'Who decides.' })
  @ArrayMinSize(1, { message: 'deciderIds must name at least one decider' })
  @ArrayMaxSize(20)
  deciderIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  concernsIds: string[];

  @Field(() => DateScalar, { nullable: true })
  openedAt?: string;

  @Field(() => DatePrecision, { nullable: true })
  openedAtPrecision?: DatePrecision;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  expectedBy?: string;

  @Field(() => DateScalar, { nullable: true })
  decidedAt?: string;

  @Field(() => DatePrecision, { nullable: true })
  decidedAtPrecision?: DatePrecision;
}

@InputType({ description: 'The part an actor plays in a decision.' })
export class AddDecisionRoleInput extends ClaimInput {
  @Field(() => ID)
  actorId: string;

  @Field(() => ID)
  decisionId: string;

  @Field(() => DecisionRoleKind)
  role: DecisionRoleKind;
}
