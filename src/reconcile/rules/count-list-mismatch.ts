/**
 * count-list-mismatch: a count and the list that enumerates it disagree —
 * "thirteen nations:" above fourteen names. A partial list ("including …")
 * may name fewer than the count, never more. The ledger is not consulted:
 * the article contradicts itself.
 */
import type { CountClaim, ListClaim } from '../../extract/claim.js';
import { allows } from '../hedge.js';
import type { Rule } from '../rule.js';
import { countPhrase, rewriteCount } from '../wording.js';

export const countListMismatch: Rule<CountClaim> = {
  meta: {
    id: 'count-list-mismatch',
    description: 'A count and the list that enumerates it name different numbers of members.',
    severity: 'error',
    kinds: ['count'],
    dependsOn: ['set', 'negation'],
  },
  check(claim, { claims }) {
    const list = claims.find((c): c is ListClaim => c.kind === 'list' && c.id === claim.listId);
    if (!list) return undefined;
    const listed = list.entries.length;
    const cause = { claimId: list.id, span: list.span };
    const phrase = countPhrase(claim);
    const where = list.completeness === 'complete' ? 'the list that follows' : 'the partial list that follows';
    const consistent = list.completeness === 'complete' ? allows(claim.value, claim.hedge, listed) : listed <= claim.value || claim.hedge === 'more-than' || claim.hedge === 'at-least';
    if (consistent) {
      return { status: 'supported', span: claim.span, evidence: [], cause, actual: String(claim.value), expected: String(listed), message: `${phrase} agrees with ${where}, which names \`${listed}\`` };
    }
    return {
      status: 'refuted',
      span: claim.span,
      evidence: [],
      cause,
      actual: String(claim.value),
      expected: String(listed),
      suggestion: rewriteCount(claim, listed),
      message: `${phrase}, but ${where} names \`${listed}\`: ${list.entries.map((e) => e.name).join(', ')}`,
    };
  },
};
