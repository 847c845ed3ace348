import { Field, Float, ID, InputType, Int, registerEnumType, type ClassType } from 'type-graphql';
import type { PropertyKind, Vocabulary } from '../model';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';
import { graphqlEnumOf } from '../graphql/enums';

/** Equality on an id. */
@InputType({ description: 'Filters an id: equal to one, or one of several.' })
export class IDFilter {
  @Field(() => ID, { nullable: true, description: 'Equal to this id.' })
  eq?: string;

  @Field(() => [ID], { nullable: true, description: 'One of these ids.' })
  in?: string[];
}

/** Text: equality, and case- and accent-insensitive containment. */
@InputType({ description: 'Filters a text: equal (exactly), one of several, or containing or starting with a text, ignoring case and accents.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Equal to this text, exactly.' })
  eq?: string;

  @Field(() => [String], { nullable: true, description: 'One of these texts, exactly.' })
  in?: string[];

  @Field(() => String, { nullable: true, description: 'Contains this text, ignoring case and accents.' })
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Starts with this text, ignoring case and accents.' })
  startsWith?: string;
}

/** Numbers compare. */
function numberFilter(name: string, type: typeof Int | typeof Float): ClassType {
  @InputType(name, { description: `Filters a number (${name === 'IntFilter' ? 'whole' : 'decimal'}): equal, one of several, or in a range.` })
  class NumberFilter {
    @Field(() => type, { nullable: true, description: 'Equal to this.' })
    eq?: number;

    @Field(() => [type], { nullable: true, description: 'One of these.' })
    in?: number[];

    @Field(() => type, { nullable: true, description: 'Less than this.' })
    lt?: number;

    @Field(() => type, { nullable: true, description: 'Less than or equal to this.' })
    lte?: number;

    @Field(() => type, { nullable: true, description: 'Greater than this.' })
    gt?: number;

    @Field(() => type, { nullable: true, description: 'Greater than or equal to this.' })
    gte?: number;
  }
  return NumberFilter;
}

export const IntFilter = numberFilter('IntFilter', Int);
export const FloatFilter = numberFilter('FloatFilter', Float);

/**
 * A date known to a precision is a period ("December 2022" is the whole month): `eq` holds when the day falls in the
 * period, `lt`/`lte` compare its first day, `gt`/`gte` its last, so that a filter keeps what the date may mean.
 */
@InputType({
  description:
    'Filters a date, honouring its precision: a MONTH date is the whole month. `eq` holds when the day falls in the period; `lt`/`lte` compare its first day, `gt`/`gte` its last.',
})
export class DateFilter {
  @Field(() => DateScalar, { nullable: true, description: 'The period includes this day.' })
  eq?: string;

  @Field(() => [DateScalar], { nullable: true, description: 'The period includes one of these days.' })
  in?: string[];

  @Field(() => DateScalar, { nullable: true, description: 'The period starts before this day.' })
  lt?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The period starts on or before this day.' })
  lte?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The period ends after this day.' })
  gt?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The period ends on or after this day.' })
  gte?: string;
}

/** Instants compare. */
@InputType({ description: 'Filters an instant: in a range.' })
export class DateTimeFilter {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Equal to this instant.' })
  eq?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant.' })
  lt?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or before this instant.' })
  lte?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'After this instant.' })
  gt?: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant.' })
  gte?: string;
}

/** Yes or no. */
@InputType({ description: 'Filters a yes-or-no value.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: 'Equal to this.' })
  eq?: boolean;
}

/** A list of texts (an entity's aliases): one of them matches. */
@InputType({ description: 'Filters a list of texts: some text of the list matches (equal, containing or starting with, ignoring case and accents for the last two).' })
export class StringListFilter {
  @Field(() => String, { nullable: true, description: 'Some text of the list is equal to this, exactly.' })
  eq?: string;

  @Field(() => String, { nullable: true, description: 'Some text of the list contains this, ignoring case and accents.' })
  contains?: string;

  @Field(() => String, { nullable: true, description: 'Some text of the list starts with this, ignoring case and accents.' })
  startsWith?: string;
}

const enumFilters = new Map<string, ClassType>();

/** `<Enum>Filter { eq in }` of a vocabulary, made once. */
export function enumFilter(vocabulary: Vocabulary): ClassType {
  const known = enumFilters.get(vocabulary.name);
  if (known) return known;
  const type = graphqlEnumOf(vocabulary);
  @InputType(`${vocabulary.name}Filter`, { description: `Filters a ${vocabulary.name} value: equal to one, or one of several.` })
  class EnumFilter {
    @Field(() => type, { nullable: true, description: 'Equal to this value.' })
    eq?: string;

    @Field(() => [type], { nullable: true, description: 'One of these values.' })
    in?: string[];
  }
  enumFilters.set(vocabulary.name, EnumFilter);
  return EnumFilter;
}

/** The filter input of a property kind (enums: {@link enumFilter}). */
export function scalarFilter(kind: Exclude<PropertyKind, 'enum'>): ClassType {
  switch (kind) {
    case 'string':
    case 'text':
      return StringFilter;
    case 'strings':
      return StringListFilter;
    case 'int':
      return IntFilter;
    case 'float':
      return FloatFilter;
    case 'boolean':
      return BooleanFilter;
    case 'date':
      return DateFilter;
    case 'datetime':
      return DateTimeFilter;
  }
}

/** Ascending or descending. */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'The direction of an order.',
  valuesConfig: { ASC: { description: 'Smallest (or earliest) first; missing values first.' }, DESC: { description: 'Largest (or latest) first; missing values last.' } },
});
