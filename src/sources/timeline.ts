/**
 * One timeline per collection and member: every statement the sources make
 * about its joining, the date they all allow (the consensus) or the groups
 * they split into, and what the ledger holds beside it.
 *
 * Dates are intervals of days at the precision written: "2008" and "May 2008"
 * agree; "2012-06" and "2012-07" do not. Statements agree when their intervals
 * share a day, and every statement of a timeline agrees when all of them do
 * (intervals on a line that meet pairwise share a common day).
 */
import type { Ledger, Membership } from '../ledger/model.js';
import { membershipsOf } from '../ledger/query.js';
import { toInterval, truncate, type DayInterval, type PartialDate } from '../time/partial-date.js';
import type { LedgerStanding, MemberStatement, MemberTimeline } from './model.js';

export function timelinesOf(statements: readonly MemberStatement[], ledger: Ledger, sourcesOnly: boolean): MemberTimeline[] {
  const byMember = new Map<string, MemberStatement[]>();
  for (const statement of statements) {
    const key = `${statement.collection}\u0000${statement.entity}`;
    const group = byMember.get(key);
    if (group) group.push(statement);
    else byMember.set(key, [statement]);
  }
  const timelines = [...byMember.values()].map((group) => timelineOf(group, ledger, sourcesOnly));
  return timelines.sort((a, b) => compareText(a.collection, b.collection) || startOf(a) - startOf(b) || compareText(a.name, b.name));
}

function timelineOf(statements: MemberStatement[], ledger: Ledger, sourcesOnly: boolean): MemberTimeline {
  const { collection, entity } = statements[0]!;
  const entityData = ledger.entities.get(entity);
  const dated = statements.filter((s) => s.kind === 'dated');
  const disputed = agreeingGroups(statements).length > 1;
  const common = disputed ? undefined : intersection(statements.map((s) => s.interval));
  const consensus = common && dated.length > 0 ? { date: mostPreciseDate(dated, common), interval: common } : undefined;
  const joined = consensus?.interval ?? (dated.length > 0 ? hull(dated.map((s) => s.interval)) : undefined);
  const listedBy = dated.length === 0 ? earliest(statements.flatMap((s) => (s.listedAt ? [s.listedAt] : []))) : undefined;
  const target = joined ?? (listedBy ? { start: -Infinity, end: toInterval(listedBy).end } : undefined);
  return {
    collection,
    entity,
    name: entityData?.name ?? entity,
    ...(entityData ? { type: entityData.type } : {}),
    statements,
    ...(consensus ? { consensus } : {}),
    ...(listedBy ? { listedBy } : {}),
    disputed,
    ...(joined ? { joined } : {}),
    ledger: sourcesOnly ? { status: 'no-ledger' } : standing(ledger, collection, entity, target),
  };
}

/**
 * Statements split into groups that each share a day, in date order. A
 * statement that fits two groups ("2012" beside "2012-06" and "2012-07")
 * belongs to neither side of the disagreement, so it is set aside.
 */
export function agreeingGroups(statements: readonly MemberStatement[]): MemberStatement[][] {
  const first = greedyGroups(statements);
  if (first.length < 2) return first;
  const commons = first.map((group) => intersection(group.map((s) => s.interval))!);
  const neutral = new Set(statements.filter((s) => commons.filter((c) => overlaps(c, s.interval)).length > 1));
  return neutral.size === 0 ? first : greedyGroups(statements.filter((s) => !neutral.has(s)));
}

function greedyGroups(statements: readonly MemberStatement[]): MemberStatement[][] {
  const sorted = [...statements].sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end);
  const groups: MemberStatement[][] = [];
  let common: DayInterval | undefined;
  for (const statement of sorted) {
    const narrowed = common && intersection([common, statement.interval]);
    if (narrowed) {
      groups.at(-1)!.push(statement);
      common = narrowed;
    } else {
      groups.push([statement]);
      common = statement.interval;
    }
  }
  return groups;
}

/** The date to write for a consensus: the most precise date a source gave that holds every day the sources allow. */
export function mostPreciseDate(dated: readonly MemberStatement[], common: DayInterval): PartialDate {
  const candidates = dated
    .filter((s) => !s.until)
    .map((s) => ({ date: s.date!, interval: toInterval(s.date!) }))
    .filter(({ interval }) => interval.start <= common.start && common.end <= interval.end);
  const best = candidates.sort((a, b) => (a.interval.end - a.interval.start) - (b.interval.end - b.interval.start))[0];
  if (best) return best.date;
  // Only ranges ("9-11.3.2025"): the finest precision of a date that holds them all.
  const first = dated[0]!.date!;
  const holds = (date: PartialDate) => toInterval(date).start <= common.start && common.end <= toInterval(date).end;
  return (['day', 'month', 'year'] as const).map((p) => truncate(first, p)).find(holds) ?? truncate(first, 'year');
}

function standing(ledger: Ledger, collectionId: string, entity: string, target: DayInterval | undefined): LedgerStanding {
  const collection = ledger.collections.get(collectionId);
  const memberships = collection ? membershipsOf(collection, entity) : [];
  const membership = memberships.find((m) => target && fits(m, target)) ?? memberships[0];
  if (!membership) return { status: 'missing' };
  const also = membership.also.map((a) => a.date);
  const where = { also, location: membership.location, ...(membership.since ? { since: membership.since } : {}) };
  if (!membership.since) return { status: 'undated', ...where };
  return { status: target && fits(membership, target) ? 'agrees' : 'disagrees', ...where };
}

/** Whether the ledger's date, or a date it accepts besides, falls within the interval. */
export function fits(membership: Membership, interval: DayInterval): boolean {
  const accepted = [...(membership.since ? [membership.since] : []), ...membership.also.map((a) => a.date)];
  return accepted.some((date) => overlaps(toInterval(date), interval));
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Loops, not Math.max(...spread): a member a whole archive dates has more statements than a call has arguments. */
export function intersection(intervals: readonly DayInterval[]): DayInterval | undefined {
  let start = -Infinity;
  let end = Infinity;
  for (const i of intervals) {
    start = Math.max(start, i.start);
    end = Math.min(end, i.end);
  }
  return start < end ? { start, end } : undefined;
}

function hull(intervals: readonly DayInterval[]): DayInterval {
  let start = Infinity;
  let end = -Infinity;
  for (const i of intervals) {
    start = Math.min(start, i.start);
    end = Math.max(end, i.end);
  }
  return { start, end };
}

function earliest(dates: readonly PartialDate[]): PartialDate | undefined {
  return [...dates].sort((a, b) => toInterval(a).end - toInterval(b).end)[0];
}

function startOf(timeline: MemberTimeline): number {
  if (timeline.joined) return timeline.joined.start;
  return timeline.listedBy ? toInterval(timeline.listedBy).end : Infinity;
}

/** Code-unit order, not the locale's: the same input gives the same bytes everywhere. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
