import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import {
  BOUND,
  DECISION_ROLE_KIND,
  DECISION_STATUS,
  LOBBYING_METHOD,
  OBSERVATION_METRIC,
  ORGANIZATION_KIND,
  RESTRICTION_KIND,
  ROLE_KIND,
  STATEMENT_MEDIUM,
  type Vocabulary,
} from '../../model';
import { ID_PATTERN } from '../../lib/slug';
import { Attribution, DatePrecision, Stance } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';

/** The value is one of a vocabulary's (the model's list, named in the message). */
function OneOf(vocabulary: Vocabulary, field: string) {
  return IsIn([...vocabulary.values], { message: `${field} must be one of ${vocabulary.values.join(', ')}` });
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2,4})?$/;
const WIKIDATA = /^Q[1-9]\d{0,11}$/;
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const ID_MESSAGE = 'must be lower-case letters, digits and dashes (1 to 120)';

/** A source to create along with the claim it supports. */
@InputType({ description: 'A new source: a document that supports facts.' })
export class SourceInput {
  @Field(() => ID, { nullable: true, description: 'Your own id, so that a retried mutation does not create a duplicate.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => String, { nullable: true })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url?: string;

  @Field(() => String)
  @Length(1, 500, { message: 'title must be 1 to 500 characters' })
  title: string;

  @Field(() => String, { description: 'ISO 639 code: fr, en, ...' })
  @Matches(LANGUAGE, { message: 'language must be an ISO 639 code such as fr or en' })
  language: string;

  @Field(() => DateScalar, { nullable: true })
  publishedAt?: string;

  @Field(() => DatePrecision, { nullable: true })
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

  @Field(() => String, { nullable: true })
  @Matches(LANGUAGE, { message: 'quoteLanguage must be an ISO 639 code such as fr or en' })
  quoteLanguage?: string;

  @Field(() => Attribution, { defaultValue: Attribution.REPORTED })
  attribution: Attribution;

  @Field(() => String, { nullable: true, description: 'Where in the source, e.g. ¶5.' })
  @MaxLength(50)
  locator?: string;

  @Field(() => Float, { nullable: true })
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

  @Field(() => DateScalar, { nullable: true })
  validFrom?: string;

  @Field(() => DatePrecision, { nullable: true })
  validFromPrecision?: DatePrecision;

  @Field(() => DateScalar, { nullable: true })
  validTo?: string;

  @Field(() => DatePrecision, { nullable: true })
  validToPrecision?: DatePrecision;

  @Field(() => Float, { nullable: true })
  @Min(0)
  @Max(1)
  confidence?: number;

  @Field(() => [EvidenceInput], { description: 'At least one: a claim without a source is refused.' })
  @ArrayMinSize(1, { message: 'evidence must have at least one item: a claim needs a source' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  evidence: EvidenceInput[];
}

@InputType({ description: 'Who held which position where.' })
export class AddRoleInput extends ClaimInput {
  @Field(() => ID, { description: 'The person (or team) holding the role.' })
  holderId: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => String)
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @OneOf(ROLE_KIND, 'kind')
  kind?: string;
}

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

  @Field(() => String, { nullable: true })
  @OneOf(STATEMENT_MEDIUM, 'medium')
  medium?: string;

  @Field(() => DateScalar, { nullable: true })
  saidAt?: string;

  @Field(() => DatePrecision, { nullable: true })
  saidAtPrecision?: DatePrecision;
}

@InputType({ description: 'A decision made or being weighed.' })
export class AddDecisionInput extends ClaimInput {
  @Field(() => String)
  @Length(1, 300, { message: 'title must be 1 to 300 characters' })
  title: string;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  question?: string;

  @Field(() => String, { defaultValue: 'UNDER_CONSIDERATION' })
  @OneOf(DECISION_STATUS, 'status')
  status: string;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  outcome?: string;

  @Field(() => [ID], { description: 'Who decides.' })
  @ArrayMinSize(1, { message: 'deciderIds must name at least one decider' })
  @ArrayMaxSize(20)
  deciderIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(50)
  concernsIds: string[];

  @Field(() => DateScalar, { nullable: true })
  openedAt?: string;

  @Field(() => DatePrecision, { nullable: true })
  openedAtPrecision?: DatePrecision;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  expectedBy?: string;

  @Field(() => DateScalar, { nullable: true })
  decidedAt?: string;

  @Field(() => DatePrecision, { nullable: true })
  decidedAtPrecision?: DatePrecision;
}

@InputType({ description: 'The part an actor plays in a decision.' })
export class AddDecisionRoleInput extends ClaimInput {
  @Field(() => ID)
  actorId: string;

  @Field(() => ID)
  decisionId: string;

  @Field(() => String)
  @OneOf(DECISION_ROLE_KIND, 'role')
  role: string;
}

@InputType({ description: 'Who lobbied whom, how, for or against which decision.' })
export class AddLobbyingEffortInput extends ClaimInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'lobbyistIds must name at least one lobbyist' })
  @ArrayMaxSize(50)
  lobbyistIds: string[];

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'targetIds must name at least one target' })
  @ArrayMaxSize(50)
  targetIds: string[];

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  regardingIds: string[];

  @Field(() => Stance, { nullable: true })
  stance?: Stance;

  @Field(() => String)
  @OneOf(LOBBYING_METHOD, 'method')
  method: string;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  desiredOutcome?: string;

  @Field(() => DateScalar, { nullable: true })
  date?: string;

  @Field(() => DatePrecision, { nullable: true })
  datePrecision?: DatePrecision;

  @Field(() => [ID], { defaultValue: [] })
  @ArrayMaxSize(20)
  onBehalfOfIds: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Existing statements that carry the effort’s words.' })
  @ArrayMaxSize(20)
  statementIds: string[];
}

