import { ArrayMaxSize, ArrayMinSize, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { ID_PATTERN } from '../lib/slug';
import { Attribution, DatePrecision } from '../graphql/enums';
import { DateScalar } from '../graphql/scalars';
import { LANGUAGE, ID_MESSAGE } from '../graphql/validators';
import { CLAIM_PROPERTIES, EVIDENCE_PROPERTIES, nodeType, type PropertyDef } from '../model';

/** The model's description of a property (the GraphQL inputs say what the model says). */
const described = (properties: readonly PropertyDef[], name: string): string => properties.find((p) => p.name === name)!.description;
const sourceProperties = nodeType('Source').properties;
const precisionOf = (date: string) => `How precisely \`${date}\` is known (a month or a year date is the first day of its period).`;

/* The GraphQL inputs every claim shares. Here, not in a module, so that claim-writing code can name them. */

/** A source to create along with the claim it supports. */
@InputType({ description: 'A new source: a document that supports facts.' })
export class SourceInput {
  @Field(() => ID, { nullable: true, description: 'Your own id, so that a retried mutation does not create a duplicate.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => String, { nullable: true, description: described(sourceProperties, 'url') })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url?: string;

  @Field(() => String, { description: described(sourceProperties, 'title') })
  @Length(1, 500, { message: 'title must be 1 to 500 characters' })
  title: string;

  @Field(() => String, { description: 'ISO 639 code: fr, en, ...' })
  @Matches(LANGUAGE, { message: 'language must be an ISO 639 code such as fr or en' })
  language: string;

  @Field(() => DateScalar, { nullable: true, description: described(sourceProperties, 'publishedAt') })
  publishedAt?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('publishedAt') })
  publishedAtPrecision?: DatePrecision;

  @Field(() => ID, { nullable: true, description: 'The organization that published it.' })
  publisherId?: string;
}

/** One piece of evidence: an existing source (sourceId) or a new one (source), and the supporting passage. */
@InputType({ description: 'The source of a claim and the passage that supports it.' })
export class EvidenceInput {
  @Field(() => ID, { nullable: true, description: 'An existing source.' })
  sourceId?: string;

  @Field(() => SourceInput, { nullable: true, description: 'A new source, created with the claim.' })
  @ValidateNested()
  source?: SourceInput;

  @Field(() => String, { description: 'The supporting passage, as it stands in the source.' })
  @Length(1, 5000, { message: 'quote must be 1 to 5000 characters' })
  quote: string;

  @Field(() => String, { nullable: true, description: described(EVIDENCE_PROPERTIES, 'quoteLanguage') })
  @Matches(LANGUAGE, { message: 'quoteLanguage must be an ISO 639 code such as fr or en' })
  quoteLanguage?: string;

  @Field(() => Attribution, { defaultValue: Attribution.REPORTED, description: described(EVIDENCE_PROPERTIES, 'attribution') })
  attribution: Attribution;

  @Field(() => String, { nullable: true, description: 'Where in the source, e.g. ¶5.' })
  @MaxLength(50)
  locator?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The existing source that relayed the quote, when the cited source was not read directly (a letter quoted by a news story: the letter is the source, the story the via).',
  })
  viaSourceId?: string;

  @Field(() => Float, { nullable: true, description: described(EVIDENCE_PROPERTIES, 'confidence') })
  @Min(0)
  @Max(1)
  confidence?: number;
}

/** What every claim input has: an optional client id, validity with precision, confidence, evidence. */
@InputType({ description: 'The fields every claim input shares.' })
export abstract class ClaimInput {
  @Field(() => ID, { nullable: true, description: 'Your own id, so that a retried mutation does not create a duplicate.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => DateScalar, { nullable: true, description: described(CLAIM_PROPERTIES, 'validFrom') })
  validFrom?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('validFrom') })
  validFromPrecision?: DatePrecision;

  @Field(() => DateScalar, { nullable: true, description: described(CLAIM_PROPERTIES, 'validTo') })
  validTo?: string;

  @Field(() => DatePrecision, { nullable: true, description: precisionOf('validTo') })
  validToPrecision?: DatePrecision;

  @Field(() => Float, { nullable: true, description: described(CLAIM_PROPERTIES, 'confidence') })
  @Min(0)
  @Max(1)
  confidence?: number;

  @Field(() => [EvidenceInput], { description: 'At least one: a claim without a source is refused.' })
  @ArrayMinSize(1, { message: 'evidence must have at least one item: a claim needs a source' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  evidence: EvidenceInput[];
}

/** A source created by itself (`createSource`): the same fields as a source created with a claim's evidence. */
@InputType({ description: 'A new source: a document that supports facts.' })
export class CreateSourceInput extends SourceInput {}
