/**
 * stale-as-of: the article says how current it is ("Updated to June 2025")
 * but itself reports an event after that date — the text was updated, the
 * statement was not.
 */
import type { AsOfClaim, MemberDateClaim } from '../../extract/claim.js';
import { formatPartialDate, describePartialDate, toInterval } from '../../time/partial-date.js';
import { entityName } from '../evidence.js';
import type { Rule } from '../rule.js';

export const staleAsOf: Rule<AsOfClaim> = {
  meta: {
    id: 'stale-as-of',
    description: 'An "updated to" date earlier than events the article itself reports.',
    severity: 'error',
    kinds: ['as-of'],
    dependsOn: [],
  },
  check(claim, { ledger, claims }) {
    const end = toInterval(claim.date).end;
    const later = claims
      .filter((c): c is MemberDateClaim => c.kind === 'member-date' && toInterval(c.date).start >= end)
      .sort((a, b) => toInterval(b.date).start - toInterval(a.date).start);
    const latest = later[0];
    if (!latest) {
      return { status: 'supported', span: claim.span, evidence: [], message: `no event the article reports is later than ${formatPartialDate(claim.date)}` };
    }
    return {
      status: 'refuted',
      span: claim.span,
      evidence: [],
      cause: { claimId: latest.id, span: latest.span },
      suggestion: claim.text.replace(/\S+(?:\s+\S+)?$/, describeMonth(latest)),
      message: `\`${claim.text}\`, but the article reports \`${entityName(ledger, latest.entity, latest.entity)}\` joining \`${latest.collection}\` in ${formatPartialDate(latest.date)}`,
    };
  },
};

function describeMonth(claim: MemberDateClaim): string {
  return describePartialDate(claim.date.month === undefined ? claim.date : { year: claim.date.year, month: claim.date.month });
}
