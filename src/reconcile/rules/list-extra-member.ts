/**
 * list-extra-member: a list names something that is not a member of the
 * collection at the list's date, and never was by then (one that joined later
 * is member-after-as-of's). A name the ledger does not know is unverifiable.
 */
import type { ListClaim } from '../../extract/claim.js';
import { listEntryVerdicts } from '../list-verdicts.js';
import type { Rule } from '../rule.js';

export const listExtraMember: Rule<ListClaim> = {
  meta: {
    id: 'list-extra-member',
    description: 'A list names something that is not a member of the collection at its date.',
    severity: 'error',
    kinds: ['list'],
    dependsOn: ['collection', 'owner', 'set', 'status', 'time', 'negation'],
  },
  check(list, { ledger }) {
    return listEntryVerdicts(list, ledger, list.asOf);
  },
};
