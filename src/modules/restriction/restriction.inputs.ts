import { Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DURATION } from '../../graphql/validators';
import { ClaimInput } from '../../claims/claim.inputs';
import { RestrictionKind } from '../../graphql/enums';
import { linkInputDescription, propertyDescription } from '../shared/describe';

@InputType({ description: 'A suspension, ban or removal.' })
export class AddRestrictionInput extends ClaimInput {
  @Field(() => ID, { description: linkInputDescription('Restriction', 'imposedById') })
  imposedById: string;

  @Field(() => ID, { description: 'The account or person restricted.' })
  subjectId: string;

  @Field(() => RestrictionKind, { description: propertyDescription('Restriction', 'kind') })
  kind: RestrictionKind;

  @Field(() => String, { nullable: true, description: propertyDescription('Restriction', 'reason') })
  @MaxLength(1000)
  reason?: string;

  @Field(() => String, { nullable: true, description: 'ISO 8601 duration, e.g. P2Y.' })
  @Matches(DURATION, { message: 'duration must be an ISO 8601 duration such as P2Y' })
  duration?: string;

  @Field(() => ID, { nullable: true, description: linkInputDescription('Restriction', 'inResponseToId') })
  inResponseToId?: string;

  @Field(() => ID, { nullable: true, description: linkInputDescription('Restriction', 'liftedById') })
  liftedById?: string;
}
