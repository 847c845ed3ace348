import { PRECISION_PERIODS, isPeriodStart } from '../../model';
import { BadUserInputError } from '../../errors';

/** An id argument: non-empty, at most 200 characters. */
export function checkId(value: string | null | undefined, argument: string): void {
  if (value === null || value === undefined) return;
  if (value.trim() === '' || value.length > 200) {
    throw new BadUserInputError(`Argument "${argument}" must be a non-empty id of at most 200 characters.`, argument);
  }
}

/** A list of ids: each a valid id, at most `max` of them (BAD_USER_INPUT naming the argument, with `max`). */
export function checkIds(values: readonly string[], argument: string, max: number): void {
  if (values.length > max) throw new BadUserInputError(`Argument "${argument}" names ${values.length} ids; the limit is ${max}.`, argument, { max });
  values.forEach((value, i) => checkId(value, `${argument}[${i}]`));
}

/** A whole number in [min, max]; outside it, BAD_USER_INPUT naming the argument. */
export function checkRange(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(`Argument "${argument}" must be a whole number from ${min} to ${max}; got ${value}.`, argument);
  }
  return value;
}

/** A period whose start is not after its end. */
export function checkPeriod(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw new BadUserInputError(`Argument "from" (${from}) is after "to" (${to}).`, 'from');
}

/** A free-text argument of bounded length. */
export function checkText(value: string | null | undefined, argument: string, max = 500): void {
  if (value !== null && value !== undefined && value.length > max) {
    throw new BadUserInputError(`Argument "${argument}" is longer than ${max} characters.`, argument);
  }
}

/** A date known to a month or a year is stored as the first day of that period. */
export function checkDate(date: string | null | undefined, precision: string | null | undefined, field: string): void {
  if (!date) {
    if (precision) throw new BadUserInputError(`Field "${field}Precision" is given without "${field}".`, `${field}Precision`);
    return;
  }
  if (!isPeriodStart(date, precision)) {
    const suffix = PRECISION_PERIODS[precision as keyof typeof PRECISION_PERIODS].firstDaySuffix;
    throw new BadUserInputError(`Field "${field}": a ${precision} date is the first day of its period (ending in ${suffix}).`, field);
  }
}

/** Text as written, in Unicode normal form C. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** The values without repeats, in first-seen order. */
export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** An id filter as given: under its 1.0 name (`targetId`) or its deprecated 0.x name (`target`). */
export interface IdFilterArgument {
  value: string | null;
  /** The argument the value came in, for errors (`NOT_FOUND` naming it). */
  argument: string;
}

/**
 * One id filter from its two spellings: the 1.0 name, ending in `Id` like every argument that holds an id, and the 0.x
 * name kept as a deprecated alias for a release. Both given with different ids is a BAD_USER_INPUT naming the alias.
 */
export function idFilter(current: string | null | undefined, currentName: string, alias: string | null | undefined, aliasName: string): IdFilterArgument {
  if (current != null && alias != null && current !== alias) {
    throw new BadUserInputError(`Arguments "${currentName}" and "${aliasName}" (its deprecated name) give different ids; give "${currentName}" only.`, aliasName);
  }
  if (current != null) return { value: current, argument: currentName };
  return { value: alias ?? null, argument: alias != null ? aliasName : currentName };
}

/** The deprecation of a 0.x id filter argument renamed to `<name>Id`. */
export const renamedIdArgument = (name: string): string => `Use \`${name}\`: arguments that hold an id end in \`Id\`.`;
