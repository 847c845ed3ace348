import { AppError, ErrorCode } from '../errors';
import type { SortPart } from '../projection/projector';
import { sortableProperties } from './listArgs';

/** One entry of `orderBy`: a sortable property and its direction. */
export type OrderByEntry = Record<string, 'ASC' | 'DESC' | null | undefined>;

/**
 * The sort key of `orderBy` on the item `w`: each entry's property (its cursor value never null: missing values sort
 * first ascending, last descending), then the id, so that the order is total and cursors stay keyset cursors.
 */
export function orderParts(typeName: string, orderBy: readonly OrderByEntry[], w: string): SortPart[] {
  const sortable = sortableProperties(typeName);
  const parts: SortPart[] = [];
  orderBy.forEach((entry, i) => {
    const given = Object.entries(entry).filter(([, direction]) => direction);
    if (given.length !== 1) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `Argument "orderBy[${i}]" must give exactly one field; it gives ${given.length}.`, { argument: `orderBy[${i}]` });
    }
    const [[name, direction]] = given;
    const property = sortable.find((p) => p.name === name);
    if (!property) throw new AppError(ErrorCode.BAD_USER_INPUT, `Argument "orderBy[${i}]": ${typeName} cannot be ordered by ${name}.`, { argument: `orderBy[${i}].${name}` });
    const x = `${w}.\`${property.name}\``;
    const value =
      property.kind === 'date'
        ? `coalesce(toString(${x}), '')`
        : property.kind === 'datetime'
          ? `coalesce(${x}.epochMillis, -1)`
          : property.kind === 'int' || property.kind === 'float'
            ? `coalesce(toFloat(${x}), -1.0e308)`
            : `coalesce(${x}, ${property.default !== undefined ? `'${String(property.default)}'` : "''"})`;
    parts.push({ cursor: value, order: direction === 'DESC' ? `${value} DESC` : value, descending: direction === 'DESC' });
  });
  parts.push({ cursor: `${w}.id`, order: `${w}.id` });
  return parts;
}
