import { ArrayMaxSize, ArrayMinSize, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DatePrecision, StatementMedium } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { LANGUAGE } from '../../graphql/validators';
import { ClaimInput } from '../../claims/claim.inputs';

@InputType({ description: 'Who said what, about what.' })
export class AddStatementInput extends ClaimInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'speakerIds must name at least one speaker' })
  @ArrayMaxSize(20)
  speakerIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  aboutIds: string[];

  @Field(() => String)
  @Length(1, 10000, { message: 'text must be 1 to 10000 characters' })
  text: string;

  @Field(() => String)
  @Matches(LANGUAGE, { message: 'language must be an ISO 639 code such as fr or en' })
  language: string;

  @Field(() => String, { nullable: true })
  @Matches(LANGUAGE, { message: 'originalLanguage must be an ISO 639 code such as fr or en' })
  originalLanguage?: string;

  @Field(() => Boolean, { nullable: true })
  isDirectQuote?: boolean;

  @Field(() => StatementMedium, { nullable: true })
  medium?: StatementMedium;

  @Field(() => DateScalar, { nullable: true })
  saidAt?: string;

  @Field(() => DatePrecision, { nullable: true })
  saidAtPrecision?: DatePrecision;
}
