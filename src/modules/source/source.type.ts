import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../shared/interfaces';
import { DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { Organization } from '../organization/organization.type';

/** A document that supports facts: an article, a blog post, a letter. */
@ObjectType({ implements: [Node], simpleResolvers: true, description: 'A document that supports facts.' })
export class Source extends Node {
  @Field(() => ID)
  declare id: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String)
  title: string;

  @Field(() => String, { description: 'ISO 639-1 code of the language the source is written in.' })
  language: string;

  @Field(() => DateScalar, { nullable: true })
  publishedAt?: string | null;

  @Field(() => DatePrecision, { nullable: true })
  publishedAtPrecision?: DatePrecision | null;

  @Field(() => Organization, { nullable: true })
  publisher?: Organization | null;

  @Field(() => Source, { nullable: true, description: 'The source this one translates.' })
  translationOf?: Source | null;

  @Field(() => [Source])
  cites: Source[];
}
