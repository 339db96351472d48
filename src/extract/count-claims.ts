/** Count claims in a sentence, each with the list that enumerates it when there is one. */
import { sourceSpan, type Span } from '../ingest/article.js';
import { eventAsOf } from './as-of.js';
import type { AsOf, CountClaim, ListClaim } from './claim.js';
import { MEMBERSHIP_NOUN, readCounts, readDozens } from './count.js';
import { framesLinesBelow, readBlockList, readInlineList, type ListReading } from './list.js';
import type { NumberMention } from './nlp.js';
import type { ClaimDraft, SentenceScope, DraftOf } from './scope.js';
import { statedOfThePast } from './tense.js';

export function countClaims(scope: SentenceScope, numbers: readonly NumberMention[]): ClaimDraft[] {
  const { article, block, sentence, lexicon } = scope;
  const counts = readCounts(sentence.text, [...numbers, ...readDozens(sentence.text)], scope.terms, lexicon, scope.topic);
  const sentenceSpan = sourceSpan(block, sentence.start, sentence.end);
  const framesBelow = framesLinesBelow(sentence.text, block.text.slice(sentence.end));
  const drafts: ClaimDraft[] = [];
  const framing = framingCount(sentence.text, counts);
  counts.forEach((count, c) => {
    if (refersBack(scope, count)) return;
    const span = sourceSpan(block, sentence.start + count.start, sentence.start + count.end);
    const isLast = c === framing;
    // "four Latin American countries among its 38 member states, namely …": the list is the four, not the 38.
    const container = /\bamong\s+(?:its|the|their|all)\s+$/i.test(sentence.text.slice(0, count.start));
    const list: ListReading | undefined = container ? undefined :
      readInlineList(block, sentence.start, sentence.text, count.end, lexicon) ??
      (isLast && framesBelow ? readBlockList(article.blocks, scope.blockIndex, sentence.text, lexicon) : undefined);
    const { asOf, past } = datedByTense(scope, { start: count.start, end: count.end });
    const countClaim: DraftOf<CountClaim> = {
      kind: 'count',
      collection: count.collection,
      span,
      text: article.text.slice(span.start, span.end),
      sentence: sentenceSpan,
      ...(asOf ? { asOf } : {}),
      value: count.value,
      hedge: count.hedge,
      written: count.written,
      phrase: count.phrase ?? sentence.text.slice(count.start, count.end),
      noun: count.noun,
      ...(count.unit ? { unit: count.unit } : {}),
      ...(past ? { past } : {}),
      ...(count.besides ? { besides: count.besides } : {}),
    };
    drafts.push(countClaim);
    if (list) drafts.push(listClaim(scope, count.collection, list, { start: count.start, end: count.end }));
  });
  return drafts;
}

/**
 * "the two countries in ASEAN" after a paragraph about Indonesia and
 * Singapore: a definite count of other than members is those already named
 * when this paragraph or the one before names as many (the collections' subjects aside).
 */
function refersBack(scope: SentenceScope, count: { start: number; value: number; unit?: string }): boolean {
  const { article, block, sentence, lexicon } = scope;
  if (!/\b(?:the|these|those)\s+$/i.test(sentence.text.slice(0, count.start)) || MEMBERSHIP_NOUN.test(count.unit ?? '')) return false;
  const at = sourceSpan(block, sentence.start + count.start, sentence.start + count.start).start;
  const subjects = new Set([...lexicon.ledger.collections.values()].map((c) => c.subject));
  const from = (article.blocks[scope.blockIndex - 1] ?? block).span.start;
  const named = new Set(lexicon.matchEntities(article.text.slice(Math.max(from, at - BACK_REFERENCE_REACH), at)).map((e) => e.value).filter((e) => !subjects.has(e)));
  return named.size >= count.value;
}

/** How far back (in characters, and no further than the paragraph before) "the two countries" may find the two it means. */
const BACK_REFERENCE_REACH = 800;

/**
 * The count that the lines below enumerate: the last before the sentence's
 * first colon ("15 partners: 14 countries and the EU." counts 15, and "14
 * countries" breaks it down), else the last.
 */
export function framingCount(sentence: string, counts: readonly { end: number }[]): number {
  const colon = sentence.indexOf(':');
  const before = colon < 0 ? -1 : counts.map((c) => c.end <= colon).lastIndexOf(true);
  return before >= 0 ? before : counts.length - 1;
}

/**
 * A list takes its date from the sentence that frames it; `at` is where the
 * sentence frames it (a count, a term), the sentence's end when not given.
 */
export function listClaim(scope: SentenceScope, collection: string, list: ListReading, at?: Span): DraftOf<ListClaim> {
  const { article, block, sentence } = scope;
  const dated = datedByTense(scope, at ?? { start: sentence.text.length, end: sentence.text.length });
  const asOf = dated.asOf && (dated.asOf.source === 'explicit' ? { ...dated.asOf, source: 'framing' as const } : dated.asOf);
  return {
    kind: 'list',
    collection,
    span: list.span,
    text: article.text.slice(list.span.start, list.span.end),
    sentence: sourceSpan(block, sentence.start, sentence.end),
    ...(asOf ? { asOf } : {}),
    entries: list.entries,
    completeness: list.completeness,
    ...(dated.past ? { past: dated.past } : {}),
  };
}

/**
 * The date the words at `at` of the scope's sentence speak for: an explicit
 * "as of", else, in the past tense, the date of the event the sentence
 * reports ("Eleven countries launched the euro on 1 January 1999"); a
 * past-tense claim with neither ("For decades, ASEAN had 10 members") speaks
 * for some time up to the article's date (`past`).
 */
function datedByTense(scope: SentenceScope, at: Span): { asOf?: AsOf; past?: true } {
  if (scope.explicit) return { asOf: scope.explicit };
  if (!statedOfThePast(scope.sentence.text, at)) return scope.fallback ? { asOf: scope.fallback } : {};
  const event = eventAsOf(scope.block, scope.sentence, at, scope.reference);
  if (event) return { asOf: event };
  return { ...(scope.fallback ? { asOf: scope.fallback } : {}), past: true };
}
