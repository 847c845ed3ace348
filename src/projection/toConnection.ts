import { encodeCursor, type CursorKey } from './cursor';

/** How a page was asked for, as a connection projection carries it from the Cypher to the edges. */
export interface ProjectedPage {
  /** The page size (`first` or `last`); the items hold one more when the list goes on. */
  size: number;
  /** Paging backward (`last`): the items come in reverse list order. */
  backward: boolean;
  /** Whether `after` / `before` was given. */
  after: boolean;
  before: boolean;
  /** The list's tag, which its cursors carry. */
  tag: string;
}

/** What a connection projection returns from Cypher. */
export interface ProjectedConnection<T = unknown> {
  __items: Array<{ node: T; sortKey: CursorKey }>;
  __page: ProjectedPage;
  totalCount?: number;
  /** `count` and the groups asked for, by response key (`aggregate` of a connection). */
  aggregate?: Record<string, unknown>;
}

/** Relay page info. */
export interface PageInfoValue {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay-style connection, as the schema exposes it. */
export interface Connection<T = unknown> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoValue;
  totalCount?: number;
  aggregate?: Record<string, unknown>;
}

/**
 * An edge of a connection. Its cursor is encoded when it is read (most requests select none, and encoding one is most
 * of what making an edge costs); the same cursor every time.
 */
export class Edge<T = unknown> {
  constructor(
    private readonly tag: string,
    private readonly sortKey: CursorKey,
    readonly node: T,
  ) {}

  get cursor(): string {
    return encodeCursor(this.tag, this.sortKey);
  }
}

/**
 * Turns the projected `size + 1` items into edges with opaque cursors and page info, in list order. The extra item
 * says whether the list goes on in the direction of paging; the other direction is answered from the cursor given
 * (`after` given: there is a previous page; `before` given: there is a next page), as the Relay spec allows.
 */
export function toConnection<T>(projected: ProjectedConnection<T>): Connection<T> {
  const { size, backward, after, before, tag } = projected.__page;
  const more = projected.__items.length > size;
  const taken = projected.__items.slice(0, size);
  const items = backward ? taken.reverse() : taken;
  const edges = items.map((item) => new Edge(tag, item.sortKey, item.node));
  return {
    edges,
    pageInfo: {
      hasNextPage: (!backward && more) || before,
      hasPreviousPage: (backward && more) || after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: projected.totalCount,
    aggregate: projected.aggregate,
  };
}
