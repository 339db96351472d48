/**
 * internal-contradiction: two claims in one article that cannot both be true —
 * the same member given two dates that do not overlap, or two exact counts of
 * the same thing at the same date. Reported on the later claim, with the
 * earlier one as its cause. The ledger is not consulted.
 */
import type { Claim, CountClaim, MemberDateClaim } from '../../extract/claim.js';
import type { Collection } from '../../ledger/model.js';
import { formatPartialDate, toInterval } from '../../time/partial-date.js';
import { entityName } from '../evidence.js';
import type { Rule, RuleContext, VerdictDraft } from '../rule.js';
import { countPhrase } from '../wording.js';

export const internalContradiction: Rule<CountClaim | MemberDateClaim> = {
  meta: {
    id: 'internal-contradiction',
    description: 'Two claims in one article that cannot both be true.',
    severity: 'error',
    kinds: ['count', 'member-date'],
    dependsOn: ['collection', 'owner', 'set', 'status', 'time', 'negation'],
  },
  check(claim, context) {
    return claim.kind === 'count' ? contradictedCount(claim, context) : contradictedDate(claim, context);
  },
};

function contradictedDate(claim: MemberDateClaim, { ledger, claims }: RuleContext): VerdictDraft | undefined {
  // A member that left and came back has a date for each spell: two dates are no contradiction.
  if (ledger.collections.get(claim.collection)!.members.filter((m) => m.entity === claim.entity).length > 1) return undefined;
  const mine = interval(claim);
  const earlier = before(claims, claim).find((c): c is MemberDateClaim =>
    c.kind === 'member-date' && c.entity === claim.entity && c.collection === claim.collection && !overlaps(interval(c), mine));
  if (!earlier) return undefined;
  return conflict(claim, earlier, `\`${claim.text}\` for \`${entityName(ledger, claim.entity, claim.entity)}\` contradicts \`${earlier.text}\` earlier in the article`);
}

function contradictedCount(claim: CountClaim, { ledger, claims }: RuleContext): VerdictDraft | undefined {
  // A past-tense count with no date ("had 10 members") speaks for some earlier time, not the article's date.
  if (claim.hedge !== 'exact' || claim.past) return undefined;
  const collection = ledger.collections.get(claim.collection)!;
  // Undated counts both speak for the article's one date, whatever it is.
  const when = claim.asOf ? formatPartialDate(claim.asOf.date) : 'the article\'s date';
  const sameDate = (c: CountClaim) => (c.asOf ? formatPartialDate(c.asOf.date) : 'the article\'s date') === when;
  const earlier = before(claims, claim).find((c): c is CountClaim =>
    c.kind === 'count' && c.collection === claim.collection && c.hedge === 'exact' && !c.past && c.value !== claim.value && sameDate(c) && countsAlike(collection, c, claim));
  if (!earlier) return undefined;
  return conflict(claim, earlier, `${countPhrase(claim)} ${claim.asOf ? `as of ${when}` : 'at the article\'s date'} contradicts ${countPhrase(earlier)} earlier in the article, at the same date`);
}

/** A refutation of the later claim, with the earlier one as its cause. */
function conflict(claim: Claim, earlier: Claim, message: string): VerdictDraft {
  return { status: 'refuted', span: claim.span, evidence: [], cause: { claimId: earlier.id, span: earlier.span }, message };
}

/** "countries" and "nations" count the same members; "partners" (with the EU) does not. */
function countsAlike(collection: Collection, a: CountClaim, b: CountClaim): boolean {
  const typeOf = (c: CountClaim) => (c.unit === undefined ? undefined : collection.units.find((u) => u.noun === c.unit)?.type);
  return typeOf(a) === typeOf(b);
}

function before(claims: readonly Claim[], claim: Claim): Claim[] {
  return claims.filter((c) => c.span.start < claim.span.start);
}

function interval(claim: MemberDateClaim) {
  return { start: toInterval(claim.date).start, end: toInterval(claim.until ?? claim.date).end };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
