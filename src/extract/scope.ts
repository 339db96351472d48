/** What every claim reader sees of the sentence it reads, computed once per sentence. */
import { sourceSpan, type Article, type Block, type Span } from '../ingest/article.js';
import type { AsOf, Claim } from './claim.js';
import type { Lexicon, TermMatch } from './lexicon.js';
import type { Sentence } from './sentences.js';

export interface SentenceScope {
  readonly article: Article;
  readonly block: Block;
  readonly blockIndex: number;
  readonly sentence: Sentence;
  readonly terms: readonly TermMatch[];
  readonly lexicon: Lexicon;
  /** The article's own date, which relative dates ("last year") are read against. */
  readonly reference?: Date;
  /** "As of June 2025" in this sentence, if it says so. */
  readonly explicit?: AsOf;
  /** The date claims speak for when the sentence does not say. */
  readonly fallback?: AsOf;
  /** The collection the article is mostly about, for lines that name a member but no collection. */
  readonly topic?: string;
  /** The entities the article names most, most first: whom "the two countries" refers to (read on first use). */
  readonly focus?: () => readonly string[];
  /** The collections the article names anywhere, with how often: whether "the bloc" can mean only one. */
  readonly articleCollections?: ReadonlyMap<string, number>;
}

/** A claim as a reader gives it: before it is numbered and its tense read. */
export type DraftOf<C extends Claim> = Omit<C, 'id' | 'presentTense' | 'reading'>;
export type ClaimDraft = Claim extends infer C ? (C extends Claim ? DraftOf<C> : never) : never;

/** The fields every claim shares, for words at [start, end) of the scope's sentence. */
export function claimBase(scope: SentenceScope, collection: string, start: number, end: number): { collection: string; span: Span; text: string; sentence: Span; asOf?: AsOf } {
  const { block, sentence, article } = scope;
  const span = sourceSpan(block, sentence.start + start, sentence.start + end);
  const asOf = scope.explicit ?? scope.fallback;
  return {
    collection,
    span,
    text: article.text.slice(span.start, span.end),
    sentence: sourceSpan(block, sentence.start, sentence.end),
    ...(asOf ? { asOf } : {}),
  };
}

/** A span in the scope's sentence, in article offsets. */
export function spanIn(scope: SentenceScope, start: number, end: number): Span {
  return sourceSpan(scope.block, scope.sentence.start + start, scope.sentence.start + end);
}
