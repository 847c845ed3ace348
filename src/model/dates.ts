import { DATE_PRECISION } from './vocabularies';

type Precision = (typeof DATE_PRECISION.values)[number];

/**
 * The period each date precision stands for, as an ISO 8601 duration (null: the day itself), and the date parts that
 * must be 01 for a date of that precision: a date known to a month or a year is stored as the first day of its period.
 */
export const PRECISION_PERIODS: Readonly<Record<Precision, { duration: string | null; firstDaySuffix: string }>> = {
  DAY: { duration: null, firstDaySuffix: '' },
  MONTH: { duration: 'P1M', firstDaySuffix: '-01' },
  YEAR: { duration: 'P1Y', firstDaySuffix: '-01-01' },
};

/** True when a YYYY-MM-DD date is the first day of the period its precision stands for. */
export function isPeriodStart(date: string, precision: string | null | undefined): boolean {
  const period = PRECISION_PERIODS[(precision ?? 'DAY') as Precision];
  return period ? date.endsWith(period.firstDaySuffix) : false;
}
