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
