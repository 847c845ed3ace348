import { ArrayMaxSize, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ID_PATTERN } from '../../lib/slug';
import { WIKIDATA, ID_MESSAGE } from '../../graphql/validators';
import { OrganizationKind } from '../../graphql/enums';
import { propertyDescription } from '../shared/describe';

/** The fields every entity has. */
@InputType({ description: 'The fields every entity input shares.' })
export abstract class EntityInput {
  @Field(() => ID, { nullable: true, description: 'Your own id, so that a retried mutation does not create a duplicate.' })
  @Matches(ID_PATTERN, { message: `id ${ID_MESSAGE}` })
  id?: string;

  @Field(() => String, { description: propertyDescription('Entity', 'name') })
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @Field(() => [String], { defaultValue: [], description: propertyDescription('Entity', 'aliases') })
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true, message: 'each alias must be 1 to 200 characters' })
  aliases: string[];

  @Field(() => String, { nullable: true, description: propertyDescription('Entity', 'description') })
  @MaxLength(2000)
  description?: string;

  @Field(() => String, { nullable: true, description: propertyDescription('Entity', 'wikidataId') })
  @Matches(WIKIDATA, { message: 'wikidataId must look like Q42' })
  wikidataId?: string;
}

@InputType({ description: 'The entity that stays, and the one merged into it.' })
export class MergeEntitiesInput {
  @Field(() => ID, { description: 'The id of the entity that stays.' })
  keepId: string;

  @Field(() => ID, { description: 'The id of the entity merged into the kept one; it then resolves to it.' })
  mergeId: string;
}

@InputType({ description: 'Changes to an entity; fields left out stay as they are.' })
export class UpdateEntityInput {
  @Field(() => ID, { description: 'The id of the person, organization or platform to change.' })
  id: string;

  @Field(() => String, { nullable: true, description: propertyDescription('Entity', 'name') })
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @Field(() => [String], { nullable: true, description: propertyDescription('Entity', 'aliases') })
  @ArrayMaxSize(50)
  @Length(1, 200, { each: true, message: 'each alias must be 1 to 200 characters' })
  aliases?: string[];

  @Field(() => String, { nullable: true, description: propertyDescription('Entity', 'description') })
  @MaxLength(2000)
  description?: string;

  @Field(() => String, { nullable: true, description: propertyDescription('Entity', 'wikidataId') })
  @Matches(WIKIDATA, { message: 'wikidataId must look like Q42' })
  wikidataId?: string;

  @Field(() => OrganizationKind, { nullable: true, description: 'Organizations only.' })
  kind?: OrganizationKind;
}
