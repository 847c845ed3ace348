import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ClaimInput } from '../../claims/claim.inputs';
import { linkInputDescription, propertyDescription } from '../shared/describe';

@InputType({ description: 'Who owns what.' })
export class AddOwnershipInput extends ClaimInput {
  @Field(() => ID, { description: linkInputDescription('Ownership', 'ownerId') })
  ownerId: string;

  @Field(() => ID, { description: linkInputDescription('Ownership', 'ownedId') })
  ownedId: string;

  @Field(() => Float, { nullable: true, description: propertyDescription('Ownership', 'share') })
  @Min(0)
  @Max(1)
  share?: number;
}
