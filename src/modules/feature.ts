import type { TypeSpec } from '../projection';

/**
 * What a feature folder contributes to the API: its resolvers (queries and mutations), the projection specs of the
 * types it reads from the graph, and the types reachable only through an interface (listed so the schema has them).
 */
export interface Feature {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: readonly Function[];
  specs: readonly TypeSpec[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: readonly Function[];
}
