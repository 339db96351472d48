/**
 * Time between two partial dates, as the range of whole days it may span, and
 * whether a stated amount ("four years", "less than 1 year", "2 days") fits it.
 */
import type { Hedge, TimeUnit } from '../extract/claim.js';
import { toInterval, type PartialDate } from './partial-date.js';

export interface GapRange {
  readonly min: number; // days
  readonly max: number;
}

const DAYS_PER: Record<TimeUnit, number> = { day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };

/** Days from `from` to `to`, over every pair of days the two dates may denote. */
export function gapBetween(from: PartialDate, to: PartialDate): GapRange {
  const a = toInterval(from);
  const b = toInterval(to);
  return { min: b.start - (a.end - 1), max: b.end - 1 - a.start };
}

/**
 * Whether some gap in the range reads as the stated amount. "Four years" is
 * four whole years, so anything from three and a half (rounded) to just under
 * five (truncated); days and weeks are counted exactly.
 */
export function gapFits(amount: number, unit: TimeUnit, hedge: Hedge, gap: GapRange): boolean {
  const { lo, hi } = inUnits(gap, unit);
  const fuzzy = unit === 'day' || unit === 'week' ? 0 : 0.5;
  switch (hedge) {
    case 'fewer-than': return lo < amount;
    case 'at-most': return lo <= amount;
    case 'more-than': return hi > amount;
    case 'at-least': return hi >= amount;
    case 'nearly': return lo < amount && hi >= amount * 0.8;
    case 'about': return lo <= amount * 1.1 + fuzzy && hi >= amount * 0.9 - fuzzy;
    case 'exact': return lo < amount + 1 && hi >= amount - fuzzy;
  }
}

/** The gap in a unit: days → years. */
export function inUnits(gap: GapRange, unit: TimeUnit): { lo: number; hi: number } {
  return { lo: gap.min / DAYS_PER[unit], hi: gap.max / DAYS_PER[unit] };
}

/** "4.2 years", "2 days", "0.8 to 0.9 years". */
export function describeGap(gap: GapRange, unit: TimeUnit): string {
  const round = (days: number) => {
    const value = days / DAYS_PER[unit];
    return unit === 'day' || unit === 'week' ? String(Math.round(value)) : value.toFixed(1);
  };
  const [lo, hi] = [round(gap.min), round(gap.max)];
  return `${lo === hi ? lo : `${lo} to ${hi}`} ${unit}s`;
}