@InputType({ description: 'A suspension, ban or removal.' })
export class AddRestrictionInput extends ClaimInput {
  @Field(() => ID)
  imposedById: string;

  @Field(() => ID, { description: 'The account or person restricted.' })
  subjectId: string;

  @Field(() => String)
  @OneOf(RESTRICTION_KIND, 'kind')
  kind: string;

  @Field(() => String, { nullable: true })
  @MaxLength(1000)
  reason?: string;

  @Field(() => String, { nullable: true, description: 'ISO 8601 duration, e.g. P2Y.' })
  @Matches(DURATION, { message: 'duration must be an ISO 8601 duration such as P2Y' })
  duration?: string;

  @Field(() => ID, { nullable: true })
  inResponseToId?: string;

  @Field(() => ID, { nullable: true })
  liftedById?: string;
}

@InputType({ description: 'A measured figure at a date.' })
export class AddObservationInput extends ClaimInput {
  @Field(() => ID)
  subjectId: string;

  @Field(() => String)
  @OneOf(OBSERVATION_METRIC, 'metric')
  metric: string;

  @Field(() => Float)
  @Min(-1e15)
  @Max(1e15)
  value: number;

  @Field(() => Boolean, { defaultValue: false })
  approximate: boolean;

  @Field(() => String, { nullable: true })
  @OneOf(BOUND, 'bound')
  bound?: string;

  @Field(() => DateScalar, { nullable: true })
  observedAt?: string;

  @Field(() => DatePrecision, { nullable: true })
  observedAtPrecision?: DatePrecision;
}

@InputType({ description: 'Who owns what.' })
export class AddOwnershipInput extends ClaimInput {
  @Field(() => ID)
  ownerId: string;

  @Field(() => ID)
  ownedId: string;

  @Field(() => Float, { nullable: true })
  @Min(0)
  @Max(1)
  share?: number;
}

/** The fields every entity has. */
@InputType({ description: 'The fields every entity input shares.' })
export abstract class EntityInput {
  @Field(() => ID, { nullable: true, description: 'Your own id, so that a retried mutation does not create a duplicate.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => String)
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true, message: 'each alias must be 1 to 200 characters' })
  aliases: string[];

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  description?: string;

  @Field(() => String, { nullable: true })
  @Matches(WIKIDATA, { message: 'wikidataId must look like Q42' })
  wikidataId?: string;
}

@InputType({ description: 'A new person.' })
export class CreatePersonInput extends EntityInput {}

@InputType({ description: 'A new organization.' })
export class CreateOrganizationInput extends EntityInput {
  @Field(() => String)
  @OneOf(ORGANIZATION_KIND, 'kind')
  kind: string;

  @Field(() => ID, { nullable: true, description: 'The organization it is part of.' })
  partOfId?: string;
}

@InputType({ description: 'A new platform.' })
export class CreatePlatformInput extends EntityInput {
  @Field(() => ID, { nullable: true, description: 'The organization that operates it.' })
  operatorId?: string;
}

@InputType({ description: 'Changes to an entity; fields left out stay as they are.' })
export class UpdateEntityInput {
  @Field(() => String, { nullable: true })
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true, message: 'each alias must be 1 to 200 characters' })
  aliases?: string[];

  @Field(() => String, { nullable: true })
  @MaxLength(2000)
  description?: string;

  @Field(() => String, { nullable: true })
  @Matches(WIKIDATA, { message: 'wikidataId must look like Q42' })
  wikidataId?: string;

  @Field(() => String, { nullable: true, description: 'Organizations only.' })
  @OneOf(ORGANIZATION_KIND, 'kind')
  kind?: string;
}

@InputType({ description: "A new account of an actor on a platform." })
export class CreateAccountInput {
  @Field(() => ID, { nullable: true })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => ID)
  ownerId: string;

  @Field(() => ID)
  platformId: string;

  @Field(() => String, { nullable: true })
  @Length(1, 200, { message: 'handle must be 1 to 200 characters' })
  handle?: string;
}

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
