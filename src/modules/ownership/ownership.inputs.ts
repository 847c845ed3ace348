import { Max, Min } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ClaimInput } from '../../claims/claim.inputs';

@InputType({ description: 'Who owns what.' })
export class AddOwnershipInput extends ClaimInput {
  @Field(() => ID)
  ownerId: string;

  @Field(() => ID)
  ownedId: string;

  @Field(() => Float, { nullable: true })
  @Min(0)
  @Max(1)
  share?: number;
}
