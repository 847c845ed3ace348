import { EVIDENCE_PROPERTIES, enteredAt, readProperty } from '../../model';
import { recordOperation } from './cypherHelpers';
import type { ClaimVersion } from './claimVersion.type';
import type { TypeSpec } from '../../projection';

const attribution = EVIDENCE_PROPERTIES.find((p) => p.name === 'attribution')!;
import type { Evidence } from './evidence.type';
import type { PageInfo } from '../../graphql/pageInfo.type';

/** Evidence is a SUPPORTED_BY relationship (`v`) and its Source (`source`). */
export const evidenceSpec: TypeSpec<Evidence> = {
  name: 'Evidence',
  implements: [],
  fields: {
    source: ({ source }, field, q) => q.project(field, 'Source', source),
    attribution: ({ v }) => readProperty(attribution, v),
    // A missing quote is a defect `npm run validate` reports (evidence-without-quote); it reads as ''.
    quote: ({ v }) => `coalesce(${v}.quote, '')`,
    via: ({ v }, field, q) => q.one(field, 'Source', { match: (w) => `(${w}:Source) WHERE ${w}.id = ${v}.quoteVia` }),
    recordedAt: ({ v }) => enteredAt(v),
  },
};

/** A version of a claim: a claim node (`v`), current or superseded. */
export const claimVersionSpec: TypeSpec<ClaimVersion> = {
  name: 'ClaimVersion',
  implements: [],
  fields: {
    recordedAt: ({ v }) => enteredAt(v),
    operation: ({ v }) => recordOperation(v),
    keyId: ({ v }) => `coalesce(${v}.recordedBy, ${v}.createdBy)`,
    reason: ({ v }) => `${v}.recordReason`,
    claim: ({ v }, f, q) => q.project(f, 'Claim', v),
  },
};

/** PageInfo and edges are computed in JS from the projected items; they never reach Cypher. */
export const pageInfoSpec: TypeSpec<PageInfo> = { name: 'PageInfo', implements: [], fields: {} };
