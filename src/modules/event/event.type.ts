import { connectionType } from '../../graphql/connectionType';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../shared/interfaces';
import { DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ID_DESCRIPTION, precisionDescription, propertyDescription } from '../shared/describe';

/** Something that happened on a date: the 6 January 2021 attack on the U.S. Capitol. */
@ObjectType({ implements: [Node], simpleResolvers: true, description: 'Something that happened on a date.' })
export class Event extends Node {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => String, { description: propertyDescription('Event', 'name') })
  name: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it happened: the first day of its period (see `datePrecision`).' })
  date?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('date') })
  datePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: propertyDescription('Event', 'description') })
  description?: string | null;
}

/** A page of event items. */
export const EventConnection = connectionType(() => Event, 'Event');
