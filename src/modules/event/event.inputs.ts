import { Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ID_PATTERN } from '../../lib/slug';
import { DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ID_MESSAGE } from '../../graphql/validators';
import { precisionDescription, propertyDescription } from '../shared/describe';

@InputType({ description: 'A new event.' })
export class CreateEventInput {
  @Field(() => ID, { nullable: true, description: 'Your own id, so that a retried mutation does not create a duplicate.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => String, { description: propertyDescription('Event', 'name') })
  @Length(1, 300, { message: 'name must be 1 to 300 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it happened: the first day of its period (see `datePrecision`).' })
  date?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('date') })
  datePrecision?: DatePrecision;

  @Field(() => String, { nullable: true, description: propertyDescription('Event', 'description') })
  @MaxLength(2000)
  description?: string;
}
