import { connectionType } from '../../graphql/connectionType';
import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { ID_DESCRIPTION, linkDescription } from '../shared/describe';

/** Who owns what, and how much of it. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'Who owns what.' })
export class Ownership extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => Number, { nullable: true, description: 'The share owned, 0..1; null when unknown.' })
  share?: number | null;

  @Field(() => Entity, { description: linkDescription('Ownership', 'owner') })
  owner: Entity;

  @Field(() => Entity, { description: linkDescription('Ownership', 'owned') })
  owned: Entity;
}

/** A page of ownership items. */
export const OwnershipConnection = connectionType(() => Ownership, 'Ownership');
