/**
 * The gate between reconcile and the findings: a refuted verdict is reported
 * only when the reading it refutes is the only reading of the sentence. A
 * refutation that rests on a slot in doubt (whose collection, which part of
 * it, which step, which time), or on a date past the ledger's last review,
 * becomes `unverifiable`, and says which slot stopped it and what the rule
 * would have said — an editor can still see it, nothing fails a build on it.
 */
import type { Claim } from '../extract/claim.js';
import type { Doubt } from '../extract/reading.js';
import type { Ledger } from '../ledger/model.js';
import { ruleById } from '../reconcile/rules/index.js';
import type { Verdict } from '../reconcile/verdict.js';
import { formatPartialDate, toInterval } from '../time/partial-date.js';

const SLOT_WORDS: Readonly<Record<Doubt['slot'], string>> = {
  collection: 'collection unclear',
  owner: 'owner unclear',
  member: 'member unclear',
  set: 'set unclear',
  status: 'status unclear',
  time: 'time unclear',
  negation: 'negated or supposed',
};

export function gate(claims: readonly Claim[], verdicts: readonly Verdict[], ledger: Ledger): Verdict[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return verdicts.map((verdict) => {
    if (verdict.status !== 'refuted') return verdict;
    const claim = byId.get(verdict.claimId);
    if (!claim) return verdict;
    const dependsOn = ruleById(verdict.ruleId)?.meta.dependsOn ?? [];
    // A contradiction rests on both claims' readings.
    const cause = verdict.cause && byId.get(verdict.cause.claimId);
    const doubt = [claim, ...(cause ? [cause] : [])].flatMap((c) => c.reading.doubts).find((d) => dependsOn.includes(d.slot))
      ?? (dependsOn.length > 0 ? pastReview(claim, ledger) : undefined);
    if (!doubt) return verdict;
    const withheld = { message: verdict.message, slot: doubt.slot, why: doubt.why };
    const { suggestion: _suggestion, ...rest } = verdict;
    return { ...rest, status: 'unverifiable', message: `not reported, ${SLOT_WORDS[doubt.slot]}: ${doubt.why}`, withheld };
  });
}

/** A claim about a date after the collection was last reviewed: the ledger, not the article, may be behind. */
function pastReview(claim: Claim, ledger: Ledger): Doubt | undefined {
  const collection = ledger.collections.get(claim.collection);
  const date = claim.kind === 'member-date' ? claim.date : claim.asOf?.date;
  if (!collection?.reviewed || !date) return undefined;
  if (toInterval(date).start < toInterval(collection.reviewed).end) return undefined;
  return { slot: 'time', why: `the ledger's \`${collection.id}\` is reviewed to ${formatPartialDate(collection.reviewed)}` };
}
