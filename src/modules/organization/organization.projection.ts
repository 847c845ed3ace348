import type { TypeSpec } from '../../projection';
import { active, claimDateKey, decisionStatusAt, validAt, certainlyValidAt } from '../shared/cypherHelpers';
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
    units: ({ v }, f, q) => q.many(f, 'Organization', { match: (w) => `(${v})<-[:PART_OF]-(${w}:Organization)`, sortKey: (w) => [`${w}.name`, `${w}.id`] }),
    platforms: ({ v }, f, q) => q.many(f, 'Platform', { match: (w) => `(${v})-[:OPERATES]->(${w}:Platform)`, sortKey: (w) => [`${w}.name`, `${w}.id`] }),
    roles: ({ v }, field, q) => {
      const asOf = field.args.asOf as string | undefined;
      const certain = field.args.validity === 'CERTAIN';
      return q.many(field, 'Role', {
        match: (w) =>
          `(${v})<-[:AT]-(${w}:Role) WHERE ${active(w, q)}${asOf ? ` AND ${validAt(w, `date(${q.param(asOf)})`)}` : ''}${certain ? ` AND ${certainlyValidAt(w, asOf ? `date(${q.param(asOf)})` : 'date()')}` : ''}`,
        sortKey: (w) => [claimDateKey('Role', w), `${w}.id`],
      });
    },
    decisions: ({ v }, field, q) => {
      const status = field.args.status as string | undefined;
      const day = field.args.asOf ? `date(${q.param(field.args.asOf)})` : 'date()';
      return q.many(field, 'Decision', {
        match: (w) => `(${w}:Decision)-[:DECIDED_BY]->(${v}) WHERE ${active(w, q)}${status ? ` AND ${decisionStatusAt(w, day, q)} = ${q.param(status)}` : ''}`,
        sortKey: (w) => [claimDateKey('Decision', w), `${w}.id`],
      });
    },
  },
};
