/**
 * A tier's name written wrongly: a collection term with its first two words
 * swapped ("strategic comprehensive partnership") names no tier at all.
 */
import type { TierClaim } from './claim.js';
import { claimBase, type ClaimDraft, type SentenceScope, type DraftOf } from './scope.js';

export function misnamedTierClaims(scope: SentenceScope): ClaimDraft[] {
  return scope.lexicon.matchMisnamedTerms(scope.sentence.text).map((m): DraftOf<TierClaim> => ({
    ...claimBase(scope, m.value.collection, m.start, m.end),
    kind: 'tier',
    expected: m.value.expected,
  }));
}
