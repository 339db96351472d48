/**
 * wrong-membership: a state said to be a member ("Bulgaria, an EU member",
 * "UK joins CPTPP") that the ledger does not have at the claim's date, or said
 * not to be one ("Norway is not in the EU") that the ledger has. Precision is
 * honoured: a state that may have joined within the date's span is neither.
 */
import type { MembershipClaim } from '../../extract/claim.js';
import { membersAt, membershipsOf } from '../../ledger/query.js';
import { formatPartialDate, toInterval } from '../../time/partial-date.js';
import { describeAsOf, entityName, membershipEvidence, needsDate } from '../evidence.js';
import type { Rule } from '../rule.js';

export const wrongMembership: Rule<MembershipClaim> = {
  meta: {
    id: 'wrong-membership',
    description: 'A state said to be (or not to be) a member that the ledger places on the other side at that date.',
    severity: 'error',
    kinds: ['membership'],
    dependsOn: ['collection', 'owner', 'member', 'status', 'time', 'negation'],
  },
  check(claim, { ledger }) {
    const collection = ledger.collections.get(claim.collection)!;
    const name = entityName(ledger, claim.entity, claim.entity);
    const what = `\`${name}\` ${claim.member ? 'as a member of' : 'as outside'} \`${collection.id}\``;
    if (!claim.asOf) return { status: 'unverifiable', span: claim.span, evidence: [], message: needsDate(what) };
    const { certain, possible } = membersAt(collection, toInterval(claim.asOf.date));
    const spells = membershipsOf(collection, claim.entity);
    const evidence = spells.map((m) => membershipEvidence(ledger, m));
    const history = spells.length === 0 ? 'the ledger never had it' : `the ledger has it ${spells.map((m) => `${m.since ? `from ${formatPartialDate(m.since)}` : 'undated'}${m.until ? ` to ${formatPartialDate(m.until)}` : ''}`).join(' and ')}`;
    const isMember = certain.some((m) => m.entity === claim.entity);
    const mayBe = possible.some((m) => m.entity === claim.entity);
    if (claim.member ? mayBe : !isMember) return { status: 'supported', span: claim.span, evidence, message: `${what} ${describeAsOf(claim.asOf)}: ${history}` };
    if (!collection.complete && claim.member) {
      return { status: 'unverifiable', span: claim.span, evidence, message: `${what} cannot be checked: the ledger's \`${collection.id}\` does not list every member` };
    }
    return { status: 'refuted', span: claim.span, evidence, message: `${what} ${describeAsOf(claim.asOf)}, but ${history}` };
  },
};
