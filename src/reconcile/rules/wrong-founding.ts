/**
 * wrong-founding: a date for the collection's start that the ledger's first
 * members contradict: their start, the other dates sources give for it, and
 * their signing or ratifying of the founding text. A later date may name a
 * refounding under the same name, and is only unverifiable.
 */
import type { FoundingClaim } from '../../extract/claim.js';
import { formatPartialDate, toInterval } from '../../time/partial-date.js';
import type { Rule } from '../rule.js';

export const wrongFounding: Rule<FoundingClaim> = {
  meta: {
    id: 'wrong-founding',
    description: "A date for the collection's start that its first members' dates contradict.",
    severity: 'error',
    kinds: ['founding'],
    dependsOn: ['collection', 'owner', 'status', 'negation'],
  },
  check(claim, { ledger }) {
    const collection = ledger.collections.get(claim.collection)!;
    const dated = collection.members.filter((m) => m.since);
    if (dated.length === 0) return { status: 'unverifiable', span: claim.span, evidence: [], message: `the ledger dates no member of \`${collection.id}\`` };
    const first = Math.min(...dated.map((m) => toInterval(m.since!).start));
    const founders = dated.filter((m) => toInterval(m.since!).start === first);
    // The founders' start, the dates sources also give, and the founding treaty's signature.
    const starts = founders.flatMap((m) => [m.since!, ...m.also.map((a) => a.date), ...m.events.filter((e) => e.event === 'signed' || e.event === 'ratified').map((e) => e.date)]);
    const dates = [...new Set(starts.map(formatPartialDate))].sort();
    const claimed = toInterval(claim.date);
    const distance = Math.min(...starts.map((d) => {
      const i = toInterval(d);
      return Math.max(0, i.start - claimed.end + 1, claimed.start - i.end + 1);
    }));
    const what = `\`${claim.text}\``;
    if (distance === 0) return { status: 'supported', span: claim.span, evidence: [], message: `${what}: the ledger's first members of \`${collection.id}\` joined ${dates.join(' or ')}` };
    // A later start may be a refounding under the same name ("the EU, founded in 1993"), not an error.
    const later = claimed.start >= Math.max(...starts.map((d) => toInterval(d).end));
    if (later) return { status: 'unverifiable', span: claim.span, evidence: [], message: `${what}: the ledger's first members of \`${collection.id}\` joined ${dates.join(' or ')}, earlier: a refounding or a later stage may be meant` };
    return { status: 'refuted', span: claim.span, evidence: [], actual: formatPartialDate(claim.date), expected: dates[0]!, message: `${what}, but the ledger's first members of \`${collection.id}\` joined ${dates.join(' or ')}` };
  },
};
