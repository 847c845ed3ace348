import { ArrayMaxSize, ArrayMinSize, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DatePrecision, StatementMedium } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { LANGUAGE } from '../../graphql/validators';
import { ClaimInput } from '../../claims/claim.inputs';
import { linkInputDescription, precisionDescription, propertyDescription } from '../shared/describe';

@InputType({ description: 'Who said what, about what.' })
export class AddStatementInput extends ClaimInput {
  @Field(() => [ID], { description: linkInputDescription('Statement', 'speakerIds') })
  @ArrayMinSize(1, { message: 'speakerIds must name at least one speaker' })
  @ArrayMaxSize(20)
  speakerIds: string[];

  @Field(() => [ID], { defaultValue: [], description: linkInputDescription('Statement', 'aboutIds') })
  @ArrayMaxSize(20)
  aboutIds: string[];

  @Field(() => String, { description: propertyDescription('Statement', 'text') })
  @Length(1, 10000, { message: 'text must be 1 to 10000 characters' })
  text: string;

  @Field(() => String, { description: propertyDescription('Statement', 'language') })
  @Matches(LANGUAGE, { message: 'language must be an ISO 639 code such as fr or en' })
  language: string;

  @Field(() => String, { nullable: true, description: propertyDescription('Statement', 'originalLanguage') })
  @Matches(LANGUAGE, { message: 'originalLanguage must be an ISO 639 code such as fr or en' })
  originalLanguage?: string;

  @Field(() => Boolean, { nullable: true, description: propertyDescription('Statement', 'isDirectQuote') })
  isDirectQuote?: boolean;

  @Field(() => StatementMedium, { nullable: true, description: propertyDescription('Statement', 'medium') })
  medium?: StatementMedium;

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Statement', 'saidAt') })
  saidAt?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('saidAt') })
  saidAtPrecision?: DatePrecision;
}
