import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { Person } from '../person/person.type';
import { Organization } from '../organization/organization.type';
import { RoleKind } from '../../graphql/enums';
import { ID_DESCRIPTION, linkDescription } from '../shared/describe';
import { connectionType } from '../../graphql/connectionType';

/** Who held which position where, and when. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'Who held which position where, and when.' })
export class Role extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => String, { description: 'The title as the source states it.' })
  title: string;

  @Field(() => RoleKind, { nullable: true, description: 'The kind of position.' })
  kind?: RoleKind | null;

  @Field(() => Person, { nullable: true, description: 'The person holding the role (null when an organization holds it: see holder).' })
  person?: Person | null;

  @Field(() => Entity, { description: 'Who holds the role: a person, or a team represented in a group.' })
  holder: Entity;

  @Field(() => Organization, { description: linkDescription('Role', 'organization') })
  organization: Organization;
}

/** A page of roles. */
export const RoleConnection = connectionType(() => Role, 'Role');
