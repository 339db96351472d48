/** Where each entry of a list stands in the ledger at the list's date. */
import type { ListClaim, ListEntry } from '../extract/claim.js';
import type { Collection, Membership } from '../ledger/model.js';
import { membershipsOf } from '../ledger/query.js';
import { toInterval, type DayInterval } from '../time/partial-date.js';

export type EntryStanding =
  | { readonly kind: 'member'; readonly membership: Membership }
  | { readonly kind: 'later'; readonly membership: Membership }
  | { readonly kind: 'not-member' }
  | { readonly kind: 'unknown' };

export function entryStanding(collection: Collection, entry: ListEntry, when: DayInterval): EntryStanding {
  if (!entry.entity) return { kind: 'unknown' };
  const memberships = membershipsOf(collection, entry.entity);
  const current = memberships.find((m) => joinedBy(m, when) && !leftBefore(m, when));
  if (current) return { kind: 'member', membership: current };
  const later = memberships.find((m) => m.since && toInterval(m.since).start >= when.end);
  if (later) return { kind: 'later', membership: later };
  return { kind: 'not-member' };
}

export function listInterval(list: ListClaim): DayInterval | undefined {
  return list.asOf && toInterval(list.asOf.date);
}

function joinedBy(m: Membership, when: DayInterval): boolean {
  return !m.since || toInterval(m.since).start < when.end;
}

function leftBefore(m: Membership, when: DayInterval): boolean {
  return !!m.until && toInterval(m.until).end - 1 <= when.start;
}
