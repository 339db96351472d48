/**
 * duration: how long a tie has lasted at the claim's date — "after 50 years of
 * diplomatic ties, 16 years as Comprehensive Partners" — against the date the
 * ledger gives for its start. Years are rounded the way writers round them.
 */
import type { DurationClaim } from '../../extract/claim.js';
import { membershipsOf } from '../../ledger/query.js';
import { describeGap, gapBetween, gapFits, inUnits } from '../../time/gap.js';
import { formatPartialDate } from '../../time/partial-date.js';
import { describeAsOf, entityName, membershipEvidence, needsDate } from '../evidence.js';
import type { Rule } from '../rule.js';

export const duration: Rule<DurationClaim> = {
  meta: {
    id: 'duration',
    description: 'How long a tie has lasted, contradicted by the date the ledger gives for its start.',
    severity: 'error',
    kinds: ['duration'],
    dependsOn: ['collection', 'owner', 'member', 'status', 'time', 'negation'],
  },
  check(claim, { ledger }) {
    const collection = ledger.collections.get(claim.collection)!;
    const name = entityName(ledger, claim.entity, claim.entity);
    const membership = membershipsOf(collection, claim.entity).find((m) => m.since);
    if (!membership?.since) return { status: 'unverifiable', span: claim.span, evidence: [], message: `the ledger has no date for \`${name}\` in \`${collection.id}\`` };
    if (!claim.asOf) return { status: 'unverifiable', span: claim.span, evidence: [], message: needsDate(`\`${claim.text}\``) };
    const gap = gapBetween(membership.since, claim.asOf.date);
    const lasted = `\`${describeGap(gap, claim.unit)}\` since ${formatPartialDate(membership.since)}`;
    const evidence = [membershipEvidence(ledger, membership)];
    // "16 years" of ties 15.5 years old is the sixteenth year; "50 years" for 49.7 rounds. Either is fair.
    const { lo, hi } = inUnits(gap, claim.unit);
    const below = claim.unit === 'year' ? 1 : 0.5; // a year either side; "four decades" is not thirty years
    const fits = claim.hedge === 'exact' ? hi >= claim.amount - below && lo < claim.amount + 1 : gapFits(claim.amount, claim.unit, claim.hedge, gap);
    if (fits) return { status: 'supported', span: claim.span, evidence, message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(claim.asOf)}: the ledger has ${lasted}` };
    return { status: 'refuted', span: claim.span, evidence, message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(claim.asOf)}, but the ledger has ${lasted}` };
  },
};
