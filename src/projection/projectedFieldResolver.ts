import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import { AppError, type ErrorCodeValue } from '../errors';
import type { ProjectedFieldError } from './projector';
import { Edge, toConnection, type ProjectedConnection } from './toConnection';

/** Marks objects built in JS (edges, page info), whose keys are field names rather than response keys. */
export const BY_NAME = Symbol('byName');
// Every edge is built in JS: marked once, on its class, rather than on each edge.
Object.defineProperty(Edge.prototype, BY_NAME, { value: true });

/**
 * Reads a field from a projected parent. Projections are keyed by response key (alias or name), so that the same
 * field asked twice with different arguments gets both answers; objects built in JS are keyed by field name. A
 * projected connection (`__items`) becomes edges with cursors here, wherever it sits in the tree.
 */
export function readProjected(source: unknown, info: GraphQLResolveInfo): unknown {
  if (source === null || typeof source !== 'object') return null;
  const record = source as Record<string | symbol, unknown>;
  const key = String(info.path.key);
  const value = !record[BY_NAME] && key in record ? record[key] : record[info.fieldName];
  if (value !== null && typeof value === 'object') {
    if ('__items' in value) return asConnection(value as ProjectedConnection);
    if ('__fieldError' in value) {
      const { code, message, extensions } = (value as ProjectedFieldError).__fieldError;
      throw new AppError(code as ErrorCodeValue, message, extensions);
    }
  }
  return value;
}

/** The server's default field resolver (Apollo's `fieldResolver`): {@link readProjected}. */
export const projectedFieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) => readProjected(source, info);

/** A projected connection as the schema returns it: edges with cursors, page info. */
export function asConnection(projected: ProjectedConnection): ReturnType<typeof toConnection> {
  return markByName(toConnection(projected));
}

function markByName<T extends object>(connection: T): T {
  const c = connection as unknown as { edges: object[]; pageInfo: object };
  Object.defineProperty(c, BY_NAME, { value: true });
  Object.defineProperty(c.pageInfo, BY_NAME, { value: true });
  return connection;
}

/** An empty page (a search with no word to look for), after its page arguments were checked. */
export function emptyConnection(window: { size: number; backward: boolean }): ReturnType<typeof toConnection> {
  return asConnection({ __items: [], __page: { ...window, after: false, before: false, tag: '' }, totalCount: 0 });
}
