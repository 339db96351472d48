/** Count claims in a sentence, each with the list that enumerates it when there is one. */
import { sourceSpan } from '../ingest/article.js';
import type { CountClaim, ListClaim } from './claim.js';
import { readCounts, readDozens } from './count.js';
import { readBlockList, readInlineList, type ListReading } from './list.js';
import type { NumberMention } from './nlp.js';
import type { ClaimDraft, SentenceScope, DraftOf } from './scope.js';

export function countClaims(scope: SentenceScope, numbers: readonly NumberMention[]): ClaimDraft[] {
  const { article, block, sentence, lexicon } = scope;
  const counts = readCounts(sentence.text, [...numbers, ...readDozens(sentence.text)], scope.terms, lexicon);
  const asOf = scope.explicit ?? scope.fallback;
  const sentenceSpan = sourceSpan(block, sentence.start, sentence.end);
  const endsWithColon = /:\s*$/.test(sentence.text) && sentence.end >= block.text.trimEnd().length;
  const drafts: ClaimDraft[] = [];
  counts.forEach((count, c) => {
    const span = sourceSpan(block, sentence.start + count.start, sentence.start + count.end);
    const isLast = c === counts.length - 1;
    const list: ListReading | undefined =
      readInlineList(block, sentence.start, sentence.text, count.end, lexicon) ??
      (isLast && endsWithColon ? readBlockList(article.blocks, scope.blockIndex, sentence.text, lexicon) : undefined);
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
      phrase: sentence.text.slice(count.start, count.end),
      noun: count.noun,
      ...(count.unit ? { unit: count.unit } : {}),
    };
    drafts.push(countClaim);
    if (list) drafts.push(listClaim(scope, count.collection, list));
  });
  return drafts;
}

/** A list takes its date from the sentence that frames it. */
export function listClaim(scope: SentenceScope, collection: string, list: ListReading): DraftOf<ListClaim> {
  const { article, block, sentence } = scope;
  const asOf = scope.explicit ? { ...scope.explicit, source: 'framing' as const } : scope.fallback;
  return {
    kind: 'list',
    collection,
    span: list.span,
    text: article.text.slice(list.span.start, list.span.end),
    sentence: sourceSpan(block, sentence.start, sentence.end),
    ...(asOf ? { asOf } : {}),
    entries: list.entries,
    completeness: list.completeness,
  };
}
