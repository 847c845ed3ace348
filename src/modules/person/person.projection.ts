import type { FieldBuilder, TypeSpec } from '../../projection';
import { active, claimDateKey, entityFields, validAt, certainlyValidAt } from '../shared/cypherHelpers';
import { pagedList } from '../shared/pageKeys';
import type { Person } from './person.type';

/** Roles held by the entity in `v`, optionally as of a date: shared by Person and Organization (holders). */
export const heldRoles: FieldBuilder = ({ v }, field, q) => {
  const asOf = field.args.asOf as string | undefined;
  const certain = field.args.validity === 'CERTAIN';
  return q.many(field, 'Role', {
    match: (w) =>
      `(${v})-[:HOLDS]->(${w}:Role) WHERE ${active(w, q)}${asOf ? ` AND ${validAt(w, `date(${q.param(asOf)})`)}` : ''}${certain ? ` AND ${certainlyValidAt(w, asOf ? `date(${q.param(asOf)})` : 'date()')}` : ''}`,
    sortKey: (w) => [claimDateKey('Role', w), `${w}.id`],
  });
};

/**
 * Statements made by the entity in `v`, a page at a time, oldest first (by `saidAt`, then id): read in page order
 * from the MADE page-key index, so a page costs the same for a hub as for anyone.
 */
export const madeStatements: FieldBuilder = ({ v }, field, q) =>
  q.connection(
    field,
    'Statement',
    pagedList('Statement', 'MADE', `${v}.id`, (w) => [active(w, q)]),
    field.args as { first?: number; after?: string },
  );

/** The fields every actor (Person, Organization) shares. */
export const actorFields: Record<string, FieldBuilder> = {
  ...entityFields,
  statements: madeStatements,
  lobbying: ({ v }, f, q) =>
    q.many(f, 'LobbyingEffort', {
      match: (w) => `(${v})-[:LOBBIED_IN]->(${w}:LobbyingEffort) WHERE ${active(w, q)}`,
      sortKey: (w) => [claimDateKey('LobbyingEffort', w), `${w}.id`],
    }),
  lobbiedBy: ({ v }, f, q) =>
    q.many(f, 'LobbyingEffort', {
      match: (w) => `(${v})<-[:TARGETED]-(${w}:LobbyingEffort) WHERE ${active(w, q)}`,
      sortKey: (w) => [claimDateKey('LobbyingEffort', w), `${w}.id`],
    }),
  decisionRoles: ({ v }, f, q) => q.many(f, 'DecisionRole', { match: (w) => `(${v})-[:PLAYS]->(${w}:DecisionRole) WHERE ${active(w, q)}`, sortKey: (w) => [`${w}.id`] }),
  accounts: ({ v }, f, q) => q.many(f, 'Account', { match: (w) => `(${v})-[:HAS_ACCOUNT]->(${w}:Account)`, sortKey: (w) => [`${w}.id`] }),
};

/** How a Person is read from the graph. */
export const personSpec: TypeSpec<Person> = {
  name: 'Person',
  label: 'Person',
  implements: ['Entity', 'Node'],
  fields: { ...actorFields, roles: heldRoles },
};
