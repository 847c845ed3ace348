import { Field, ObjectType } from 'type-graphql';
import { Entity, Node } from '../shared/interfaces';
import { Organization } from '../organization/organization.type';
import { connectionType } from '../../graphql/connectionType';

/** A product people post on: Facebook, Instagram, Twitter, Truth Social. */
@ObjectType({ implements: [Entity, Node], simpleResolvers: true, description: 'A product people post on.' })
export class Platform extends Entity {
  @Field(() => Organization, { nullable: true, description: 'The organization that operates it; null when unknown.' })
  operator?: Organization | null;

  // A connection, declared in PlatformResolver (pagedFields).
  accounts?: unknown;
}

/** A page of platforms. */
export const PlatformConnection = connectionType(() => Platform, 'Platform');
