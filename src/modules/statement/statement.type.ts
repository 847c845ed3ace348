import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { connectionType } from '../../graphql/connectionType';
import { DatePrecision, StatementMedium } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';
import { ID_DESCRIPTION, linkDescription, precisionDescription, propertyDescription } from '../shared/describe';

/** Who said what, where, about what. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'Who said what, where, about what.' })
export class Statement extends Claim {
  @Field(() => ID, { description: ID_DESCRIPTION })
  declare id: string;

  @Field(() => String, { description: propertyDescription('Statement', 'text') })
  text: string;

  @Field(() => String, { description: 'The language of `text`.' })
  language: string;

  @Field(() => String, { nullable: true, description: 'The language the words were first said in, when `text` is a translation.' })
  originalLanguage?: string | null;

  @Field(() => Boolean, { nullable: true, description: propertyDescription('Statement', 'isDirectQuote') })
  isDirectQuote?: boolean | null;

  @Field(() => Entity, { description: 'The first speaker (see speakers for all of them).' })
  speaker: Entity;

  @Field(() => [Entity], { description: 'Everyone who made the statement (a letter has several signatories).' })
  speakers: Entity[];

  @Field(() => [Node], { description: linkDescription('Statement', 'about') })
  about: Node[];

  @Field(() => DateScalar, { nullable: true, description: propertyDescription('Statement', 'saidAt') })
  saidAt?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: precisionDescription('saidAt') })
  saidAtPrecision?: DatePrecision | null;

  @Field(() => StatementMedium, { nullable: true, description: 'Where it was said.' })
  medium?: StatementMedium | null;
}

/** A page of statements. */
export const StatementConnection = connectionType(() => Statement, 'Statement');
