import type { FieldBuilder, PageArgs, TypeSpec } from '../../projection';
import { active, claimsPage, entityFields, pageOf, roleValidityFilter } from '../shared/cypherHelpers';
import { pagedList } from '../shared/pageKeys';
import type { Person } from './person.type';
import { entityLinkFields } from '../links/links.projection';

/** Roles held by the entity in `v`, all or those valid (or certainly valid) on `asOf`, a page at a time: shared by Person and Organization. */
export const heldRoles: FieldBuilder = claimsPage('Role', (v, w) => `(${v})-[:HOLDS]->(${w}:Role)`, roleValidityFilter);

/**
 * Statements made by the entity in `v`, a page at a time, oldest first (by `saidAt`, then id): read in page order
 * from the MADE page-key index, so a page costs the same for a hub as for anyone.
 */
export const madeStatements: FieldBuilder = ({ v }, field, q) =>
  q.connection(
    field,
    'Statement',
    pagedList('Statement', 'MADE', `${v}.id`, (w) => [active(w, q)]),
    field.args as PageArgs,
  );

/** The fields every actor (Person, Organization) shares. */
export const actorFields: Record<string, FieldBuilder> = {
  ...entityFields,
  ...entityLinkFields,
  statements: madeStatements,
  lobbying: claimsPage('LobbyingEffort', (v, w) => `(${v})-[:LOBBIED_IN]->(${w}:LobbyingEffort)`),
  // Read in page order from the TARGETED page-key index, like `statements`.
  lobbiedBy: ({ v }, field, q) =>
    q.connection(
      field,
      'LobbyingEffort',
      pagedList('LobbyingEffort', 'TARGETED', `${v}.id`, (w) => [active(w, q)]),
      field.args as PageArgs,
    ),
  decisionRoles: claimsPage('DecisionRole', (v, w) => `(${v})-[:PLAYS]->(${w}:DecisionRole)`),
  accounts: pageOf(
    'Account',
    (v, w) => `(${v})-[:HAS_ACCOUNT]->(${w}:Account)`,
    (w) => [`${w}.id`],
  ),
};

/** How a Person is read from the graph. */
export const personSpec: TypeSpec<Person> = {
  name: 'Person',
  label: 'Person',
  implements: ['Entity', 'Node'],
  fields: { ...actorFields, roles: heldRoles },
};
