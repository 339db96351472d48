/**
 * stale-superlative: "the newest partner", "the latest elevation", "the only
 * ASEAN country", "the first ASEAN member" — true when written, often not for
 * long. "Newest" is refuted when a later member had certainly joined by the
 * claim's date, or may have and the article itself reports it.
 */
import type { SuperlativeClaim } from '../../extract/claim.js';
import type { Rule } from '../rule.js';
import { superlativeVerdict } from '../superlative-verdict.js';

export const staleSuperlative: Rule<SuperlativeClaim> = {
  meta: {
    id: 'stale-superlative',
    description: 'A superlative ("the newest", "the only", "the first") that the ledger contradicts at its date.',
    severity: 'error',
    kinds: ['superlative'],
    dependsOn: ['collection', 'owner', 'member', 'set', 'status', 'time', 'negation'],
  },
  check(claim, { ledger, claims }) {
    return superlativeVerdict(claim, ledger, claims, claim.asOf);
  },
};
