import { Field, ObjectType } from 'type-graphql';
import { Source } from '../source/source.type';
import { Attribution } from '../../graphql/enums';

/** One SUPPORTED_BY edge: the source and the passage that supports a claim. */
@ObjectType({ simpleResolvers: true, description: 'One SUPPORTED_BY edge: the source and the passage that supports the claim.' })
export class Evidence {
  @Field(() => Source)
  source: Source;

  @Field(() => String, { nullable: true, description: 'The supporting passage, as it stands in the source.' })
  quote?: string | null;

  @Field(() => String, { nullable: true })
  quoteLanguage?: string | null;

  @Field(() => Attribution)
  attribution: Attribution;

  @Field(() => String, { nullable: true, description: 'Where in the source: a paragraph number such as ¶5.' })
  locator?: string | null;
}
