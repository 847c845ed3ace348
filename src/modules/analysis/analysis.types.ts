import { Field, Int, ObjectType } from 'type-graphql';
import { connectionType } from '../../graphql/connectionType';
import { Claim, Entity, Node } from '../shared/interfaces';

/** One shared person (or organization) between an entity and another, with the claims that tie it to both. */
@ObjectType({ simpleResolvers: true, description: 'Who (or what) two entities share, with the claims on either side.' })
export class InterlockLink {
  @Field(() => Entity, { description: 'The shared person (for organizations) or organization (for people).' })
  via: Entity;

  @Field(() => [Claim], { description: 'The roles and decision roles that tie it to each side, with their evidence; at most 20.' })
  claims: Claim[];
}

/** An entity that shares people (or organizations) with the one asked about. */
@ObjectType({ simpleResolvers: true, description: 'An organization that shares people with the one asked about, or a person who shares organizations with the one asked about.' })
export class Interlock {
  @Field(() => Entity, { description: 'The other organization (or person).' })
  entity: Entity;

  @Field(() => [InterlockLink], { description: 'What the two share, by id; at most 50.' })
  shared: InterlockLink[];

  @Field(() => Int, { description: 'How many people (or organizations) the two share.' })
  sharedCount: number;
}

/** An entity linked to both of two others. */
@ObjectType({ simpleResolvers: true, description: 'A node linked to both of two entities, with the claims on either side.' })
export class CommonLink {
  @Field(() => Node, { description: 'The node linked to both.' })
  node: Node;

  @Field(() => [Claim], { description: 'The claims that link it to `a`, with their evidence; at most 20.' })
  claimsWithA: Claim[];

  @Field(() => [Claim], { description: 'The claims that link it to `b`, with their evidence; at most 20.' })
  claimsWithB: Claim[];
}

export const InterlockConnection = connectionType(() => Interlock, 'Interlock');
export const CommonLinkConnection = connectionType(() => CommonLink, 'CommonLink');
