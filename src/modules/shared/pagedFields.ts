import type { GraphQLResolveInfo } from 'graphql';
import { Args, FieldResolver, Info, Resolver, Root, type ClassType } from 'type-graphql';
import { PageArgs } from '../../graphql/pageArgs';
import { readProjected } from '../../projection';
import { listArgs } from '../../filters/listArgs';

/** A list field of an object type that is a connection: its type, what it holds, and its arguments. */
export interface PagedField {
  /** The connection type (`connectionType(() => Role, 'Role')`). */
  type: () => ClassType;
  /** The type of its items, whose `<Type>Where` and `<Type>OrderBy` the list takes. */
  of: string;
  description: string;
  /** The arguments: `PageArgs`, or an args class extending it with the list's own filters. */
  args?: ClassType;
  /** Deprecation of a field kept for a release under its 0.x name. */
  deprecationReason?: string;
}

/**
 * A resolver class declaring the connection fields of `of` (a hub's lists: `lobbiedBy`, `roles(asOf)`, ...), each
 * with `where`, `orderBy`, `first`/`after`/`last`/`before` and its own filters. Their values are projected with the root field's
 * statement (`Projector.connection` in the type's spec), so every resolver only reads its projected value. The fields
 * are nullable: when a list's own arguments are refused (a page over the cap, another list's cursor), the error is
 * raised at that field and nulls it alone, not the parent a client would read as "not found".
 */
export function pagedFields(of: () => ClassType, fields: Record<string, PagedField>): ClassType {
  class PagedFieldsResolver {}
  Object.defineProperty(PagedFieldsResolver, 'name', { value: `${of().name}PagedFieldsResolver` });
  const prototype = PagedFieldsResolver.prototype as Record<string, unknown>;
  for (const [name, field] of Object.entries(fields)) {
    const args = listArgs(field.of, field.args ?? PageArgs, `${of().name}${name[0].toUpperCase()}${name.slice(1)}Args`);
    prototype[name] = (root: unknown, _args: unknown, info: GraphQLResolveInfo) => readProjected(root, info);
    Reflect.defineMetadata('design:paramtypes', [Object, args, Object], prototype, name);
    Root()(prototype, name, 0);
    Args(() => args)(prototype, name, 1);
    Info()(prototype, name, 2);
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name) as PropertyDescriptor;
    FieldResolver(field.type, { nullable: true, description: field.description, deprecationReason: field.deprecationReason })(prototype, name, descriptor);
  }
  Resolver(of)(PagedFieldsResolver);
  return PagedFieldsResolver;
}
