import { Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ClaimInput } from '../../claims/claim.inputs';
import { RoleKind } from '../../graphql/enums';
import { linkInputDescription, propertyDescription } from '../shared/describe';

@InputType({ description: 'Who held which position where.' })
export class AddRoleInput extends ClaimInput {
  @Field(() => ID, { description: 'The person (or team) holding the role.' })
  holderId: string;

  @Field(() => ID, { description: linkInputDescription('Role', 'organizationId') })
  organizationId: string;

  @Field(() => String, { description: propertyDescription('Role', 'title') })
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title: string;

  @Field(() => RoleKind, { nullable: true, description: propertyDescription('Role', 'kind') })
  kind?: RoleKind;
}
