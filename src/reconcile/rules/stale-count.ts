/**
 * stale-count: a count of a collection's members that the ledger contradicts
 * at the date the claim speaks for. The message gives the ledger's count then
 * and when the stated count was true, which is usually the article's mistake:
 * a number written once and never updated.
 */
import type { CountClaim } from '../../extract/claim.js';
import { countAt, membersAt, whenCountWas } from '../../ledger/query.js';
import { parsePartialDate, toInterval } from '../../time/partial-date.js';
import { describeAsOf, membershipEvidence, needsDate, reviewNote } from '../evidence.js';
import { allowsSome, describeRange } from '../hedge.js';
import type { Rule } from '../rule.js';
import { countPhrase, nounForMessage, rewriteCount } from '../wording.js';

export const staleCount: Rule<CountClaim> = {
  meta: {
    id: 'stale-count',
    description: 'A count of members that the ledger contradicts at the date the claim speaks for.',
    severity: 'error',
    kinds: ['count'],
  },
  check(claim, { ledger }) {
    const collection = ledger.collections.get(claim.collection)!;
    const phrase = countPhrase(claim);
    if (!collection.complete) {
      return { status: 'unverifiable', span: claim.span, evidence: [], message: `${phrase} cannot be checked: the ledger's \`${collection.id}\` does not list every member` };
    }
    if (!claim.asOf) {
      return { status: 'unverifiable', span: claim.span, evidence: [], message: needsDate(phrase) };
    }
    const unit = claim.unit === undefined ? undefined : collection.units.find((u) => u.noun === claim.unit);
    const when = toInterval(claim.asOf.date);
    const range = countAt(collection, when, unit);
    const evidence = membersAt(collection, when, unit).possible.map((m) => membershipEvidence(ledger, m));
    const asOf = describeAsOf(claim.asOf);
    const noun = nounForMessage(claim.noun);
    if (allowsSome(claim.value, claim.hedge, range)) {
      return { status: 'supported', span: claim.span, evidence, actual: String(claim.value), expected: String(range.max), message: `${phrase} ${asOf}: the ledger has ${describeRange(range)} ${noun}` };
    }
    const periods = whenCountWas(collection, claim.value, unit);
    const history = claim.hedge !== 'exact' ? '' : periods.length > 0 ? `; ${claim.written} was true ${periods.map((p) => p.label).join(' and ')}` : `; the ledger never had ${claim.written}`;
    // The members that changed the count since it was last true are the evidence an editor needs.
    const lastTrue = periods.filter((p) => p.end <= when.end).at(-1);
    const decisive = lastTrue ? evidence.filter((e) => e.since !== undefined && toInterval(parsePartialDate(e.since)).start >= lastTrue.end) : [];
    return {
      status: 'refuted',
      span: claim.span,
      evidence: decisive.length > 0 ? decisive : evidence,
      actual: String(claim.value),
      expected: String(range.max),
      suggestion: rewriteCount(claim, range.max),
      message: `${phrase} ${asOf}: the ledger has ${describeRange(range)} ${noun} at that date${history}${reviewNote(collection, claim.asOf)}`,
    };
  },
};
