import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../shared/interfaces';
import { connectionType } from '../../graphql/connectionType';
import { LobbyingEffort } from '../lobbying/lobbyingEffort.type';
import { Platform } from '../platform/platform.type';
import { Account } from '../platform/account.type';
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

  @Field(() => [Organization], { description: 'Teams and groups inside this organization.' })
  units: Organization[];

  // roles(asOf) and decisions(status) take arguments: declared in OrganizationResolver.

  @Field(() => [LobbyingEffort], { description: 'Efforts in which this organization lobbied.' })
  lobbying: LobbyingEffort[];

  @Field(() => [LobbyingEffort], { description: 'Efforts that targeted this organization.' })
  lobbiedBy: LobbyingEffort[];

  @Field(() => [Platform], { description: 'Platforms this organization operates.' })
  platforms: Platform[];

  @Field(() => [Account], { description: 'Its accounts on platforms.' })
  accounts: Account[];

  /** Fields with arguments, declared in OrganizationResolver (here for the projection spec's type). */
  roles?: Role[];
  decisions?: Decision[];
  statements?: InstanceType<typeof StatementConnection>;
}

/** A page of organizations. */
export const OrganizationConnection = connectionType(() => Organization, 'Organization');
