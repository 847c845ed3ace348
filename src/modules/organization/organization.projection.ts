import type { TypeSpec } from '../../projection';
import { claimsPage, decisionStatusAt, pageOf, roleValidityFilter } from '../shared/cypherHelpers';
import { actorFields } from '../person/person.projection';
import type { Organization } from './organization.type';

/** How an Organization is read from the graph. */
export const organizationSpec: TypeSpec<Organization> = {
  name: 'Organization',
  label: 'Organization',
  implements: ['Entity', 'Node'],
  fields: {
    ...actorFields,
    kind: ({ v }) => `coalesce(${v}.kind, 'COMPANY')`,
    partOf: ({ v }, f, q) => q.one(f, 'Organization', { match: (w) => `(${v})-[:PART_OF]->(${w}:Organization)` }),
    units: pageOf(
      'Organization',
      (v, w) => `(${v})<-[:PART_OF]-(${w}:Organization)`,
      (w) => [`${w}.name`, `${w}.id`],
    ),
    platforms: pageOf(
      'Platform',
      (v, w) => `(${v})-[:OPERATES]->(${w}:Platform)`,
      (w) => [`${w}.name`, `${w}.id`],
    ),
    roles: claimsPage('Role', (v, w) => `(${v})<-[:AT]-(${w}:Role)`, roleValidityFilter),
    decisions: claimsPage(
      'Decision',
      (v, w) => `(${w}:Decision)-[:DECIDED_BY]->(${v})`,
      (w, q, field) => {
        // The status on `asOf` (today when left out), from the decision's states.
        const status = field.args.status as string | undefined;
        const day = field.args.asOf ? `date(${q.param(field.args.asOf)})` : 'date()';
        return status ? [`${decisionStatusAt(w, day, q)} = ${q.param(status)}`] : [];
      },
    ),
  },
};
