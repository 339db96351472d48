/**
 * The extract stage's entry: Article → Claim[]. A cheap pre-filter (does the
 * block name any collection?) picks the blocks worth reading; only their
 * sentences with a number reach compromise.
 */
import type { Article } from '../ingest/article.js';
import { sourceSpan } from '../ingest/article.js';
import type { PartialDate } from '../time/partial-date.js';
import { defaultAsOf, explicitAsOf } from './as-of.js';
import type { AsOf, Claim, CountClaim, ListClaim } from './claim.js';
import { readCounts, readDozens } from './count.js';
import type { Lexicon } from './lexicon.js';
import { readBlockList, readInlineList, type ListReading } from './list.js';
import { readNumbers } from './nlp.js';
import { splitSentences } from './sentences.js';

export type { Claim, CountClaim, ListClaim, ListEntry, AsOf, AsOfSource, Hedge } from './claim.js';
export { buildLexicon, type Lexicon } from './lexicon.js';

export interface ExtractOptions {
  /** The date to judge claims at when the article gives none (--as-of). */
  readonly asOf?: PartialDate;
}

/** Digits or a number word: sentences without one cannot hold a count. */
const HAS_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b/i;

export async function extractClaims(article: Article, lexicon: Lexicon, options: ExtractOptions = {}): Promise<Claim[]> {
  const drafts: Omit<Claim, 'id'>[] = [];
  const fallback = defaultAsOf(article, options.asOf);
  for (const [index, block] of article.blocks.entries()) {
    if (!lexicon.mayHoldClaim(block.text)) continue;
    for (const sentence of splitSentences(block.text)) {
      if (!HAS_NUMBER.test(sentence.text)) continue;
      const terms = lexicon.matchTerms(sentence.text);
      if (terms.length === 0) continue;
      const numbers = [...(await readNumbers(sentence.text)), ...readDozens(sentence.text)];
      const counts = readCounts(sentence.text, numbers, terms, lexicon);
      if (counts.length === 0) continue;
      const explicit = explicitAsOf(block, sentence);
      const asOf = explicit ?? fallback;
      const sentenceSpan = sourceSpan(block, sentence.start, sentence.end);
      const endsWithColon = /:\s*$/.test(sentence.text) && sentence.end >= block.text.trimEnd().length;
      counts.forEach((count, c) => {
        const span = sourceSpan(block, sentence.start + count.start, sentence.start + count.end);
        const isLast = c === counts.length - 1;
        const list: ListReading | undefined =
          readInlineList(block, sentence.start, sentence.text, count.end, lexicon) ??
          (isLast && endsWithColon ? readBlockList(article.blocks, index, sentence.text, lexicon) : undefined);
        const countClaim: Omit<CountClaim, 'id'> = {
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
        if (list) {
          const listClaim: Omit<ListClaim, 'id'> = {
            kind: 'list',
            collection: count.collection,
            span: list.span,
            text: article.text.slice(list.span.start, list.span.end),
            sentence: sentenceSpan,
            ...(asOf ? { asOf: framingAsOf(explicit, asOf) } : {}),
            entries: list.entries,
            completeness: list.completeness,
          };
          drafts.push(listClaim);
        }
      });
    }
  }
  return linkCountsToLists(numberClaims(drafts));
}

/** A list takes its date from the sentence that frames it. */
function framingAsOf(explicit: AsOf | undefined, asOf: AsOf): AsOf {
  return explicit ? { ...explicit, source: 'framing' } : asOf;
}

/** Ids in reading order, so the same article always gets the same ids. */
function numberClaims(drafts: Omit<Claim, 'id'>[]): Claim[] {
  return drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => a.draft.span.start - b.draft.span.start || a.order - b.order)
    .map(({ draft }, i) => ({ ...draft, id: `c${i + 1}` }) as Claim);
}

/** Each list follows the count it enumerates in `drafts`; tie them together by id. */
function linkCountsToLists(claims: Claim[]): Claim[] {
  const byOrder = [...claims];
  const linked = new Map<string, Claim>(claims.map((c) => [c.id, c]));
  for (const list of byOrder.filter((c): c is ListClaim => c.kind === 'list')) {
    const count = byOrder
      .filter((c): c is CountClaim => c.kind === 'count' && c.sentence.start === list.sentence.start && c.span.end <= list.span.start)
      .sort((a, b) => b.span.end - a.span.end)[0];
    if (!count) continue;
    linked.set(count.id, { ...count, listId: list.id });
    linked.set(list.id, { ...list, countId: count.id });
  }
  return claims.map((c) => linked.get(c.id)!);
}
