/**
 * wrong-date: the article dates a membership differently from the ledger, at
 * the article's own precision. "May 2008" against a ledger's 2008-05 is right,
 * "2008" is right, "June 2012" against 2012-07-27 is wrong; a range is right
 * when it contains the ledger's date. Dates the ledger records as defensible
 * alternatives (`also`) are right too, and so is the start of any spell of a
 * member that left and came back.
 */
import type { MemberDateClaim } from '../../extract/claim.js';
import { membershipsOf } from '../../ledger/query.js';
import { describePartialDate, formatPartialDate, precisionOf, truncate } from '../../time/partial-date.js';
import { entityName, formerNonMember, kinCollections, membershipEvidence } from '../evidence.js';
import type { Rule } from '../rule.js';
import { datesFit, otherTierAt } from '../membership-dates.js';

export const wrongDate: Rule<MemberDateClaim> = {
  meta: {
    id: 'wrong-date',
    description: 'A membership date that the ledger contradicts at the precision the article gives.',
    severity: 'error',
    kinds: ['member-date'],
    dependsOn: ['collection', 'owner', 'member', 'status', 'time', 'negation'],
  },
  check(claim, { ledger }) {
    const collection = ledger.collections.get(claim.collection)!;
    const name = entityName(ledger, claim.entity, claim.entity);
    // A member that left and came back has one start per spell: a date that fits any of them is right.
    const spells = membershipsOf(collection, claim.entity).filter((m) => m.since);
    const membership = spells.find((m) => datesFit(claim, m)) ?? spells[0];
    if (!membership?.since) {
      if (!collection.complete || membershipsOf(collection, claim.entity).length > 0) {
        return { status: 'unverifiable', span: claim.span, evidence: [], message: `the ledger has no date for \`${name}\` in \`${collection.id}\`` };
      }
      return formerNonMember(ledger, claim.entity, collection, claim.span) ??
        { status: 'refuted', span: claim.entitySpan, evidence: [], message: `\`${name}\` is not a member of \`${collection.id}\`${elsewhere(ledger, claim)}` };
    }
    const evidence = [membershipEvidence(ledger, membership)];
    const ledgerDate = formatPartialDate(membership.since);
    if (datesFit(claim, membership)) {
      return { status: 'supported', span: claim.span, evidence, message: `\`${claim.text}\` for \`${name}\` agrees with the ledger's ${ledgerDate}` };
    }
    if (otherTierAt(ledger, claim)) return undefined; // the date is another tier's: wrong-tier reports it
    return {
      status: 'refuted',
      span: claim.span,
      evidence,
      actual: formatPartialDate(claim.date),
      expected: ledgerDate,
      suggestion: describePartialDate(truncate(membership.since, precisionOf(claim.date))),
      message: `\`${claim.text}\` for \`${name}\` contradicts the ledger, which dates its \`${collection.id}\` membership ${ledgerDate}`,
    };
  },
};

/** Where else the ledger has the entity, for "it is a strategic partner, not a CSP". */
function elsewhere(ledger: Parameters<Rule['check']>[1]['ledger'], claim: MemberDateClaim): string {
  const collection = ledger.collections.get(claim.collection)!;
  const other = kinCollections(ledger, collection)
    .flatMap((c) => c.members.filter((m) => m.entity === claim.entity && m.collection !== claim.collection).map((m) => ({ c, m })))[0];
  return other ? `; the ledger has it in \`${other.c.id}\`${other.m.since ? ` since ${formatPartialDate(other.m.since)}` : ''}` : '';
}
