/** Ledger memberships as evidence, and the phrases messages share. */
import type { AsOf } from '../extract/claim.js';
import type { Collection, Ledger, Membership } from '../ledger/model.js';
import { formatPartialDate, toInterval } from '../time/partial-date.js';
import type { Evidence } from './verdict.js';
import type { Span } from '../ingest/article.js';
import type { VerdictDraft } from './rule.js';

export function membershipEvidence(ledger: Ledger, membership: Membership): Evidence {
  return {
    collection: membership.collection,
    entity: membership.entity,
    name: ledger.entities.get(membership.entity)?.name ?? membership.entity,
    ...(membership.since ? { since: formatPartialDate(membership.since) } : {}),
    ...(membership.until ? { until: formatPartialDate(membership.until) } : {}),
    sources: membership.sources,
    location: membership.location,
  };
}

/** "as of 2025-02-27 (dateline)". */
export function describeAsOf(asOf: AsOf): string {
  return `as of ${formatPartialDate(asOf.date)} (${asOf.source})`;
}

/** A note for dates past the ledger's last review: the ledger, not the article, may be behind. */
export function reviewNote(collection: Collection, asOf: AsOf): string {
  if (!collection.reviewed) return '';
  const after = toInterval(asOf.date).start >= toInterval(collection.reviewed).end;
  return after ? `; the ledger was last reviewed on ${formatPartialDate(collection.reviewed)}` : '';
}

/**
 * The collections a member of another might be confused with: those of the
 * same subject (a state's tiers of partnership) or ladder. "It is a strategic
 * partner, not a comprehensive one" helps; "it is in the G20" does not.
 */
export function kinCollections(ledger: Ledger, collection: Collection): Collection[] {
  return [...ledger.collections.values()].filter((c) => c.id !== collection.id && (
    (collection.subject !== undefined && c.subject === collection.subject) || (collection.tier !== undefined && c.tier?.ladder === collection.tier.ladder)));
}

export function entityName(ledger: Ledger, id: string | undefined, fallback: string): string {
  return (id && ledger.entities.get(id)?.name) || fallback;
}

/** What an undated claim needs, said the same way by every rule. */
export function needsDate(what: string): string {
  return `${what} needs a date to be checked: give the article a \`date:\` in its front matter, or run with \`--as-of\``;
}

/**
 * A state that no longer exists and was never a member on its own
 * ("East Germany" joined the EU's territory through German unity): whether it
 * belongs to the collection is a question of succession the ledger does not
 * answer, so no rule calls it a non-member.
 */
export function formerNonMember(ledger: Ledger, entity: string, collection: Collection, span: Span): VerdictDraft | undefined {
  const until = ledger.entities.get(entity)?.until;
  if (!until) return undefined;
  const name = entityName(ledger, entity, entity);
  return { status: 'unverifiable', span, evidence: [], message: `\`${name}\` ceased to exist on ${formatPartialDate(until)}; the ledger does not say how its territory came into \`${collection.id}\`` };
}

/** A claim about another entity's collection ("Indonesia's first partner"), which the ledger does not hold. */
export function aboutOtherCollection(ledger: Ledger, holder: string, span: Span): VerdictDraft {
  return { status: 'unverifiable', span, evidence: [], message: `this is about \`${entityName(ledger, holder, holder)}\`'s partners, a collection the ledger does not hold` };
}

const ORDINAL_WORDS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** 5 → "fifth", 21 → "21st". */
export function ordinalWord(n: number): string {
  if (n < ORDINAL_WORDS.length) return ORDINAL_WORDS[n]!;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
