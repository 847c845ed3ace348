import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../shared/interfaces';
import { connectionType } from '../../graphql/connectionType';
import type { Decision } from '../decision/decision.type';
import type { Role } from '../role/role.type';
import type { StatementConnection } from '../statement/statement.type';
import { OrganizationKind } from '../../graphql/enums';
import { propertyDescription } from '../shared/describe';

/** A company, public body, legislature, media outlet, party, team or working group. */
@ObjectType({ implements: [Entity, Node], simpleResolvers: true, description: 'A company, public body, legislature, media outlet, party, team, working group or campaign.' })
export class Organization extends Entity {
  @Field(() => OrganizationKind, { description: 'What kind of organization it is.' })
  kind: OrganizationKind;

  @Field(() => String, { nullable: true, description: propertyDescription('Entity', 'wikidataId') })
  wikidataId?: string | null;

  @Field(() => Organization, { nullable: true, description: 'The organization this one is part of.' })
  partOf?: Organization | null;

  // roles(asOf) and decisions(status) take arguments: declared in OrganizationResolver.

  /** Fields with arguments, declared in OrganizationResolver (here for the projection spec's type). */
  roles?: Role[];
  decisions?: Decision[];
  statements?: InstanceType<typeof StatementConnection>;
  units?: unknown;
  lobbying?: unknown;
  lobbiedBy?: unknown;
  platforms?: unknown;
  accounts?: unknown;
}

/** A page of organizations. */
export const OrganizationConnection = connectionType(() => Organization, 'Organization');
