/**
 * wrong-tier: a tier named wrongly ("strategic comprehensive partnership"),
 * or a member dated to a tier it was not in at that date — "elevated to a
 * comprehensive strategic partnership in 2018" when 2018 was the strategic
 * partnership. (A date that fits no tier is wrong-date's.)
 */
import type { MemberDateClaim, TierClaim } from '../../extract/claim.js';
import { membershipsOf } from '../../ledger/query.js';
import { formatPartialDate } from '../../time/partial-date.js';
import { entityName, membershipEvidence } from '../evidence.js';
import type { Rule } from '../rule.js';
import { pluralize } from '../../text/plural.js';
import { otherTierAt } from '../membership-dates.js';

export const wrongTier: Rule<TierClaim | MemberDateClaim> = {
  meta: {
    id: 'wrong-tier',
    description: 'A tier named wrongly, or a member dated to a tier it was not in at that date.',
    severity: 'error',
    kinds: ['tier', 'member-date'],
    dependsOn: ['owner', 'status', 'negation'],
  },
  check(claim, { ledger }) {
    if (claim.kind === 'tier') {
      return { status: 'refuted', span: claim.span, evidence: [], suggestion: inStyleOf(claim.text, claim.expected), message: `\`${claim.text}\` names no tier; the ledger's term is \`${claim.expected}\`` };
    }
    const other = otherTierAt(ledger, claim);
    if (!other) return undefined;
    const collection = ledger.collections.get(claim.collection)!;
    const own = membershipsOf(collection, claim.entity).find((m) => m.since);
    const name = entityName(ledger, claim.entity, claim.entity);
    return {
      status: 'refuted',
      span: claim.span,
      evidence: [membershipEvidence(ledger, other.membership), ...(own ? [membershipEvidence(ledger, own)] : [])],
      message: `\`${claim.text}\` is when \`${name}\` entered \`${other.collection}\`, not \`${collection.id}\`${own?.since ? ` (${formatPartialDate(own.since)})` : ''}`,
    };
  },
};

/** The right term in the wrong one's number and case: "Strategic Comprehensive Partnerships" → "Comprehensive Strategic Partnerships". */
function inStyleOf(written: string, term: string): string {
  const plural = /s$/i.test(written) && !/s$/i.test(term) ? pluralize(term) : term;
  if (written === written.toUpperCase()) return plural.toUpperCase();
  if (/^\p{Lu}/u.test(written.split(/\s+/)[1] ?? '')) return plural.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
  return plural;
}
