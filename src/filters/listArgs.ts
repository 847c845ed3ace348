import { ArgsType, Field, InputType, type ClassType } from 'type-graphql';
import { PageArgs } from '../graphql/pageArgs';
import type { PropertyDef } from '../model';
import { SortDirection } from './filterInputs';
import { whereInput, whereShape, WHERE_TYPES } from './whereInputs';

const orderInputs = new Map<string, ClassType>();

/** The properties a list of `typeName` may be ordered by: those the model marks sortable. */
export function sortableProperties(typeName: string): PropertyDef[] {
  return whereShape(typeName).properties.filter((p) => p.sortable);
}

/** `<Type>OrderBy`: one field per sortable property; each entry of `orderBy` gives one. */
export function orderByInput(typeName: string): ClassType {
  const known = orderInputs.get(typeName);
  if (known) return known;
  const OrderBy = class {};
  Object.defineProperty(OrderBy, 'name', { value: `${typeName}OrderBy` });
  for (const property of sortableProperties(typeName)) {
    Field(() => SortDirection, { nullable: true, description: `By ${property.name}: ${property.description}` })(OrderBy.prototype as object, property.name);
  }
  InputType(`${typeName}OrderBy`, { description: `One key to order ${typeName} items by (give one field per entry; entries apply in order, then the id).` })(OrderBy);
  orderInputs.set(typeName, OrderBy);
  return OrderBy;
}

const listArgsTypes = new Map<string, ClassType>();

/**
 * The arguments of a list of `typeName`, root or nested: `where`, `orderBy` and the page (`first`/`after`/`last`/
 * `before`), on top of `base` (a list's own shorthands, `asOf`, `status`, ...).
 */
export function listArgs(typeName: string, base: ClassType = PageArgs, name = `${typeName}ListArgs`): ClassType {
  const key = `${name}`;
  const known = listArgsTypes.get(key);
  if (known) return known;
  const Args = class extends (base as new () => object) {};
  Object.defineProperty(Args, 'name', { value: name });
  Field(() => whereInput(typeName), { nullable: true, description: `Only ${typeName} items that match this filter.` })(Args.prototype, 'where');
  if (sortableProperties(typeName).length > 0) {
    Field(() => [orderByInput(typeName)], { nullable: true, description: 'The order, key by key (then the id); the list’s own order when left out.' })(Args.prototype, 'orderBy');
  }
  ArgsType()(Args);
  listArgsTypes.set(key, Args);
  return Args;
}

// Made when this module loads (see whereInputs.ts): the orders and the root lists' arguments of every type.
for (const name of WHERE_TYPES) {
  orderByInput(name);
  listArgs(name);
}
