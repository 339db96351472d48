/**
 * member-after-as-of: a list framed at a date ("As of June 2025, … :")
 * includes a member that joined only later — the list was updated, its
 * framing was not.
 */
import type { ListClaim } from '../../extract/claim.js';
import { formatPartialDate } from '../../time/partial-date.js';
import { describeAsOf, entityName, membershipEvidence } from '../evidence.js';
import { entryStanding, listInterval } from '../list-entries.js';
import type { Rule, VerdictDraft } from '../rule.js';

export const memberAfterAsOf: Rule<ListClaim> = {
  meta: {
    id: 'member-after-as-of',
    description: 'A list framed at a date includes a member that joined after that date.',
    severity: 'error',
    kinds: ['list'],
    dependsOn: ['collection', 'owner', 'set', 'status', 'negation'],
  },
  check(list, { ledger }) {
    const collection = ledger.collections.get(list.collection)!;
    const when = listInterval(list);
    if (!when || !list.asOf || list.past) return undefined;
    const verdicts: VerdictDraft[] = [];
    for (const entry of list.entries) {
      const standing = entryStanding(collection, entry, when);
      if (standing.kind !== 'later') continue;
      const joined = formatPartialDate(standing.membership.since!);
      verdicts.push({
        status: 'refuted',
        span: entry.span,
        evidence: [membershipEvidence(ledger, standing.membership)],
        ...(list.asOf.span ? { cause: { claimId: list.id, span: list.asOf.span } } : {}),
        message: `\`${entityName(ledger, entry.entity, entry.name)}\` joined \`${collection.id}\` on ${joined}, after the list's date: ${describeAsOf(list.asOf)}`,
      });
    }
    if (verdicts.length > 0) return verdicts;
    return { status: 'supported', span: list.span, evidence: [], message: `no listed member joined \`${collection.id}\` after the list's date: ${describeAsOf(list.asOf)}` };
  },
};
