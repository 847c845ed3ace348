import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver, type ClassType } from 'type-graphql';
import type { AppContext } from '../../context';
import { listArgs } from '../../filters/listArgs';
import { isClaimLabel, type ClaimLabel } from '../../model';
import { selectionOf, type ListOptions, type PageArgs, type Projector, type SortKey } from '../../projection';
import { active, claimDateKey, dateKey } from './cypherHelpers';

/**
 * Every node of a label, in the list's default order: claims by their model date then id (retracted ones left out),
 * events by date, everything else by name or handle, then id. `where` and `orderBy` apply on top (Projector).
 */
export function allOf(label: string, q?: Projector): ListOptions & { sortKey: SortKey } {
  const condition = (w: string) => (isClaimLabel(label) ? active(w, q) : `${w}.id IS NOT NULL`);
  const sortKey: SortKey = isClaimLabel(label)
    ? (w) => [claimDateKey(label as ClaimLabel, w), `${w}.id`]
    : label === 'Event'
      ? (w) => [dateKey(`${w}.date`), `${w}.id`]
      : (w) => [`coalesce(${w}.${label === 'Account' ? 'handle' : 'name'}, '')`, `${w}.id`];
  return {
    match: (w) => `(${w}:${label}) WHERE ${condition(w)}`,
    anchored: (w, anchor) => `${anchor} WHERE ${w}:${label} AND ${condition(w)}`,
    sortKey,
    unique: true,
  };
}

/**
 * A root list of one type (`roles`, `events`, ...), with `where`, `orderBy` and the page arguments, read in one
 * statement by the request's GraphReader: the lists that have no shorthand filters of their own.
 */
export function rootList(typeName: string, queryName: string, connection: () => ClassType, description: string): ClassType {
  class RootListResolver {}
  Object.defineProperty(RootListResolver, 'name', { value: `${typeName}RootListResolver` });
  const prototype = RootListResolver.prototype as Record<string, unknown>;
  const args = listArgs(typeName);
  prototype[queryName] = (page: PageArgs, ctx: AppContext, info: GraphQLResolveInfo) => ctx.reader.connection(selectionOf(info), typeName, (q) => allOf(typeName, q), page);
  Reflect.defineMetadata('design:paramtypes', [args, Object, Object], prototype, queryName);
  Args(() => args)(prototype, queryName, 0);
  Ctx()(prototype, queryName, 1);
  Info()(prototype, queryName, 2);
  Query(connection, { description })(prototype, queryName, Object.getOwnPropertyDescriptor(prototype, queryName) as PropertyDescriptor);
  Resolver()(RootListResolver);
  return RootListResolver;
}
