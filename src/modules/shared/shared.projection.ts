import type { TypeSpec } from '../../projection';
import type { Evidence } from './evidence.type';
import type { PageInfo } from '../../graphql/pageInfo.type';

/** Evidence is a SUPPORTED_BY relationship (`v`) and its Source (`source`). */
export const evidenceSpec: TypeSpec<Evidence> = {
  name: 'Evidence',
  implements: [],
  fields: {
    source: ({ source }, field, q) => q.project(field, 'Source', source),
    attribution: ({ v }) => `coalesce(${v}.attribution, 'REPORTED')`,
  },
};

/** PageInfo and edges are computed in JS from the projected items; they never reach Cypher. */
export const pageInfoSpec: TypeSpec<PageInfo> = { name: 'PageInfo', implements: [], fields: {} };
