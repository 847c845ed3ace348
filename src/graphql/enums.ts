import { registerEnumType } from 'type-graphql';
import { ATTRIBUTION, DATE_PRECISION, STANCE, type Vocabulary } from '../model';

/**
 * A GraphQL enum made from one of the model's vocabularies: an object whose keys and values are the vocabulary's
 * values, registered with type-graphql under the vocabulary's name. The vocabulary is declared in `src/model/` only.
 */
export function graphqlEnum<V extends string>(vocabulary: Vocabulary<V>): { readonly [K in V]: K } {
  const values = Object.fromEntries(vocabulary.values.map((v) => [v, v])) as { [K in V]: K };
  registerEnumType(values, { name: vocabulary.name, description: vocabulary.description });
  return values;
}

/** How precisely a date is known: "November 2022" is 2022-11-01 with MONTH. */
export const DatePrecision = graphqlEnum(DATE_PRECISION);
export type DatePrecision = (typeof DATE_PRECISION.values)[number];

/** For or against the question of the decision a lobbying effort is about. */
export const Stance = graphqlEnum(STANCE);
export type Stance = (typeof STANCE.values)[number];

/** How a source supports a claim: its own words, its report, or its relay of another source. */
export const Attribution = graphqlEnum(ATTRIBUTION);
export type Attribution = (typeof ATTRIBUTION.values)[number];
