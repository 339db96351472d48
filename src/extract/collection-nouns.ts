/**
 * Collection nouns: most sentences about a collection do not name it — "the
 * bloc", "the 27-nation union", "the grouping". A noun the ledger lists for a
 * collection (`nouns:`) refers to it in an article that is about it (names it
 * most), when no other collection the article names uses the same noun; then
 * it is read as that collection's term. Only a definite noun phrase refers back ("the
 * bloc", "this union", "the 20-member currency union"); "a trade bloc" does
 * not.
 */
import type { Lexicon, TermMatch } from './lexicon.js';
import { PhraseMatcher } from './phrase-matcher.js';

/** A determiner, then at most three words (adjectives, a hyphenated count): "the", "the 27-nation", "this enlarged". */
const DEFINITE_BEFORE = /\b(?:the|this|that|its)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}$/iu;

export interface CollectionNouns {
  /** Noun matches in a text, as terms of the collection each refers to. */
  match(text: string): TermMatch[];
  test(text: string): boolean;
}

export function collectionNouns(named: ReadonlyMap<string, number>, lexicon: Lexicon): CollectionNouns | undefined {
  // A noun refers back to what the article is about: its topic, the collection it names most.
  const topic = [...named].sort((a, b) => b[1] - a[1])[0]?.[0];
  const owners = new Map<string, Set<string>>();
  for (const id of named.keys()) {
    for (const noun of lexicon.ledger.collections.get(id)?.nouns ?? []) {
      const key = noun.toLowerCase();
      owners.set(key, new Set([...(owners.get(key) ?? []), id]));
    }
  }
  const unique = [...owners].filter(([, ids]) => ids.size === 1 && ids.has(topic!)).map(([noun, ids]) => [noun, [...ids][0]!] as const);
  if (unique.length === 0) return undefined;
  const matcher = new PhraseMatcher(unique);
  return {
    match: (text) => matcher.match(text).filter((m) => DEFINITE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))),
    test: (text) => matcher.test(text),
  };
}
