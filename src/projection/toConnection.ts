import { encodeCursor, type CursorKey } from './cursor';

/** What a connection projection returns from Cypher. */
export interface ProjectedConnection<T = unknown> {
  __items: Array<{ node: T; sortKey: CursorKey }>;
  __first: number;
  totalCount?: number;
}

/** A Relay-style connection, as the schema exposes it. */
export interface Connection<T = unknown> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

/** Turns the projected `first + 1` items into edges with opaque cursors and page info. */
export function toConnection<T>(projected: ProjectedConnection<T>): Connection<T> {
  const items = projected.__items.slice(0, projected.__first);
  const edges = items.map((item) => ({ cursor: encodeCursor(item.sortKey), node: item.node }));
  return {
    edges,
    pageInfo: { hasNextPage: projected.__items.length > projected.__first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: projected.totalCount,
  };
}
