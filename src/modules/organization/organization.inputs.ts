import { Field, ID, InputType } from 'type-graphql';
import { ORGANIZATION_KIND } from '../../model';
import { OneOf } from '../../graphql/validators';
import { EntityInput } from '../entity/entity.inputs';

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput extends EntityInput {
  @Field(() => String)
  @OneOf(ORGANIZATION_KIND, 'kind')
  kind: string;

  @Field(() => ID, { nullable: true, description: 'The organization it is part of.' })
  partOfId?: string;
}
