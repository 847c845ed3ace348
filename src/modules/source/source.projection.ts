import type { TypeSpec } from '../../projection';
import type { Source } from './source.type';

/** How a Source is read from the graph. */
export const sourceSpec: TypeSpec<Source> = {
  name: 'Source',
  label: 'Source',
  implements: ['Node'],
  fields: {
    language: ({ v }) => `coalesce(${v}.language, 'und')`,
    title: ({ v }) => `coalesce(${v}.title, ${v}.id)`,
    publisher: ({ v }, f, q) => q.one(f, 'Organization', { match: (w) => `(${v})-[:PUBLISHED_BY]->(${w}:Organization)` }),
    translationOf: ({ v }, f, q) => q.one(f, 'Source', { match: (w) => `(${v})-[:TRANSLATION_OF]->(${w}:Source)` }),
    cites: ({ v }, f, q) => q.many(f, 'Source', { match: (w) => `(${v})-[:CITES]->(${w}:Source)`, sortKey: (w) => [`${w}.id`] }),
  },
};
