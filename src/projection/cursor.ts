import { createHash } from 'node:crypto';
import { BadUserInputError } from '../errors';

/** A keyset position: the sort key values of an item. */
export type CursorKey = Array<string | number>;

/**
 * The tag of a list, which its cursors carry so that another list refuses them: a short hash of the type that has
 * the field (`Query` for a root field), the field's name and the shape of its sort key. Stable across releases as
 * long as the field and its order are.
 */
export function listTag(parentType: string, fieldName: string, sortShape: string): string {
  return createHash('sha256').update(`${parentType}.${fieldName}|${sortShape}`).digest('base64url').slice(0, 8);
}

/**
 * Opaque cursors: the list's tag then the item's sort key, as base64url JSON. Clients must treat them as opaque; a
 * cursor is only good for the list (and order) that gave it out.
 */
export function encodeCursor(tag: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([tag, ...key]), 'utf8').toString('base64url');
}

/** What a cursor must be to be read: the list's tag, the number of sort key values, the argument it came in. */
export interface CursorExpectation {
  tag: string;
  length: number;
  argument: 'after' | 'before';
}

/**
 * Reads a cursor made by {@link encodeCursor} for the list of `tag`. Anything else is a BAD_USER_INPUT naming the
 * argument: a cursor of another list (or another order of the same list) as well as garbage.
 */
export function decodeCursor(cursor: string, { tag, length, argument }: CursorExpectation): CursorKey {
  const value = parse(cursor);
  if (value && value[0] !== tag) {
    throw new BadUserInputError(`Argument "${argument}" is a cursor of another list (or another order, or an earlier release); pass a cursor this list gave out.`, argument);
  }
  if (value && value.length === length + 1) return value.slice(1);
  throw new BadUserInputError(`Argument "${argument}" is not a cursor this API gave out.`, argument);
}

/** The values of a well-formed cursor, its tag first; undefined for anything else. */
function parse(cursor: string): CursorKey | undefined {
  if (cursor.length > 2_000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const wellFormed = Array.isArray(value) && typeof value[0] === 'string' && value.every((k) => typeof k === 'string' || (typeof k === 'number' && Number.isFinite(k)));
    return wellFormed ? (value as CursorKey) : undefined;
  } catch {
    return undefined;
  }
}
