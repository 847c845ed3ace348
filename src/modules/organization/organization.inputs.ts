import { Field, ID, InputType } from 'type-graphql';
import { EntityInput } from '../entity/entity.inputs';
import { OrganizationKind } from '../../graphql/enums';
import { propertyDescription } from '../shared/describe';

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput extends EntityInput {
  @Field(() => OrganizationKind, { description: propertyDescription('Organization', 'kind') })
  kind: OrganizationKind;

  @Field(() => ID, { nullable: true, description: 'The organization it is part of.' })
  partOfId?: string;
}
