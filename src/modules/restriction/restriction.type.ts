import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { Event } from '../event/event.type';
import { Decision } from '../decision/decision.type';
import { RestrictionKind } from '../../graphql/enums';
import { ID_DESCRIPTION, linkDescription, propertyDescription } from '../shared/describe';
import { connectionType } from '../../graphql/connectionType';

/** A suspension, ban or removal of an account or person by a platform's operator. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'A suspension, ban or removal.' })
export class Restriction extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => RestrictionKind, { description: 'What the restriction did.' })
  kind: RestrictionKind;

  @Field(() => Node, { description: 'The account or person restricted.' })
  subject: Node;

  @Field(() => Entity, { nullable: true, description: linkDescription('Restriction', 'imposedBy') })
  imposedBy?: Entity | null;

  @Field(() => String, { nullable: true, description: propertyDescription('Restriction', 'reason') })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601 duration, e.g. P2Y.' })
  duration?: string | null;

  @Field(() => Event, { nullable: true, description: linkDescription('Restriction', 'inResponseTo') })
  inResponseTo?: Event | null;

  @Field(() => Decision, { nullable: true, description: linkDescription('Restriction', 'liftedBy') })
  liftedBy?: Decision | null;
}

/** A page of restrictions. */
export const RestrictionConnection = connectionType(() => Restriction, 'Restriction');
