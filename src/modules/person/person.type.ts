import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../shared/interfaces';
import { connectionType } from '../../graphql/connectionType';
import { Role } from '../role/role.type';
import { StatementConnection } from '../statement/statement.type';
import { DecisionRole } from '../decision/decisionRole.type';
import { LobbyingEffort } from '../lobbying/lobbyingEffort.type';
import { Account } from '../platform/account.type';
import { propertyDescription } from '../shared/describe';

/** A human being. */
@ObjectType({ implements: [Entity, Node], simpleResolvers: true, description: 'A human being.' })
export class Person extends Entity {
  @Field(() => String, { nullable: true, description: propertyDescription('Entity', 'wikidataId') })
  wikidataId?: string | null;

  // roles(asOf) and statements(first, after) take arguments: declared in PersonResolver.

  @Field(() => [DecisionRole], { description: 'What decisions this person took part in, and how.' })
  decisionRoles: DecisionRole[];

  @Field(() => [LobbyingEffort], { description: 'Efforts in which this person lobbied.' })
  lobbying: LobbyingEffort[];

  @Field(() => [LobbyingEffort], { description: 'Efforts that targeted this person.' })
  lobbiedBy: LobbyingEffort[];

  @Field(() => [Account], { description: 'Their accounts on platforms.' })
  accounts: Account[];

  roles?: Role[];
  statements?: InstanceType<typeof StatementConnection>;
}

/** A page of people. */
export const PersonConnection = connectionType(() => Person, 'Person');
