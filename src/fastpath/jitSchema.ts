import { getNamedType, isAbstractType, isObjectType, type GraphQLSchema } from 'graphql';
import { projectedFieldResolver } from '../projection';

/**
 * Readies the schema for compiled execution (graphql-jit). graphql-jit reads a field that has no resolver straight
 * from its parent by field name, inline, which is right for every projected leaf and plain object when the document
 * aliases nothing below its root fields (the fast path compiles only such documents). Two kinds of projected values
 * need the projection's reader: a connection (`__items`, made into edges and page info) and a nested list whose
 * arguments were refused (`__fieldError`); both sit only on fields with arguments or of a connection type, which get
 * {@link projectedFieldResolver} here. It is the function graphql-js already uses for every field without a resolver
 * (Apollo's `fieldResolver`), so the standard path answers exactly as before.
 *
 * graphql-jit also calls an abstract type's `resolveType` without awaiting it, and type-graphql wraps every one in an
 * async function. Every interface of the API resolves by the projected `__typename` (src/modules/shared/interfaces.ts),
 * so each gets that, synchronously: the same type name, for both paths.
 */
export function prepareForJit(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && !type.name.startsWith('__')) type.resolveType = typenameOf;
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) continue;
      if (field.args.length > 0 || getNamedType(field.type).name.endsWith('Connection')) field.resolve = projectedFieldResolver;
    }
  }
}

function typenameOf(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' ? ((value as { __typename?: string }).__typename ?? undefined) : undefined;
}

/**
 * Runs `compile` (graphql-jit's `compileQuery`, which copies each field's resolver into the compiled query) with
 * {@link projectedFieldResolver} on every field that has none, then takes them off again. For documents that alias a
 * field below their root fields: projections are keyed by response key, which only the reader knows how to read.
 * Compiling is synchronous, so no other request runs while the schema wears the extra resolvers.
 */
export function withEveryFieldProjected<T>(schema: GraphQLSchema, compile: () => T): T {
  const added: Array<{ resolve?: unknown }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (type === schema.getQueryType() || type === schema.getMutationType() || type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) continue;
      field.resolve = projectedFieldResolver;
      added.push(field);
    }
  }
  try {
    return compile();
  } finally {
    for (const field of added) field.resolve = undefined;
  }
}
