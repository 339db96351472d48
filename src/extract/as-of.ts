/**
 * The date a claim speaks for. Strongest first: an explicit phrase in the
 * sentence ("As of June 2025"), the sentence that frames a list, the date in
 * the title ("(Oct 2025)"), the article's own date (front matter, dateline),
 * and last the command line's --as-of. "Currently", "now" and "to date" mean
 * the article's own date.
 */
import { sourceSpan, type Article, type Block, type Span } from '../ingest/article.js';
import { partialDateOfDay, toInterval, type PartialDate } from '../time/partial-date.js';
import { readDates } from '../time/read-dates.js';
import type { AsOf } from './claim.js';
import type { Sentence } from './sentences.js';
import { clauseAround } from './tense.js';

export const AS_OF_LEAD = /\b(?:as of|as at|updated to|up to|through|by the end of|at the end of)\s+$/i;
/** AS_OF_LEAD anywhere: a sentence without one is not worth reading dates for (chrono is costly). */
const MAY_HOLD_AS_OF = /\b(?:as of|as at|updated to|up to|through|by the end of|at the end of)\s/i;

/** An explicit "as of <date>" in the sentence, if any. */
export function explicitAsOf(block: Block, sentence: Sentence, reference?: Date): AsOf | undefined {
  if (!MAY_HOLD_AS_OF.test(sentence.text)) return undefined;
  for (const mention of readDates(sentence.text, reference)) {
    const before = sentence.text.slice(0, mention.start);
    const lead = AS_OF_LEAD.exec(before);
    if (!lead) continue;
    const start = sentence.start + lead.index;
    // "By the end of 2024" speaks for the last day of 2024, not for any day of it.
    const date = /end of/i.test(lead[0]) ? partialDateOfDay(toInterval(mention.date).end - 1) : mention.date;
    return { date, source: 'explicit', span: sourceSpan(block, start, sentence.start + mention.end) };
  }
  return undefined;
}

/** A preposition that puts an event at a date ("on 1 January 1999", "in 2016", "by 2020"), or nothing when the date opens the sentence. */
const AT_DATE = /(?:^|\b(?:in|on|at|by|during)\s+)$/i;

/**
 * The date of the event a past-tense sentence reports, which a count in it
 * speaks for: "Eleven countries launched the euro on 1 January 1999", "In
 * 2016, Vietnam had three partners". The date nearest `at` in its clause,
 * not one that bounds a period ("since 2019", "until 2020").
 */
export function eventAsOf(block: Block, sentence: Sentence, at: Span, reference?: Date): AsOf | undefined {
  const clause = coordinateClause(sentence.text, clauseAround(sentence.text, at), at);
  const distance = (d: { start: number; end: number }) => (d.start >= at.end ? d.start - at.end : at.start - d.end);
  const date = readDates(sentence.text, reference)
    .filter((d) => d.start >= clause.start && d.end <= clause.end && !d.until && AT_DATE.test(sentence.text.slice(clause.start, d.start) + leadOf(d.text)))
    .sort((a, b) => distance(a) - distance(b))[0];
  return date && { date: date.date, source: 'explicit', span: sourceSpan(block, sentence.start + date.start, sentence.start + date.end) };
}

/** ", and", ", but", ", while": a break between coordinate clauses, each with its own event. */
const COORDINATE_BREAK = /,\s*(?:and|but|while|whereas|yet)\s+/gi;

/** The part of `clause` between the coordinate breaks around `at`. */
function coordinateClause(text: string, clause: Span, at: Span): Span {
  let start = clause.start;
  let end = clause.end;
  for (const m of text.slice(clause.start, clause.end).matchAll(COORDINATE_BREAK)) {
    const breakStart = clause.start + m.index;
    if (breakStart + m[0].length <= at.start) start = breakStart + m[0].length;
    else if (breakStart >= at.end && breakStart < end) end = breakStart;
  }
  return { start, end };
}

/** chrono keeps a preposition with the date it reads ("on 1 January 1999"). */
function leadOf(mention: string): string {
  return /^(?:in|on|at|by|during|since|until|from|before|after)\s+/i.exec(mention)?.[0] ?? '';
}

/** The date a claim speaks for when its sentence does not say. */
export function defaultAsOf(article: Article, commandLine?: PartialDate): AsOf | undefined {
  if (article.titleDate) return { date: article.titleDate.date, source: 'title', span: article.titleDate.span };
  if (article.date) return { date: article.date.date, source: article.date.source, span: article.date.span };
  if (commandLine) return { date: commandLine, source: 'command-line' };
  return undefined;
}
