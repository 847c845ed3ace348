import { getNamedType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';
import type { TypeRegistry } from './typeRegistry';

/** Object types whose values are built in JavaScript or as plain maps by their list (aggregates), never projected by a spec. */
const BUILT_IN_JS = /(Connection|Edge|Payload|Aggregate)$|^(PageInfo|Query|Mutation|Subscription|AggregateGroup)$/;

/**
 * The fields a projection would answer with null because no spec says how to read them: for every object type with a
 * spec, each field whose type is not a scalar or an enum must have a builder (a property of the same name is read
 * only for leaf fields). Run at start-up, so that a forgotten spec entry fails loudly instead of answering null.
 */
export function uncoveredFields(schema: GraphQLSchema, registry: TypeRegistry, plainTypes: readonly string[] = []): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || BUILT_IN_JS.test(type.name) || plainTypes.includes(type.name)) continue;
    const spec = registry.concrete(type.name);
    if (!spec) {
      missing.push(`${type.name} (no projection spec)`);
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      if (isLeafType(getNamedType(field.type))) continue;
      if (!(field.name in spec.fields)) missing.push(`${type.name}.${field.name}`);
    }
  }
  return missing;
}
