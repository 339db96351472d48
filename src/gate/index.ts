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
import type { Collection, Ledger } from '../ledger/model.js';
import type { Rule, RuleContext } from '../reconcile/rule.js';
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

export function gate(claims: readonly Claim[], verdicts: readonly Verdict[], context: RuleContext): Verdict[] {
  const byId = new Map(claims.map((c) => [c.id, c]));
  return verdicts.map((verdict) => {
    if (verdict.status !== 'refuted') return verdict;
    const claim = byId.get(verdict.claimId);
    const rule = ruleById(verdict.ruleId);
    if (!claim || !rule) return verdict;
    const dependsOn = rule.meta.dependsOn;
    // A contradiction rests on both claims' readings.
    const cause = verdict.cause && byId.get(verdict.cause.claimId);
    const doubts = [claim, ...(cause ? [cause] : [])].flatMap((c) => c.reading.doubts).filter((d) => dependsOn.includes(d.slot));
    // A collection in doubt stops nothing when the claim is false of every collection it may be about.
    const lifted = doubts.filter((d) => !cause && refutedUnderEach(claim, d.alternatives, rule, context));
    const doubt = doubts.find((d) => !lifted.includes(d)) ?? (dependsOn.length > 0 ? pastReview(claim, context.ledger) : undefined);
    if (!doubt) return lifted.length ? { ...verdict, reading: `${verdict.reading}; false of ${alternativesNamed(lifted)} too` } : verdict;
    const withheld = { message: verdict.message, slot: doubt.slot, why: doubt.why };
    const { suggestion: _suggestion, ...rest } = verdict;
    return { ...rest, status: 'unverifiable', message: `not reported, ${SLOT_WORDS[doubt.slot]}: ${doubt.why}`, withheld };
  });
}

/** Whether the rule refutes the claim read as about each of the other collections too. */
function refutedUnderEach(claim: Claim, alternatives: readonly string[] | undefined, rule: Rule, context: RuleContext): boolean {
  if (!alternatives?.length) return false;
  return alternatives.every((id) => {
    const collection = context.ledger.collections.get(id);
    if (!collection) return false;
    // A collection that has none of the members the claim names is no reading of it.
    if (!admissible(claim, collection)) return true;
    const drafts = rule.check({ ...claim, collection: id }, context);
    return [drafts ?? []].flat().some((d) => d.status === 'refuted');
  });
}

function admissible(claim: Claim, collection: Collection): boolean {
  const named = claim.kind === 'relative-timing' ? [claim.entity, claim.anchor] : 'entity' in claim && typeof claim.entity === 'string' ? [claim.entity] : [];
  return named.every((entity) => collection.members.some((m) => m.entity === entity));
}

function alternativesNamed(doubts: readonly Doubt[]): string {
  const ids = [...new Set(doubts.flatMap((d) => d.alternatives ?? []))];
  const named = ids.map((id) => `\`${id}\``);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named.join('');
}

/** A claim about a date after the collection was last reviewed: the ledger, not the article, may be behind. */
function pastReview(claim: Claim, ledger: Ledger): Doubt | undefined {
  const collection = ledger.collections.get(claim.collection);
  const date = claim.kind === 'member-date' ? claim.date : claim.asOf?.date;
  if (!collection?.reviewed || !date) return undefined;
  if (toInterval(date).start < toInterval(collection.reviewed).end) return undefined;
  return { slot: 'time', why: `the ledger's \`${collection.id}\` is reviewed to ${formatPartialDate(collection.reviewed)}` };
}
