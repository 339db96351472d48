/**
 * The date a claim speaks for. Strongest first: an explicit phrase in the
 * sentence ("As of June 2025"), the sentence that frames a list, the date in
 * the title ("(Oct 2025)"), the article's own date (front matter, dateline),
 * and last the command line's --as-of. "Currently", "now" and "to date" mean
 * the article's own date.
 */
import { sourceSpan, type Article, type Block } from '../ingest/article.js';
import { partialDateOfDay, toInterval, type PartialDate } from '../time/partial-date.js';
import { readDates } from '../time/read-dates.js';
import type { AsOf } from './claim.js';
import type { Sentence } from './sentences.js';

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

/** The date a claim speaks for when its sentence does not say. */
export function defaultAsOf(article: Article, commandLine?: PartialDate): AsOf | undefined {
  if (article.titleDate) return { date: article.titleDate.date, source: 'title', span: article.titleDate.span };
  if (article.date) return { date: article.date.date, source: article.date.source, span: article.date.span };
  if (commandLine) return { date: commandLine, source: 'command-line' };
  return undefined;
}
