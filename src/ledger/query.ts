/**
 * Questions the rules ask of a collection, answered over date intervals so
 * that a date's precision is never lost: "October 2025" may see 13 or 14
 * members when one joined on the 29th, and an undated membership counts at
 * every date.
 */
import { formatDay, formatPartialDate, precisionOf, toInterval, type DayInterval, type DayNumber, type PartialDate } from '../time/partial-date.js';
import type { Collection, Membership, Unit } from './model.js';
import type { EventType } from './schema.js';

export interface CountRange {
  readonly min: number;
  readonly max: number;
}

/** A span of days with how its ends were written: a period such as "2024-11-21 to 2025-02-25". */
export interface Period {
  readonly start: DayNumber; // -Infinity: since before any dated membership
  readonly end: DayNumber; // exclusive; Infinity: still true
  readonly label: string;
}

/** The members a unit counts: "countries" leaves out the EU, "partners" does not. */
export function membersCountedBy(collection: Collection, unit?: Unit): Membership[] {
  return collection.members.filter((member) => !unit?.type || member.entityType === unit.type);
}

/** Which members are certainly, and which possibly, members at some day of `when`. */
export function membersAt(collection: Collection, when: DayInterval, unit?: Unit): { certain: Membership[]; possible: Membership[] } {
  const members = membersCountedBy(collection, unit);
  return {
    certain: members.filter((m) => certainlyIn(m, when.start) && certainlyIn(m, when.end - 1)),
    possible: members.filter((m) => possiblyDuring(m, when)),
  };
}

/** Every count the collection can have at some day of `when`, given each date's precision. */
export function countAt(collection: Collection, when: DayInterval, unit?: Unit): CountRange {
  const members = membersCountedBy(collection, unit);
  let min = Infinity;
  let max = -Infinity;
  for (const day of changeDays(members, when)) {
    min = Math.min(min, members.filter((m) => certainlyIn(m, day)).length);
    max = Math.max(max, members.filter((m) => possiblyIn(m, day)).length);
  }
  return { min, max };
}

/**
 * The collection as counted by another step: each member from the earliest of
 * its start and its `step` events ("104 states have ratified" counts deposits,
 * not entries into force).
 */
export function countedBySteps(collection: Collection, step: EventType): Collection {
  return {
    ...collection,
    members: collection.members.map((m) => {
      const earlier = m.events.filter((e) => e.event === step && (!m.since || toInterval(e.date).start < toInterval(m.since).start)).map((e) => e.date);
      return earlier.length > 0 ? { ...m, also: [...m.also, ...earlier.map((date) => ({ date, note: `${step} then` }))] } : m;
    }),
  };
}

/** When a count was (possibly) true, as merged periods in date order. */
export function whenCountWas(collection: Collection, count: number, unit?: Unit): Period[] {
  const members = membersCountedBy(collection, unit);
  const days = changeDays(members, { start: -Infinity, end: Infinity });
  const periods: { start: DayNumber; end: DayNumber }[] = [];
  days.forEach((day, i) => {
    const end = days[i + 1] ?? Infinity;
    const fits = members.filter((m) => certainlyIn(m, day)).length <= count
      && count <= members.filter((m) => possiblyIn(m, day)).length;
    if (!fits) return;
    const last = periods.at(-1);
    if (last && last.end === day) last.end = end;
    else periods.push({ start: day, end });
  });
  return periods.map((p) => ({ ...p, label: describePeriod(p, members) }));
}

/**
 * The count of members on the day a member joined, itself included, as a
 * range when dates are imprecise: how organisations number their members
 * ("South Sudan, the 193rd member"), which leaves out those who had left.
 */
export function countOnJoining(collection: Collection, entity: string, unit?: Unit): CountRange | undefined {
  const spells = membersCountedBy(collection, unit).filter((m) => m.entity === entity && m.since);
  if (spells.length === 0) return undefined;
  // The others on the day it joined, and itself.
  const others = { ...collection, members: collection.members.filter((m) => m.entity !== entity) };
  const ranges = spells.map((m) => {
    const join = joinInterval(m);
    return countAt(others, { start: join.start, end: join.end }, unit);
  });
  return { min: Math.min(...ranges.map((r) => r.min)) + 1, max: Math.max(...ranges.map((r) => r.max)) + 1 };
}

