import { Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ID_PATTERN } from '../../lib/slug';
import { ID_MESSAGE } from '../../graphql/validators';
import { EntityInput } from '../entity/entity.inputs';
import { propertyDescription } from '../shared/describe';

@InputType({ description: 'A new platform.' })
export class CreatePlatformInput extends EntityInput {
  @Field(() => ID, { nullable: true, description: 'The organization that operates it.' })
  operatorId?: string;
}

@InputType({ description: 'A new account of an actor on a platform.' })
export class CreateAccountInput {
  @Field(() => ID, { nullable: true, description: 'Your own id, so that a retried mutation does not create a duplicate.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => ID, { description: 'The person or organization that holds the account, by id.' })
  ownerId: string;

  @Field(() => ID, { description: 'The platform the account is on, by id.' })
  platformId: string;

  @Field(() => String, { nullable: true, description: propertyDescription('Account', 'handle') })
  @Length(1, 200, { message: 'handle must be 1 to 200 characters' })
  handle?: string;
}
