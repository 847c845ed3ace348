import { Field, ObjectType } from 'type-graphql';
import { Source } from '../source/source.type';
import { Attribution } from '../../graphql/enums';
import { DateTimeScalar } from '../../graphql/scalars';
import { propertyDescription } from './describe';

/** One SUPPORTED_BY edge: the source and the passage that supports a claim. */
@ObjectType({ simpleResolvers: true, description: 'One SUPPORTED_BY edge: the source and the passage that supports the claim.' })
export class Evidence {
  @Field(() => Source, { description: 'The source cited.' })
  source: Source;

  @Field(() => String, { description: 'The supporting passage, as it stands in the source (every write requires one).' })
  quote: string;

  @Field(() => String, { nullable: true, description: propertyDescription('Evidence', 'quoteLanguage') })
  quoteLanguage?: string | null;

  @Field(() => Attribution, { description: propertyDescription('Evidence', 'attribution') })
  attribution: Attribution;

  @Field(() => String, { nullable: true, description: 'Where in the source: a paragraph number such as ¶5.' })
  locator?: string | null;

  @Field(() => Source, {
    nullable: true,
    description: 'The source that relayed the quote, when `source` was not read directly: a letter quoted by a news story has the letter as `source` and the story as `via`.',
  })
  via?: Source | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When this evidence entered the graph (null for data loaded before record time was kept).' })
  recordedAt?: string | null;
}
