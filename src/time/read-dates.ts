/**
 * Finds dates written in prose and returns each at the precision it was
 * written: "May 2008" is a month, "March 10, 2025" a day, "in 2016" a year.
 * chrono-node reads day and month dates (and relative ones against the
 * article's own date); it does not read bare years, so those are matched here.
 */
import * as chrono from 'chrono-node/en';
import { dayFromDate, makePartialDate, partialDateOfDay, type PartialDate } from './partial-date.js';

export interface DateMention {
  readonly date: PartialDate;
  /** The last day of a range: "March 9–11, 2025", "9-11.3.2025". */
  readonly until?: PartialDate;
  readonly start: number; // offset in the text that was read
  readonly end: number;
  readonly text: string;
}

/** A date names a year or a month ("in February"); relative ones are few and explicit. "Now" and "today" mean the article's own date, which callers supply. */
const WRITTEN_DATE = /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;
const RELATIVE_DATE = /^(?:(?:last|this|next|past)\s+(?:year|month)|earlier this (?:year|month)|yesterday)$/i;

/**
 * What every date read here holds — a year, a month's name, or a word of a
 * relative date — so that text without one never reaches chrono.
 */
const MAY_HOLD_DATE = /\d{4}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:year|month|yesterday|ago|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

/** A year on its own, 1000–2999, not part of a longer number, a day range or a time. */
const BARE_YEAR = /(?<![\p{L}\p{N}.,:/-])([12]\d{3})(?![\p{N}]|[.,:/-]\p{N})/gu;

/**
 * Every date in `text`, in order. `reference` anchors relative dates ("last
 * year"); without one, dates that need it are left out rather than guessed
 * against the machine's clock.
 */
export function readDates(text: string, reference?: Date): DateMention[] {
  if (!MAY_HOLD_DATE.test(text)) return [];
  const mentions: DateMention[] = [...readDayRanges(text), ...(reference ? readRelativeDates(text, reference) : [])];
  const results = chrono.parse(text, { instant: reference ?? new Date(Date.UTC(2000, 0, 1)), timezone: 'UTC' });
  for (const result of results) {
    const start = result.start;
    // Without the article's own date, "now" or "last year" would be read against an arbitrary day.
    if (!reference && (!start.isCertain('year') || !/\d{4}/.test(result.text))) continue;
    if (!start.isCertain('month') && !start.isCertain('year')) continue; // a bare time or weekday
    const at = start.date();
    // "in May" without a year is the latest May up to the article's date: articles report what has happened.
    const year = at.getUTCFullYear() - (reference && !start.isCertain('year') && at.getTime() > reference.getTime() + 31 * 86_400_000 ? 1 : 0);
    const month = start.isCertain('month') || start.isCertain('day') ? at.getUTCMonth() + 1 : undefined;
    const day = start.isCertain('day') && month !== undefined ? at.getUTCDate() : undefined;
    const text0 = trimTime(result.text);
    if (!WRITTEN_DATE.test(text0) && !RELATIVE_DATE.test(text0)) continue; // "after 50 years", "now": not a date
    if (mentions.some((m) => result.index < m.end && m.start < result.index + text0.length)) continue;
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

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** Day ranges chrono reads as one day or not at all: "March 9–11, 2025", "9–11 March 2025", "9-11.3.2025". */
const DAY_RANGES: readonly [RegExp, (m: RegExpExecArray) => [number, number, number, number]][] = [
  [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})\\s*[-–]\\s*(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi'), (m) => [Number(m[4]), monthNumber(m[1]!), Number(m[2]), Number(m[3])]],
  [new RegExp(`\\b(\\d{1,2})\\s*[-–]\\s*(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi'), (m) => [Number(m[4]), monthNumber(m[3]!), Number(m[1]), Number(m[2])]],
  [/\b(\d{1,2})\s*[-–]\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g, (m) => [Number(m[4]), Number(m[3]), Number(m[1]), Number(m[2])]],
];

function readDayRanges(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const [pattern, parts] of DAY_RANGES) {
    for (const m of text.matchAll(pattern)) {
      const [year, month, first, last] = parts(m);
      if (!(month >= 1 && month <= 12 && first >= 1 && last >= first && last <= 31)) continue;
      found.push({ date: { year, month, day: first }, until: { year, month, day: last }, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return found;
}

function monthNumber(name: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** chrono folds a following time into the date ("Feb 27, 2025 21:17"); the date is what counts. */
function trimTime(text: string): string {
  // The lookbehind starts the search only where a run of separators starts: linear on long runs.
  return text.replace(/(?<![\s,/|·-])[\s,/|·-]*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]\.?M\.?)?$/i, '');
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBER_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "on Monday", "last Thursday": a weekday of the week the article was written in. */
const WEEKDAY = /\b(on|last)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/gi;
/** "a year ago", "three years ago", "18 months ago". */
const AGO = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(years?|months?)\s+ago\b/gi;
/** "last July": the latest July before the article's month. */
const LAST_MONTH = new RegExp(`\\blast\\s+${MONTH}(?![\\s,]+\\d)`, 'gi');

/**
 * Dates written relative to the article's own: a weekday ("on Monday" is the
 * latest Monday up to the article's day, "last Monday" the one before it), a
 * month ("last July"), and "N years ago" or "N months ago", read as the range
 * a writer rounds to (half a year, or a month, either way).
 */
function readRelativeDates(text: string, reference: Date): DateMention[] {
  const found: DateMention[] = [];
  const today = dayFromDate(reference);
  for (const m of text.matchAll(WEEKDAY)) {
    const back = (reference.getUTCDay() - WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 7) % 7 || (m[1]!.toLowerCase() === 'last' ? 7 : 0);
    found.push({ date: partialDateOfDay(today - back), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const m of text.matchAll(LAST_MONTH)) {
    const month = monthNumber(m[1]!);
    const year = reference.getUTCFullYear() - (month < reference.getUTCMonth() + 1 ? 0 : 1);
    const written = m[0].replace(/\.$/, ''); // a sentence's full stop, or an abbreviation's dot the span can do without
    found.push({ date: { year, month }, start: m.index, end: m.index + written.length, text: written });
  }
  for (const m of text.matchAll(AGO)) {
    const amount = /^\d/.test(m[1]!) ? Number(m[1]) : Math.max(1, NUMBER_WORDS.indexOf(m[1]!.toLowerCase()));
    const months = /^year/i.test(m[2]!) ? amount * 12 : amount;
    const spread = /^year/i.test(m[2]!) ? 6 : 1;
    found.push({ date: monthsBefore(reference, months + spread), until: monthsBefore(reference, Math.max(0, months - spread)), start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

/** The month `months` before the reference's, at month precision. */
function monthsBefore(reference: Date, months: number): PartialDate {
  const index = reference.getUTCFullYear() * 12 + reference.getUTCMonth() - months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
