import { Field, ID, ObjectType } from 'type-graphql';
import { Claim, Entity, Node } from '../shared/interfaces';
import { connectionType } from '../../graphql/connectionType';
import { DatePrecision, StatementMedium } from '../../graphql/enums';
import { DateScalar } from '../../graphql/scalars';

/** Who said what, where, about what. */
@ObjectType({ implements: [Claim, Node], simpleResolvers: true, description: 'Who said what, where, about what.' })
export class Statement extends Claim {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  text: string;

  @Field(() => String, { description: 'The language of `text`.' })
  language: string;

  @Field(() => String, { nullable: true, description: 'The language the words were first said in, when `text` is a translation.' })
  originalLanguage?: string | null;

  @Field(() => Boolean, { nullable: true })
  isDirectQuote?: boolean | null;

  @Field(() => Entity, { description: 'The first speaker (see speakers for all of them).' })
  speaker: Entity;

  @Field(() => [Entity], { description: 'Everyone who made the statement (a letter has several signatories).' })
  speakers: Entity[];

  @Field(() => [Node])
  about: Node[];

  @Field(() => DateScalar, { nullable: true })
  saidAt?: string | null;

  @Field(() => DatePrecision, { nullable: true })
  saidAtPrecision?: DatePrecision | null;

  @Field(() => StatementMedium, { nullable: true, description: 'Where it was said.' })
  medium?: StatementMedium | null;
}

/** A page of statements. */
export const StatementConnection = connectionType(() => Statement, 'Statement');
