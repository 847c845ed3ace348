import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Node } from '../shared/interfaces';
import { Platform } from './platform.type';
import { Observation } from '../observation/observation.type';
import { Restriction } from '../restriction/restriction.type';
import { ID_DESCRIPTION, propertyDescription } from '../shared/describe';

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

  @Field(() => [Observation], { description: 'Follower counts over time, oldest first.' })
  followers: Observation[];

  @Field(() => [Observation], { description: 'Every observation of the account (followers, posts, ...).' })
  observations: Observation[];

  @Field(() => [Restriction], { description: 'Suspensions, bans and removals of the account.' })
  restrictions: Restriction[];
}
