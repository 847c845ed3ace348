import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../shared/interfaces';
import { DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';

/** Something that happened on a date: the 6 January 2021 attack on the U.S. Capitol. */
@ObjectType({ implements: [Node], simpleResolvers: true, description: 'Something that happened on a date.' })
export class Event extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  name: string;

  @Field(() => DateScalar, { nullable: true })
  date?: string | null;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
