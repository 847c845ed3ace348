import 'reflect-metadata';
import path from 'node:path';
import { GraphQLEnumType, GraphQLSchema } from 'graphql';
import { ERROR_CODE_DESCRIPTIONS } from './errors/codes';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/authChecker';
import { Container } from './container';
import { orphanedTypes, resolvers } from './modules';
import { typeRegistry } from './modules/registry';
import { uncoveredFields } from './projection';
import { aggregateResolvers } from './filters/aggregate';

/** Types answered from plain rows, never projected: the audit log's entries, and the changes a subscription streams. */
const PLAIN_TYPES = ['AuditEntry', 'Change'];
import { DateScalar, DateTimeScalar } from './graphql/scalars';
import { validateInput } from './graphql/validateInput';
import { withAsKnownAt } from './graphql/asKnownAt';

export { resolvers } from './modules';

/** Where the generated SDL is committed; a test fails when it drifts from the code. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema', 'schema.graphql').replace(`${path.sep}dist${path.sep}`, path.sep);

let cached: Promise<GraphQLSchema> | undefined;

/**
 * The schema with the `ErrorCode` enum: no field returns it (codes travel in `extensions.code`), so it is added to the
 * built schema's types, for clients and code generators to read.
 */
function withErrorCodes(schema: GraphQLSchema): GraphQLSchema {
  const errorCode = new GraphQLEnumType({
    name: 'ErrorCode',
    description: 'The codes an error can carry in `extensions.code`; a client can rely on them (messages may change).',
    values: Object.fromEntries(Object.entries(ERROR_CODE_DESCRIPTIONS).map(([code, description]) => [code, { value: code, description }])),
  });
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, errorCode] });
}

/** Builds the schema from the decorated classes (once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [...resolvers, ...aggregateResolvers()] as unknown as typeof resolvers,
    orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateInput,
    container: new Container(),
    authChecker,
    emitSchemaFile: false,
    // Subscriptions bring their own source (`subscribe`, the audit-log feed); type-graphql's topics are not used.
    pubSub: {
      publish: () => undefined,
      subscribe: () => {
        throw new Error('Subscriptions read the change feed; type-graphql topics are not used.');
      },
    },
  }).then((schema) => {
    // A non-scalar field with no projection builder would answer null for every client: refuse to start instead.
    const missing = uncoveredFields(schema, typeRegistry, PLAIN_TYPES);
    if (missing.length > 0) throw new Error(`These fields have no projection spec (src/modules/*/*.projection.ts): ${missing.join(', ')}.`);
    return withErrorCodes(withAsKnownAt(schema));
  });
  void DateScalar;
  return cached;
}
