/** Whether an article's date for a member fits the ledger's, in the claimed tier or in another. */
import type { MemberDateClaim } from '../extract/claim.js';
import type { Ledger, Membership } from '../ledger/model.js';
import { membershipsOf } from '../ledger/query.js';
import { toInterval, type PartialDate } from '../time/partial-date.js';

/** Whether the claimed date or range overlaps the membership's start, or a date the ledger accepts besides. */
export function datesFit(claim: MemberDateClaim, membership: Membership): boolean {
  const claimed = { start: toInterval(claim.date).start, end: toInterval(claim.until ?? claim.date).end };
  const accepted: PartialDate[] = [...(membership.since ? [membership.since] : []), ...membership.also.map((a) => a.date)];
  return accepted.some((d) => toInterval(d).start < claimed.end && claimed.start < toInterval(d).end);
}

/** Another tier of the same ladder whose date for this member fits the claim, when the claimed tier's does not. */
export function otherTierAt(ledger: Ledger, claim: MemberDateClaim): { collection: string; membership: Membership } | undefined {
  const collection = ledger.collections.get(claim.collection)!;
  const own = membershipsOf(collection, claim.entity).find((m) => m.since);
  if (!collection.tier || (own && datesFit(claim, own))) return undefined;
  for (const other of ledger.collections.values()) {
    if (other.id === collection.id || other.tier?.ladder !== collection.tier.ladder) continue;
    const membership = membershipsOf(other, claim.entity).find((m) => m.since && datesFit(claim, m));
    if (membership) return { collection: other.id, membership };
  }
  return undefined;
}
