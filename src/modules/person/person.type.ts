import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../shared/interfaces';
import { connectionType } from '../../graphql/connectionType';
import { Role } from '../role/role.type';
import { StatementConnection } from '../statement/statement.type';
import { propertyDescription } from '../shared/describe';

/** A human being. */
@ObjectType({ implements: [Entity, Node], simpleResolvers: true, description: 'A human being.' })
export class Person extends Entity {
  @Field(() => String, { nullable: true, description: propertyDescription('Entity', 'wikidataId') })
  wikidataId?: string | null;

  // roles(asOf) and statements(first, after) take arguments: declared in PersonResolver.

  roles?: Role[];
  statements?: InstanceType<typeof StatementConnection>;
  // Connections with arguments, declared in PersonResolver (pagedFields).
  decisionRoles?: unknown;
  lobbying?: unknown;
  lobbiedBy?: unknown;
  accounts?: unknown;
}

/** A page of people. */
export const PersonConnection = connectionType(() => Person, 'Person');
