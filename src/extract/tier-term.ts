/**
 * A tier's name written wrongly: a collection term with its first two words
 * swapped ("strategic comprehensive partnership") names no tier at all.
 */
import type { TierClaim } from './claim.js';
import { claimBase, type ClaimDraft, type SentenceScope } from './scope.js';

export function misnamedTierClaims(scope: SentenceScope): ClaimDraft[] {
  return scope.lexicon.matchMisnamedTerms(scope.sentence.text).map((m): Omit<TierClaim, 'id'> => ({
    ...claimBase(scope, m.value.collection, m.start, m.end),
    kind: 'tier',
    expected: m.value.expected,
  }));
}
