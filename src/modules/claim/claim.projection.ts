import type { TypeSpec } from '../../projection';
import type { Conflict } from './conflict.type';

/** A conflict: its claims (a list in `v`), its kind and the properties that differ. */
export const conflictSpec: TypeSpec<Conflict> = {
  name: 'Conflict',
  implements: [],
  fields: {
    kind: ({ kind }) => kind,
    differs: ({ differs }) => differs,
    claims: ({ v }, f, q) => {
      const x = q.variable('x');
      return `COLLECT { UNWIND ${v} AS ${x} RETURN ${q.project(f, 'Claim', x)} }`;
    },
  },
};
