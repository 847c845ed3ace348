import { BadUserInputError } from '../errors';

/** A keyset position: the sort key values of the last item seen. */
export type CursorKey = Array<string | number>;

/** Opaque cursors: the sort key, as base64url JSON. Clients must treat them as opaque. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** Reads a cursor made by {@link encodeCursor}; anything else is a BAD_USER_INPUT naming the argument. */
export function decodeCursor(cursor: string, length: number, argument = 'after'): CursorKey {
  try {
    if (cursor.length > 2_000) throw new Error('too long');
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return key as CursorKey;
    }
  } catch {
    // fall through
  }
  throw new BadUserInputError(`Argument "${argument}" is not a cursor this API gave out.`, argument);
}
