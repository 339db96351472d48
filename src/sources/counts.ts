/**
 * How many members a statement allows, and whether two of them can both hold.
 *
 * Members join and are not assumed to leave, so a collection's count never
 * falls: two counts can both hold when some day of the first and some day of
 * the second give an order their values fit ("nine" in February 2025 and
 * "thirteen" in June 2025 can; "20" in January 2023 and "19" in June 2023
 * cannot; "20" and "19" on the same day cannot). A month is every day of it,
 * so "12 in March 2025" and "11 in March 2025" can both hold.
 */
import type { Hedge } from '../extract/claim.js';
import { allows } from '../reconcile/hedge.js';
import type { DayInterval } from '../time/partial-date.js';
import type { Allowed, CountStatement, MemberTimeline, UnitKey } from './model.js';

/** The counts a hedged number allows: "nearly 20" → 16 to 19, "more than 190" → 191 and up. */
export function allowedByHedge(value: number, hedge: Hedge): Allowed {
  const bound = 2 * value + 10;
  let min = Infinity;
  let max = -Infinity;
  for (let n = 0; n <= bound; n++) {
    if (!allows(value, hedge, n)) continue;
    min = Math.min(min, n);
    max = n;
  }
  return { min, max: allows(value, hedge, bound) ? Infinity : max };
}

/**
 * What a statement allows in a unit. A list counts its entries of that type,
 * leaving out those it dates after its own date; a name the vocabulary does
 * not know may or may not count; a partial list is a lower bound.
 */
export function allowedBy(statement: CountStatement, unit: UnitKey): Allowed | undefined {
  if (statement.kind === 'count') {
    return statement.unit === unit ? allowedByHedge(statement.value!, statement.hedge!) : undefined;
  }
  let certain = 0;
  let unknown = 0;
  for (const entry of statement.entries!) {
    if (entry.joined && entry.joined.start >= statement.interval.end) continue;
    if (unit === 'all' || entry.type === unit) certain++;
    else if (!entry.type) unknown++;
  }
  return { min: certain, max: statement.completeness === 'complete' ? certain + unknown : Infinity };
}

/** Whether counts allowed at two dates can both hold, given that counts never fall. */
export function canBothHold(first: { interval: DayInterval; allowed: Allowed }, second: { interval: DayInterval; allowed: Allowed }): boolean {
  const [a, b] = [first.interval, second.interval];
  const [x, y] = [first.allowed, second.allowed];
  const firstEarlier = a.start < b.end - 1 && x.min <= y.max;
  const secondEarlier = b.start < a.end - 1 && y.min <= x.max;
  const sameDay = a.start < b.end && b.start < a.end && Math.max(x.min, y.min) <= Math.min(x.max, y.max);
  return firstEarlier || secondEarlier || sameDay;
}

/** The members whose joining every source puts on or before `day`, counted in a unit. */
export function datedBy(timelines: readonly MemberTimeline[], collection: string, unit: UnitKey, day: number): MemberTimeline[] {
  return timelines.filter((t) => t.collection === collection && t.joined && t.joined.end - 1 <= day && (unit === 'all' || t.type === unit));
}

export function isEmpty(allowed: Allowed): boolean {
  return allowed.min > allowed.max;
}
