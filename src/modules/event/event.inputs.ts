import { Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ID_PATTERN } from '../../lib/slug';
import { DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ID_MESSAGE } from '../../graphql/validators';

@InputType({ description: 'A new event.' })
export class CreateEventInput {
  @Field(() => ID, { nullable: true })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => String)
  @Length(1, 300, { message: 'name must be 1 to 300 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision?: DatePrecision;

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  description?: string;
}
