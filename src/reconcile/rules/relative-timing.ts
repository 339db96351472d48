/**
 * relative-timing: the time the article puts between two members joining —
 * "Four years later", "It will take another 4 years", "just 2 days after",
 * "less than 1 year after" — against the ledger's dates, at their precision.
 */
import type { TimingClaim } from '../../extract/claim.js';
import { membershipsOf } from '../../ledger/query.js';
import { describeGap, gapBetween, gapFits } from '../../time/gap.js';
import { formatPartialDate } from '../../time/partial-date.js';
import { entityName, membershipEvidence } from '../evidence.js';
import type { Rule } from '../rule.js';

export const relativeTiming: Rule<TimingClaim> = {
  meta: {
    id: 'relative-timing',
    description: 'The time between two members joining that the ledger contradicts.',
    severity: 'error',
    kinds: ['relative-timing'],
    dependsOn: ['collection', 'owner', 'member', 'status', 'negation'],
  },
  check(claim, { ledger }) {
    const collection = ledger.collections.get(claim.collection)!;
    const from = membershipsOf(collection, claim.anchor).find((m) => m.since);
    const to = membershipsOf(collection, claim.entity).find((m) => m.since);
    const [fromName, toName] = [entityName(ledger, claim.anchor, claim.anchor), entityName(ledger, claim.entity, claim.entity)];
    if (!from?.since || !to?.since) {
      return { status: 'unverifiable', span: claim.span, evidence: [], message: `the ledger does not date both \`${fromName}\` and \`${toName}\` in \`${collection.id}\`` };
    }
    const gap = gapBetween(from.since, to.since);
    const evidence = [membershipEvidence(ledger, from), membershipEvidence(ledger, to)];
    const between = `\`${describeGap(gap, claim.unit)}\` between \`${fromName}\` (${formatPartialDate(from.since)}) and \`${toName}\` (${formatPartialDate(to.since)})`;
    if (gap.max >= 0 && gapFits(claim.amount, claim.unit, claim.hedge, gap)) {
      return { status: 'supported', span: claim.span, evidence, message: `\`${claim.text}\`: the ledger has ${between}` };
    }
    return { status: 'refuted', span: claim.span, evidence, message: `\`${claim.text}\`, but the ledger has ${between}` };
  },
};
