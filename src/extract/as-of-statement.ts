/**
 * As-of statements: the article says how current it is — "Updated to June
 * 2025", "current as of March 2025". Such a statement speaks for the whole
 * article, so stale-as-of checks it against the events the article reports.
 */
import { sourceSpan } from '../ingest/article.js';
import { readDates } from '../time/read-dates.js';
import type { AsOfClaim } from './claim.js';
import type { SentenceScope, DraftOf } from './scope.js';

const CURRENCY = /\b(?:(?:last\s+)?updated(?:\s+(?:to|as of|on|in|through))?|current(?:\s+as)?\s+(?:of|to)|accurate\s+as\s+(?:of|at)|correct\s+as\s+(?:of|at))\s+$/i;

/** A cheap test for blocks worth reading for a statement. */
export const MAY_STATE_CURRENCY = /\b(?:updated|current|accurate|correct)\b/i;

export function asOfStatements(scope: SentenceScope): DraftOf<AsOfClaim>[] {
  const { sentence, block, article, topic } = scope;
  if (!topic) return []; // an article about no collection reports no events to check it against
  const drafts: DraftOf<AsOfClaim>[] = [];
  for (const date of readDates(sentence.text, scope.reference)) {
    const lead = CURRENCY.exec(sentence.text.slice(0, date.start));
    if (!lead) continue;
    const span = sourceSpan(block, sentence.start + lead.index, sentence.start + date.end);
    drafts.push({
      kind: 'as-of',
      collection: topic,
      span,
      text: article.text.slice(span.start, span.end),
      sentence: sourceSpan(block, sentence.start, sentence.end),
      date: date.date,
    });
  }
  return drafts;
}
