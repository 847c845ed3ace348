import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Node } from '../shared/interfaces';
import { Platform } from './platform.type';
import { Observation } from '../observation/observation.type';
import { Restriction } from '../restriction/restriction.type';

/** An actor's account on a platform. */
@ObjectType({ implements: [Node], simpleResolvers: true, description: "An actor's account on a platform." })
export class Account extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { nullable: true })
  handle?: string | null;

  @Field(() => Platform)
  platform: Platform;

  @Field(() => Entity)
  owner: Entity;

  @Field(() => [Observation], { description: 'Follower counts over time, oldest first.' })
  followers: Observation[];

  @Field(() => [Observation], { description: 'Every observation of the account (followers, posts, ...).' })
  observations: Observation[];

  @Field(() => [Restriction])
  restrictions: Restriction[];
}
