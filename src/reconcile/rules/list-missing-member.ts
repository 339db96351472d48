/**
 * list-missing-member: a list that claims to be complete leaves out a member
 * the collection certainly had at the list's date. Partial lists ("including")
 * are never flagged for what they leave out.
 */
import type { ListClaim } from '../../extract/claim.js';
import { completeListVerdict } from '../list-verdicts.js';
import type { Rule } from '../rule.js';

export const listMissingMember: Rule<ListClaim> = {
  meta: {
    id: 'list-missing-member',
    description: 'A list that claims to be complete leaves out a member the collection had at its date.',
    severity: 'error',
    kinds: ['list'],
    dependsOn: ['collection', 'owner', 'member', 'set', 'status', 'time', 'negation'],
  },
  check(list, { ledger, claims }) {
    return completeListVerdict(list, ledger, claims, list.asOf);
  },
};
