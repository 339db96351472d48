/**
 * delta-count: how many members a collection gained over a period — "By
 * 2024, there will be 3 more countries" — against the members the ledger has
 * joining within that period. A collection the ledger lists in part refutes
 * only a number below the members it lists.
 */
import type { DeltaClaim } from '../../extract/claim.js';
import { membersCountedBy } from '../../ledger/query.js';
import { formatPartialDate, toInterval } from '../../time/partial-date.js';
import { entityName, membershipEvidence } from '../evidence.js';
import type { Rule } from '../rule.js';

export const deltaCount: Rule<DeltaClaim> = {
  meta: {
    id: 'delta-count',
    description: 'How many members joined within a period, contradicted by the ledger.',
    severity: 'error',
    kinds: ['delta'],
    dependsOn: ['collection', 'owner', 'status', 'time', 'negation'],
  },
  check(claim, { ledger }) {
    const collection = ledger.collections.get(claim.collection)!;
    const unit = claim.unit === undefined ? undefined : collection.units.find((u) => u.noun === claim.unit);
    const period = toInterval(claim.period);
    const within = membersCountedBy(collection, unit).filter((m) => m.since && toInterval(m.since).start >= period.start && toInterval(m.since).start < period.end);
    const certain = within.filter((m) => toInterval(m.since!).end <= period.end);
    const evidence = within.map((m) => membershipEvidence(ledger, m));
    const names = within.map((m) => entityName(ledger, m.entity, m.entity)).join(', ');
    const joined = `\`${within.length}\` joined \`${collection.id}\` in ${formatPartialDate(claim.period)}${within.length > 0 ? ` (${names})` : ''}`;
    if (claim.value >= certain.length && claim.value <= within.length) {
      return { status: 'supported', span: claim.span, evidence, message: `\`${claim.text}\`: ${joined}` };
    }
    // More than the ledger lists is no contradiction when it does not list every member.
    if (claim.value > within.length && !collection.complete) {
      return { status: 'unverifiable', span: claim.span, evidence, message: `\`${claim.text}\` cannot be checked: the ledger's \`${collection.id}\` does not list every member; ${joined}` };
    }
    return { status: 'refuted', span: claim.span, evidence, message: `\`${claim.text}\`, but ${joined}` };
  },
};
