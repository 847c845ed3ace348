import 'reflect-metadata';
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/authChecker';
import { Container } from './container';
import { DecisionResolver } from './modules/decision/decision.resolver';
import { GraphResolver } from './modules/graph/graph.resolver';
import { LobbyingResolver } from './modules/lobbying/lobbying.resolver';
import { NodeResolver } from './modules/node/node.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { PersonResolver } from './modules/person/person.resolver';
import { SourceResolver } from './modules/source/source.resolver';
import { StatementResolver } from './modules/statement/statement.resolver';
import { WriteResolver } from './modules/write/write.resolver';
import { Account } from './modules/platform/account.type';
import { Event } from './modules/claim/event.type';
import { Observation } from './modules/claim/observation.type';
import { Ownership } from './modules/claim/ownership.type';
import { Restriction } from './modules/claim/restriction.type';
import { Evidence } from './modules/shared/evidence.type';
import { DateScalar, DateTimeScalar } from './graphql/scalars';
import { validateInput } from './graphql/validateInput';

/** Every resolver of the API. A feature adds its resolver here. */
export const resolvers = [
  NodeResolver,
  PersonResolver,
  OrganizationResolver,
  DecisionResolver,
  LobbyingResolver,
  StatementResolver,
  SourceResolver,
  GraphResolver,
  WriteResolver,
] as const;

/** Types reachable only through interfaces, listed so that the schema includes them. */
const orphanedTypes = [Account, Event, Evidence, Observation, Ownership, Restriction];

/** Where the generated SDL is committed; a test fails when it drifts from the code. */
export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema', 'schema.graphql').replace(`${path.sep}dist${path.sep}`, path.sep);

let cached: Promise<GraphQLSchema> | undefined;

/** Builds the schema from the decorated classes (once per process). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: [...resolvers],
    orphanedTypes,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validateFn: validateInput,
    container: new Container(),
    authChecker,
    emitSchemaFile: false,
  });
  void DateScalar;
  return cached;
}
