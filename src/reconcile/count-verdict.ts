/**
 * A count of a collection's members judged at a date: stale-count's verdict at
 * the claim's own date, and outdated-since-publication's at a later one.
 */
import type { AsOf, CountClaim } from '../extract/claim.js';
import type { Collection, Ledger, Membership, Unit } from '../ledger/model.js';
import { countAt, countedBySteps, membersAt, membersCountedBy, whenCountWas, type CountRange } from '../ledger/query.js';
import { formatPartialDate, parsePartialDate, toInterval, type PartialDate } from '../time/partial-date.js';
import { describeAsOf, membershipEvidence, needsDate, reviewNote } from './evidence.js';
import { allows, allowsSome, describeRange } from './hedge.js';
import type { VerdictDraft } from './rule.js';
import { countPhrase, nounForMessage, rewriteCount } from './wording.js';

/** The collection's size the count states: "15 other countries" besides Bahrain is 16. */
export function totalOf(claim: CountClaim): number {
  return claim.value + (claim.besides?.length ?? 0);
}

/** What the ledger says of a count at a date; undefined when the collection is not listed in full. */
export interface CountAtDate {
  readonly collection: Collection;
  readonly unit?: Unit;
  readonly range: CountRange;
  readonly holds: boolean;
  /** The members the collection may have at that date, counted in the claim's unit. */
  readonly members: readonly Membership[];
}

export function countAtDate(claim: CountClaim, ledger: Ledger, date: PartialDate): CountAtDate | undefined {
  const collection = ledger.collections.get(claim.collection)!;
  if (!collection.complete) return undefined;
  const unit = claim.unit === undefined ? undefined : collection.units.find((u) => u.noun === claim.unit);
  const when = toInterval(date);
  const range = countAt(collection, when, unit);
  return { collection, ...(unit ? { unit } : {}), range, holds: allowsSome(totalOf(claim), claim.hedge, range), members: membersAt(collection, when, unit).possible };
}

/** The verdict on a count as of `asOf`: the ledger's count then, and when the stated count was true. */
export function countVerdict(claim: CountClaim, ledger: Ledger, asOf: AsOf | undefined): VerdictDraft {
  const names = (claim.besides ?? []).map((id) => `\`${ledger.entities.get(id)?.name ?? id}\``);
  // "`15 other` countries besides `Bahrain`": the set-apart members make the total.
  const phrase = `${countPhrase(claim)}${names.length > 0 ? ` besides ${names.join(', ')}` : ''}`;
  const set = claim.besides?.length ?? 0;
  const collection = ledger.collections.get(claim.collection)!;
  if (!collection.complete) {
    return { status: 'unverifiable', span: claim.span, evidence: [], message: `${phrase} cannot be checked: the ledger's \`${collection.id}\` does not list every member` };
  }
  if (!asOf) {
    return { status: 'unverifiable', span: claim.span, evidence: [], message: needsDate(phrase) };
  }
  if (claim.past) return pastCountVerdict(claim, collection, asOf);
  const { unit, range, holds, members } = countAtDate(claim, ledger, asOf.date)!;
  const when = toInterval(asOf.date);
  const evidence = members.map((m) => membershipEvidence(ledger, m));
  const noun = nounForMessage(claim.noun);
  if (holds) {
    return { status: 'supported', span: claim.span, evidence, actual: String(claim.value), expected: String(range.max), message: `${phrase} ${describeAsOf(asOf)}: the ledger has ${describeRange(range)} ${noun}` };
  }
  // Treaties are counted by ratifications as often as by entries into force: a count that holds so is not wrong.
  const byRatification = countAt(countedBySteps(collection, 'ratified'), when, unit);
  if (allowsSome(totalOf(claim), claim.hedge, byRatification)) {
    return { status: 'unverifiable', span: claim.span, evidence, message: `${phrase} ${describeAsOf(asOf)}: the ledger has ${describeRange(range)} ${noun}, but ${describeRange(byRatification)} counting ratifications, which the words may mean` };
  }
  const periods = whenCountWas(collection, totalOf(claim), unit);
  const history = claim.hedge !== 'exact' || set > 0 ? '' : periods.length > 0 ? `; ${claim.written} was true ${periods.map((p) => p.label).join(' and ')}` : `; the ledger never had ${claim.written}`;
  // The members that changed the count since it was last true are the evidence an editor needs.
  const lastTrue = periods.filter((p) => p.end <= when.end).at(-1);
  const decisive = lastTrue ? evidence.filter((e) => e.since !== undefined && toInterval(parsePartialDate(e.since)).start >= lastTrue.end) : [];
  return {
    status: 'refuted',
    span: claim.span,
    evidence: decisive.length > 0 ? decisive : evidence,
    actual: String(claim.value),
    expected: String(range.max),
    suggestion: rewriteCount(claim, range.max - set),
    message: `${phrase} ${describeAsOf(asOf)}: the ledger has ${describeRange(range)} ${noun} at that date${history}${reviewNote(collection, asOf)}`,
  };
}

/**
 * A past-tense count with no date of its own ("For decades, ASEAN had 10
 * members") is true if the collection had that many members on some day up
 * to `asOf`.
 */
function pastCountVerdict(claim: CountClaim, collection: Collection, asOf: AsOf): VerdictDraft {
  const phrase = countPhrase(claim);
  const unit = claim.unit === undefined ? undefined : collection.units.find((u) => u.noun === claim.unit);
  const end = toInterval(asOf.date).end;
  const most = membersCountedBy(collection, unit).length;
  const periods = Array.from({ length: most + 1 }, (_, n) => n)
    .filter((n) => allows(totalOf(claim), claim.hedge, n))
    .flatMap((n) => whenCountWas(collection, n, unit).filter((p) => p.start < end).map((p) => ({ n, p })));
  const upTo = `up to ${formatPartialDate(asOf.date)} (${asOf.source})`;
  if (periods.length > 0) {
    const history = periods.map(({ n, p }) => `${n} ${p.label}`).join(' and ');
    return { status: 'supported', span: claim.span, evidence: [], message: `${phrase}, in the past tense with no date: the ledger had ${history}` };
  }
  return {
    status: 'refuted',
    span: claim.span,
    evidence: [],
    actual: String(claim.value),
    message: `${phrase}, in the past tense with no date, but the ledger never had ${claim.hedge === 'exact' ? claim.written : 'such a count'} ${upTo}`,
  };
}
