import { Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ID_PATTERN } from '../../lib/slug';
import { ID_MESSAGE } from '../../graphql/validators';
import { EntityInput } from '../entity/entity.inputs';

@InputType({ description: 'A new platform.' })
export class CreatePlatformInput extends EntityInput {
  @Field(() => ID, { nullable: true, description: 'The organization that operates it.' })
  operatorId?: string;
}

@InputType({ description: 'A new account of an actor on a platform.' })
export class CreateAccountInput {
  @Field(() => ID, { nullable: true })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => ID)
  ownerId: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => String, { nullable: true })
  @Length(1, 200, { message: 'handle must be 1 to 200 characters' })
  handle?: string;
}
