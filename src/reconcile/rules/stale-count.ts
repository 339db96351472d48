/**
 * stale-count: a count of a collection's members that the ledger contradicts
 * at the date the claim speaks for. The message gives the ledger's count then
 * and when the stated count was true, which is usually the article's mistake:
 * a number written once and never updated.
 */
import type { CountClaim } from '../../extract/claim.js';
import { countVerdict } from '../count-verdict.js';
import type { Rule } from '../rule.js';

export const staleCount: Rule<CountClaim> = {
  meta: {
    id: 'stale-count',
    description: 'A count of members that the ledger contradicts at the date the claim speaks for.',
    severity: 'error',
    kinds: ['count'],
    dependsOn: ['collection', 'owner', 'set', 'status', 'time', 'negation'],
  },
  check(claim, { ledger }) {
    return countVerdict(claim, ledger, claim.asOf);
  },
};
