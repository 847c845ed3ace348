import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/authChecker';
import { Container } from './container';
import { orphanedTypes, resolvers } from './modules';
import { typeRegistry } from './modules/registry';
import { uncoveredFields } from './projection';

/** Types answered from plain rows, never projected: the audit log's entries. */
const PLAIN_TYPES = ['AuditEntry'];
import { DateScalar, DateTimeScalar } from './graphql/scalars';
import { validateInput } from './graphql/validateInput';

export { resolvers } from './modules';

/** Where the generated SDL is committed; a test fails when it drifts from the code. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema', 'schema.graphql').replace(`${path.sep}dist${path.sep}`, path.sep);

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the schema from the decorated classes (once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers,
    orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateInput,
    container: new Container(),
    authChecker,
    emitSchemaFile: false,
  }).then((schema) => {
    // A non-scalar field with no projection builder would answer null for every client: refuse to start instead.
    const missing = uncoveredFields(schema, typeRegistry, PLAIN_TYPES);
    if (missing.length > 0) throw new Error(`These fields have no projection spec (src/modules/*/*.projection.ts): ${missing.join(', ')}.`);
    return schema;
  });
  void DateScalar;
  return cached;
}