/** The position of a member in order of joining, as a range when dates tie or are imprecise. */
export function ordinalOf(collection: Collection, entity: string, unit?: Unit): CountRange | undefined {
  const members = membersCountedBy(collection, unit);
  const mine = members.find((m) => m.entity === entity);
  if (!mine) return undefined;
  // Undated members count as members from the start, in an order the ledger does not know.
  const bothUndated = (m: Membership) => !m.since && !mine.since;
  const own = joinInterval(mine);
  const surelyBefore = members.filter((m) => m !== mine && !bothUndated(m) && joinInterval(m).end <= own.start).length;
  const maybeBefore = members.filter((m) => m !== mine && (bothUndated(m) || joinInterval(m).start < own.end)).length;
  return { min: surelyBefore + 1, max: maybeBefore + 1 };
}

/**
 * The dated records of a step for an entity: its events of that type on its
 * membership rows and as a candidate, and for a withdrawal the end of each
 * spell of membership too.
 */
export function stepsOf(collection: Collection, entity: string, step: EventType | 'observer'): { date: PartialDate }[] {
  const rows = collection.members.filter((m) => m.entity === entity);
  const events = [...rows.flatMap((m) => m.events), ...collection.candidates.filter((c) => c.entity === entity).flatMap((c) => c.events)];
  const dated = events.filter((e) => e.event === step).map((e) => ({ date: e.date }));
  const ends = step === 'withdrew' ? rows.filter((m) => m.until && !m.endedBy).map((m) => ({ date: m.until! })) : [];
  return [...dated, ...ends];
}

export function membershipsOf(collection: Collection, entity: string): Membership[] {
  return collection.members.filter((m) => m.entity === entity);
}

// A membership with join day j ∈ [J.start, J.end) and leave day l ∈ [L.start, L.end)
// holds on day d when j ≤ d < l. Another start date a source defensibly gives (`also`)
// widens J: a count, an order or a list that holds under either date is not wrong.
function joinInterval(m: Membership): DayInterval {
  if (!m.since) return { start: -Infinity, end: -Infinity };
  const intervals = [m.since, ...m.also.map((a) => a.date)].map(toInterval);
  return { start: Math.min(...intervals.map((i) => i.start)), end: Math.max(...intervals.map((i) => i.end)) };
}
function leaveInterval(m: Membership): DayInterval {
  return m.until ? toInterval(m.until) : { start: Infinity, end: Infinity };
}
/** A disputed membership is never certain: a count holds with it or without it. */
function certainlyIn(m: Membership, day: DayNumber): boolean {
  if (m.disputed) return false;
  return joinInterval(m).end - 1 <= day && day < leaveInterval(m).start;
}
function possiblyIn(m: Membership, day: DayNumber): boolean {
  return joinInterval(m).start <= day && day < leaveInterval(m).end - 1;
}
function possiblyDuring(m: Membership, when: DayInterval): boolean {
  return joinInterval(m).start < when.end && when.start < leaveInterval(m).end - 1;
}

/** The days within `when` where a count may change, plus its first day. */
function changeDays(members: readonly Membership[], when: DayInterval): DayNumber[] {
  const days = new Set<DayNumber>([when.start]);
  for (const m of members) {
    const join = joinInterval(m);
    const leave = leaveInterval(m);
    for (const day of [join.start, join.end - 1, leave.start, leave.end - 1]) {
      if (day > when.start && day < when.end && Number.isFinite(day)) days.add(day);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** "from 2024-11-21 to 2025-02-25", with month or year precision kept where the ledger has it. */
function describePeriod(period: { start: DayNumber; end: DayNumber }, members: readonly Membership[]): string {
  const startLabel = () => {
    const cause = members
      .flatMap((m) => [m.since, m.until])
      .find((date) => date && toInterval(date).start === period.start);
    return cause && precisionOf(cause) !== 'day' ? formatPartialDate(cause) : formatDay(period.start);
  };
  const endLabel = () => {
    const cause = members.find((m) => m.since && toInterval(m.since).start === period.end);
    return cause?.since && precisionOf(cause.since) !== 'day' ? `until ${formatPartialDate(cause.since)}` : `to ${formatDay(period.end - 1)}`;
  };
  if (period.start === -Infinity && period.end === Infinity) return 'at every date';
  if (period.start === -Infinity) return `${endLabel().replace(/^to /, 'up to ')}`;
  if (period.end === Infinity) return `since ${startLabel()}`;
  return `from ${startLabel()} ${endLabel()}`;
}
