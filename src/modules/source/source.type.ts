import { connectionType } from '../../graphql/connectionType';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../shared/interfaces';
import { DatePrecision } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { Organization } from '../organization/organization.type';
import { ID_DESCRIPTION, precisionDescription, propertyDescription } from '../shared/describe';

/** A document that supports facts: an article, a blog post, a letter. */
@ObjectType({ implements: [Node], simpleResolvers: true, description: 'A document that supports facts.' })
export class Source extends Node {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => String, { nullable: true, description: propertyDescription('Source', 'url') })
  url?: string | null;

  @Field(() => String, { description: propertyDescription('Source', 'title') })
  title: string;

  @Field(() => String, { description: 'ISO 639-1 code of the language the source is written in.' })
  language: string;

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Source', 'publishedAt') })
  publishedAt?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('publishedAt') })
  publishedAtPrecision?: DatePrecision | null;

  @Field(() => Organization, { nullable: true, description: 'The organization that published it.' })
  publisher?: Organization | null;

  @Field(() => Source, { nullable: true, description: 'The source this one translates.' })
  translationOf?: Source | null;

  @Field(() => [Source], { description: 'The sources this one cites.' })
  cites: Source[];
}

/** A page of sources. */
export const SourceConnection = connectionType(() => Source, 'Source');
