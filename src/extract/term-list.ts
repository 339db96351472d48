/**
 * Lists with no count: framed by a collection's term — "Vietnam's
 * comprehensive strategic partners include China, Russia and India", or a
 * sentence naming the collection that ends with a colon above lines, list
 * items or a table.
 */
import { listClaim } from './count-claims.js';
import { framesLinesBelow, readBlockList, readColonList, readTermList } from './list.js';
import type { ClaimDraft, SentenceScope } from './scope.js';

export function termListClaims(scope: SentenceScope): ClaimDraft[] {
  const { block, sentence, lexicon, article } = scope;
  for (const term of scope.terms) {
    const list = readTermList(block, sentence.start, sentence.text, term.end, lexicon) ?? readColonList(block, sentence.start, sentence.text, term.end, lexicon);
    if (list) return [listClaim(scope, term.value, list, { start: term.start, end: term.end })];
  }
  const term = scope.terms.at(-1);
  const list = term && framesLinesBelow(sentence.text, block.text.slice(sentence.end)) ? readBlockList(article.blocks, scope.blockIndex, sentence.text, lexicon) : undefined;
  return list && term ? [listClaim(scope, term.value, list)] : [];
}
