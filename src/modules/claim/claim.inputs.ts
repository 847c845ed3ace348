import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'The claim to retract, and why.' })
export class RetractClaimInput {
  @Field(() => ID, { description: 'The id of the claim to retract.' })
  id: string;

  @Field(() => String, { description: 'Why it is retracted, in 3 to 1000 characters; kept with the claim.' })
  reason: string;
}
