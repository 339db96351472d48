/**
 * wrong-ordinal: a member's place in the order of joining that the ledger
 * contradicts — "the fifth country", "Vietnam's third comprehensive strategic
 * partner". The unit decides what is counted: "the fifth country" leaves out
 * members that are not countries. Ties and imprecise dates allow a range.
 * A collection the ledger does not list in full cannot place anyone: a member
 * it leaves out may have joined earlier. "The 193rd member" is also read as the
 * member that brought the count to 193, as organisations number them; the
 * claim is wrong only when neither reading fits.
 */
import type { OrdinalClaim } from '../../extract/claim.js';
import { countOnJoining, membershipsOf, ordinalOf } from '../../ledger/query.js';
import { formatPartialDate } from '../../time/partial-date.js';
import { aboutOtherCollection, entityName, formerNonMember, membershipEvidence, ordinalWord } from '../evidence.js';
import type { Rule } from '../rule.js';

export const wrongOrdinal: Rule<OrdinalClaim> = {
  meta: {
    id: 'wrong-ordinal',
    description: "A member's place in the order of joining that the ledger contradicts.",
    severity: 'error',
    kinds: ['ordinal'],
    dependsOn: ['collection', 'owner', 'member', 'set', 'status', 'negation'],
  },
  check(claim, { ledger }) {
    if (claim.holder) return aboutOtherCollection(ledger, claim.holder, claim.span);
    const collection = ledger.collections.get(claim.collection)!;
    const name = entityName(ledger, claim.entity, claim.entity);
    if (!collection.complete) {
      return { status: 'unverifiable', span: claim.span, evidence: [], message: `\`${claim.text}\` for \`${name}\` cannot be checked: the ledger's \`${collection.id}\` does not list every member` };
    }
    if (claim.qualifier) {
      return { status: 'unverifiable', span: claim.span, evidence: [], message: `the ledger has no group for \`${claim.qualifier}\`, so \`${claim.text}\` cannot be checked` };
    }
    const unit = claim.unit === undefined ? undefined : collection.units.find((u) => u.noun === claim.unit);
    const range = ordinalOf(collection, claim.entity, unit);
    const membership = membershipsOf(collection, claim.entity)[0];
    if (membership && !range && unit) {
      return { status: 'refuted', span: claim.span, evidence: [membershipEvidence(ledger, membership)], message: `\`${claim.text}\` for \`${name}\`, a member of \`${collection.id}\` that is not counted as a ${unit.noun}` };
    }
    if (!range || !membership) {
      return (membership ? undefined : formerNonMember(ledger, claim.entity, collection, claim.span)) ?? { status: 'refuted', span: claim.span, evidence: [], message: `\`${claim.text}\` for \`${name}\`, which is not a member of \`${collection.id}\`` };
    }
    const evidence = [membershipEvidence(ledger, membership)];
    const place = range.min === range.max ? `number \`${range.min}\`` : `number \`${range.min}\` to \`${range.max}\``;
    if (claim.rank >= range.min && claim.rank <= range.max) {
      return { status: 'supported', span: claim.span, evidence, message: `\`${claim.text}\` for \`${name}\`: the ledger makes it ${place} in \`${collection.id}\`` };
    }
    // Two readings of "the 193rd member": the 193rd to join, or the one that made 193 (those who left not counted).
    const made = countOnJoining(collection, claim.entity, unit);
    if (made && claim.rank >= made.min && claim.rank <= made.max) {
      return { status: 'supported', span: claim.span, evidence, message: `\`${claim.text}\` for \`${name}\`: it made the ledger's \`${collection.id}\` ${made.min === made.max ? made.min : `${made.min} to ${made.max}`} members` };
    }
    const joined = membership.since ? `, joining on ${formatPartialDate(membership.since)}` : '';
    return {
      status: 'refuted',
      span: claim.span,
      evidence,
      actual: String(claim.rank),
      expected: String(range.min),
      suggestion: claim.text.replace(/\b(?:\w+(?:st|nd|rd|th)|first|second|third|fifth|eighth|ninth|twelfth)\b/i, ordinalWord(range.min)),
      message: `\`${claim.text}\` for \`${name}\`, but the ledger makes it ${place} in \`${collection.id}\`${joined}`,
    };
  },
};
