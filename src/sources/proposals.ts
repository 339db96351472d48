/**
 * Ledger changes the sources support, for a person to review: a member the
 * sources date but the ledger lacks (a partnership announced before anyone
 * updated the ledger), and a date two or more sources agree on that the ledger
 * contradicts. One article against the ledger is `check`'s wrong-date, not a
 * reason to change the ledger. Nothing here writes to the ledger.
 */
import type { Ledger } from '../ledger/model.js';
import { membershipsOf } from '../ledger/query.js';
import { toInterval } from '../time/partial-date.js';
import type { MemberTimeline, Proposal } from './model.js';

/** Sources (articles) that must agree on a date before it is proposed over the ledger's. */
export const SOURCES_TO_CHANGE_A_DATE = 2;

export function proposalsOf(timelines: readonly MemberTimeline[], ledger: Ledger): Proposal[] {
  return timelines.flatMap((timeline): Proposal[] => {
    const collection = ledger.collections.get(timeline.collection);
    if (!collection || !timeline.consensus) return [];
    const refs = timeline.statements.filter((s) => s.kind === 'dated').map((s) => s.ref);
    const common = { collection: collection.id, file: collection.location.file, entity: timeline.entity, name: timeline.name, refs };
    if (timeline.ledger.status === 'missing') {
      const reviewed = collection.reviewed;
      const afterReview = reviewed && toInterval(timeline.consensus.date).start >= toInterval(reviewed).end ? { afterReview: reviewed } : {};
      return [{ change: 'add-member', ...common, since: timeline.consensus.date, ...afterReview }];
    }
    if (timeline.ledger.status !== 'disagrees' || new Set(refs.map((r) => r.file)).size < SOURCES_TO_CHANGE_A_DATE) return [];
    const membership = membershipsOf(collection, timeline.entity).find((m) => m.since);
    if (!membership?.since) return [];
    return [{ change: 'change-since', ...common, from: membership.since, to: timeline.consensus.date, location: membership.location }];
  });
}
