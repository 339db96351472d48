/**
 * Partial dates: a year, a month or a day, written the way sources write them
 * ("2008", "2008-05", "2008-05-30"). A partial date is an interval of days; its
 * precision says how much the source committed to, and every comparison is
 * made at that precision, never at a made-up first-of-the-month.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly year: number;
  readonly month?: number; // 1–12
  readonly day?: number; // 1–31
}

/** A day number: whole days since 1970-01-01 (UTC). */
export type DayNumber = number;

/** Half-open interval of days: [start, end). */
export interface DayInterval {
  readonly start: DayNumber;
  readonly end: DayNumber;
}

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

export function precisionOf(date: PartialDate): Precision {
  if (date.day !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

export function daysInMonth(year: number, month: number): number {
  return utc(year, month + 1, 0).getUTCDate();
}

/** Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not. */
function utc(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Why an ISO partial date is not valid, or null when it is. */
export function partialDateProblem(text: string): string | null {
  const m = ISO_PARTIAL.exec(text);
  if (!m) return `\`${text}\` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 1 || month > 12)) return `\`${text}\` has no month ${month}`;
  if (day !== undefined && day < 1) return `\`${text}\` has no day ${day}`;
  if (month !== undefined && day !== undefined && day > daysInMonth(year, month)) {
    return `\`${text}\` does not exist: ${String(year).padStart(4, '0')}-${pad(month)} has ${daysInMonth(year, month)} days`;
  }
  return null;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; throws on anything else. */
export function parsePartialDate(text: string): PartialDate {
  const problem = partialDateProblem(text);
  if (problem) throw new RangeError(problem);
  const [year, month, day] = text.split('-').map(Number) as [number, number?, number?];
  return makePartialDate(year, month, day);
}

export function makePartialDate(year: number, month?: number, day?: number): PartialDate {
  if (month === undefined) return { year };
  if (day === undefined) return { year, month };
  return { year, month, day };
}

export function formatPartialDate(date: PartialDate): string {
  const y = String(date.year).padStart(4, '0');
  if (date.month === undefined) return y;
  if (date.day === undefined) return `${y}-${pad(date.month)}`;
  return `${y}-${pad(date.month)}-${pad(date.day)}`;
}

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.round(utc(year, month, day).getTime() / MS_PER_DAY);
}

export function dayFromDate(date: Date): DayNumber {
  return dayNumber(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function formatDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function partialDateOfDay(day: DayNumber): PartialDate {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The days a partial date may denote: 2008-05 → [2008-05-01, 2008-06-01). */
export function toInterval(date: PartialDate): DayInterval {
  if (date.month === undefined) {
    return { start: dayNumber(date.year, 1, 1), end: dayNumber(date.year + 1, 1, 1) };
  }
  if (date.day === undefined) {
    return { start: dayNumber(date.year, date.month, 1), end: dayNumber(date.year, date.month + 1, 1) };
  }
  const start = dayNumber(date.year, date.month, date.day);
  return { start, end: start + 1 };
}

/** Coarsens a date to a precision: (2025-10-29, month) → 2025-10. */
export function truncate(date: PartialDate, precision: Precision): PartialDate {
  if (precision === 'year') return { year: date.year };
  if (precision === 'month') return date.month === undefined ? date : { year: date.year, month: date.month };
  return date;
}

/** True when the two dates can denote the same day at the coarser of their precisions. */
export function compatible(a: PartialDate, b: PartialDate): boolean {
  const ia = toInterval(a);
  const ib = toInterval(b);
  return ia.start < ib.end && ib.start < ia.end;
}

/** "May 2008", "29 October 2025", "2016": how an editor would write it. */
export function describePartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const month = MONTH_NAMES[date.month - 1];
  return date.day === undefined ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
