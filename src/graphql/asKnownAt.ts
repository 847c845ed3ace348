import { GraphQLSchema, type GraphQLArgument } from 'graphql';
import { DateTimeScalar } from './scalars';

/** The root fields that read the audit log (record time itself: `since`), not the graph, so take no `asKnownAt`. */
const NOT_AS_KNOWN = new Set(['changes']);

/** The argument every read takes: the graph as it stood at an instant of record time. */
const ARGUMENT = {
  name: 'asKnownAt',
  description:
    'Read the graph exactly as it stood at this instant (record time): claims, evidence, names and aliases as recorded then, corrections and retractions made since not applied. Combines with `asOf` (valid time). Now when left out.',
  type: DateTimeScalar,
  defaultValue: undefined,
  deprecationReason: undefined,
  extensions: {},
  astNode: undefined,
} satisfies GraphQLArgument;

/**
 * Gives every root read the `asKnownAt` argument. The read machinery (`GraphReader`, `Projector`) takes it from the
 * root field's selection and applies the model's record-time predicate to everything read under it, so resolvers
 * need not declare it one by one (and a new list gets it by being read the same way).
 */
export function withAsKnownAt(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (!query) return schema;
  for (const [name, field] of Object.entries(query.getFields())) {
    if (NOT_AS_KNOWN.has(name) || field.args.some((a) => a.name === ARGUMENT.name)) continue;
    (field.args as GraphQLArgument[]).push({ ...ARGUMENT });
  }
  return schema;
}
