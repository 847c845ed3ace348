import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Node } from '../shared/interfaces';
import { Platform } from './platform.type';
import { ID_DESCRIPTION, propertyDescription } from '../shared/describe';
import { connectionType } from '../../graphql/connectionType';

/** An actor's account on a platform. */
@ObjectType({ implements: [Node], simpleResolvers: true, description: "An actor's account on a platform." })
export class Account extends Node {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => String, { nullable: true, description: propertyDescription('Account', 'handle') })
  handle?: string | null;

  @Field(() => Platform, { description: 'The platform the account is on.' })
  platform: Platform;

  @Field(() => Entity, { description: 'The person or organization that holds the account.' })
  owner: Entity;

  // Connections, declared in AccountResolver (pagedFields).
  followers?: unknown;
  observations?: unknown;
  restrictions?: unknown;
}

/** A page of accounts. */
export const AccountConnection = connectionType(() => Account, 'Account');
