/**
 * Finds dates written in prose and returns each at the precision it was
 * written: "May 2008" is a month, "March 10, 2025" a day, "in 2016" a year.
 * chrono-node reads day and month dates (and relative ones against the
 * article's own date); it does not read bare years, so those are matched here.
 */
import * as chrono from 'chrono-node';
import { makePartialDate, type PartialDate } from './partial-date.js';

export interface DateMention {
  readonly date: PartialDate;
  readonly start: number; // offset in the text that was read
  readonly end: number;
  readonly text: string;
}

/** A year on its own, 1000–2999, not part of a longer number, a day range or a time. */
const BARE_YEAR = /(?<![\p{L}\p{N}.,:/-])([12]\d{3})(?![\p{N}]|[.,:/-]\p{N})/gu;

/**
 * Every date in `text`, in order. `reference` anchors relative dates ("last
 * year"); without one, dates that need it are left out rather than guessed
 * against the machine's clock.
 */
export function readDates(text: string, reference?: Date): DateMention[] {
  const mentions: DateMention[] = [];
  const results = chrono.parse(text, { instant: reference ?? new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' });
  for (const result of results) {
    const start = result.start;
    // Without the article's own date, "now" or "last year" would be read against an arbitrary day.
    if (!reference && (!start.isCertain('year') || !/\d{4}/.test(result.text))) continue;
    if (!start.isCertain('month') && !start.isCertain('year')) continue; // a bare time or weekday
    const at = start.date();
    const year = at.getUTCFullYear();
    const month = start.isCertain('month') || start.isCertain('day') ? at.getUTCMonth() + 1 : undefined;
    const day = start.isCertain('day') && month !== undefined ? at.getUTCDate() : undefined;
    const text0 = trimTime(result.text);
    mentions.push({ date: makePartialDate(year, month, day), start: result.index, end: result.index + text0.length, text: text0 });
  }
  for (const match of text.matchAll(BARE_YEAR)) {
    const start = match.index;
    const end = start + match[0].length;
    if (mentions.some((m) => start < m.end && m.start < end)) continue;
    mentions.push({ date: { year: Number(match[1]) }, start, end, text: match[0] });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** chrono folds a following time into the date ("Feb 27, 2025 21:17"); the date is what counts. */
function trimTime(text: string): string {
  return text.replace(/[\s,/|·-]*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?$/i, '');
}
