/**
 * list-missing-member: a list that claims to be complete leaves out a member
 * the collection certainly had at the list's date. Partial lists ("including")
 * are never flagged for what they leave out.
 */
import type { ListClaim } from '../../extract/claim.js';
import { membersAt } from '../../ledger/query.js';
import { formatPartialDate } from '../../time/partial-date.js';
import { describeAsOf, entityName, membershipEvidence } from '../evidence.js';
import { listInterval } from '../list-entries.js';
import type { Rule } from '../rule.js';

export const listMissingMember: Rule<ListClaim> = {
  meta: {
    id: 'list-missing-member',
    description: 'A list that claims to be complete leaves out a member the collection had at its date.',
    severity: 'error',
    kinds: ['list'],
  },
  check(list, { ledger }) {
    const collection = ledger.collections.get(list.collection)!;
    const when = listInterval(list);
    if (list.completeness !== 'complete' || !collection.complete || !when || !list.asOf) return undefined;
    const listed = new Set(list.entries.map((e) => e.entity));
    const missing = membersAt(collection, { start: when.start, end: when.start + 1 }).certain.filter((m) => !listed.has(m.entity));
    if (missing.length === 0) {
      return { status: 'supported', span: list.span, evidence: [], message: `the list names every member of \`${collection.id}\` ${describeAsOf(list.asOf)}` };
    }
    const names = missing.map((m) => `\`${entityName(ledger, m.entity, m.entity)}\`${m.since ? ` (since ${formatPartialDate(m.since)})` : ''}`);
    return {
      status: 'refuted',
      span: list.span,
      evidence: missing.map((m) => membershipEvidence(ledger, m)),
      message: `the list leaves out ${names.join(', ')}, ${missing.length === 1 ? 'a member' : 'members'} of \`${collection.id}\` ${describeAsOf(list.asOf)}`,
    };
  },
};
