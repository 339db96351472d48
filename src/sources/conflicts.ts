/**
 * Where sources disagree with each other: a member given dates that share no
 * day, counts (or a list and a count) that cannot both hold, and a count
 * below the number of members the sources date on or before its date. A
 * disagreement inside one article is `check`'s to report
 * (internal-contradiction, count-list-mismatch); here every conflict involves
 * at least two sources.
 */
import { pluralize } from '../text/plural.js';
import { formatDay, formatPartialDate, toInterval } from '../time/partial-date.js';
import { allowedBy, canBothHold, datedBy, isEmpty } from './counts.js';
import type { Allowed, Conflict, ConflictSide, CountStatement, MemberStatement, MemberTimeline, SourceRef, UnitKey } from './model.js';
import { agreeingGroups, intersection, mostPreciseDate } from './timeline.js';

export function conflictsOf(timelines: readonly MemberTimeline[], counts: readonly CountStatement[]): Conflict[] {
  const timelineConflicts = countTimelineConflicts(counts, timelines);
  return [
    ...timelines.flatMap((t) => memberDateConflict(t) ?? []),
    ...countConflicts(counts, timelineConflicts.explained),
    ...timelineConflicts.conflicts,
  ];
}

function memberDateConflict(timeline: MemberTimeline): Conflict | undefined {
  if (!timeline.disputed) return undefined;
  const groups = agreeingGroups(timeline.statements);
  if (groups.length < 2 || !acrossSources(groups.map((g) => g.map((s) => s.ref)))) return undefined;
  const sides = groups.map((group): ConflictSide => ({ says: dateSaid(group), refs: group.map((s) => s.ref) }));
  const said = sides.map((side) => `${side.says} in ${sourceCount(side.refs)}`);
  return {
    kind: 'member-date',
    collection: timeline.collection,
    entity: timeline.entity,
    message: `sources give \`${timeline.name}\` dates of joining \`${timeline.collection}\` that cannot all be true: ${said.join(', ')}`,
    sides,
  };
}

/**
 * "`2015-01-01`"; "`2023-01` (on or before the article's date, 2023-01-15)"
 * when an article's own date narrowed it; "a member by `2015-03-02`" for list
 * entries that date nothing.
 */
function dateSaid(group: readonly MemberStatement[]): string {
  const common = intersection(group.map((s) => s.interval))!;
  const dated = group.filter((s) => s.kind === 'dated');
  if (dated.length === 0) {
    const by = group.map((s) => s.listedAt!).sort((a, b) => toInterval(a).end - toInterval(b).end)[0]!;
    return `a member by \`${formatPartialDate(by)}\``;
  }
  const date = mostPreciseDate(dated, common);
  const clip = group.find((s) => s.clippedTo && toInterval(s.clippedTo).end === common.end && toInterval(date).end > common.end)?.clippedTo;
  return `\`${formatPartialDate(date)}\`${clip ? ` (on or before the article's date, ${formatPartialDate(clip)})` : ''}`;
}

/**
 * Counts, and lists read as counts, that cannot both hold, compared in the
 * count's unit (a list in each). Pairs already explained by a count-timeline
 * conflict through the list's own dated entries are left to that conflict.
 * Conflicting pairs that share a statement make one conflict.
 *
 * Statements that say the same number at the same date are compared once, as
 * a bucket: an archive repeats "14 countries as of November 2025" many times,
 * and comparing every pair of statements would grow with the square of it.
 */
function countConflicts(counts: readonly CountStatement[], explained: Explained): Conflict[] {
  const buckets = bucketsOf(counts);
  const edges: [number, number, UnitKey][] = [];
  const cache: UnexplainedCache = new Map();
  const memo = new Map<string, Allowed | undefined>();
  const allowed = (n: number, unit: UnitKey) => {
    const key = `${n}\u0000${unit}`;
    if (!memo.has(key)) memo.set(key, allowedBy(counts[buckets[n]![0]!]!, unit));
    return memo.get(key);
  };
  for (let n = 0; n < buckets.length; n++) {
    for (let m = n + 1; m < buckets.length; m++) {
      const [a, b] = [counts[buckets[n]![0]!]!, counts[buckets[m]![0]!]!];
      if (a.collection !== b.collection) continue;
      const unit = sharedUnit(a, b);
      if (!unit) continue;
      const [x, y] = [allowed(n, unit), allowed(m, unit)];
      if (!x || !y || isEmpty(x) || isEmpty(y)) continue;
      if (canBothHold({ interval: a.interval, allowed: x }, { interval: b.interval, allowed: y })) continue;
      if (someUnexplainedPair(buckets[n]!, buckets[m]!, counts, explained, cache)) edges.push([n, m, unit]);
    }
  }
  return components(edges).map(({ nodes, unit }) => {
    const statements = nodes.flatMap((n) => buckets[n]!.map((i) => counts[i]!));
    const bySaid = new Map<string, SourceRef[]>();
    for (const st of statements) {
      const says = countSaid(st, allowedBy(st, unit)!, unit);
      const refs = bySaid.get(says);
      if (refs) refs.push(st.ref);
      else bySaid.set(says, [st.ref]);
    }
    const sides = [...bySaid].map(([says, refs]) => ({ says, refs }));
    return {
      kind: 'count' as const,
      collection: statements[0]!.collection,
      message: `sources give counts of \`${statements[0]!.collection}\` that cannot all hold, since members join and none is recorded leaving: ${sides.map((side) => side.says).join('; ')}`,
      sides,
    };
  });
}

/** Statements that count the same at the same date, as lists of indices, in order of first appearance. */
function bucketsOf(counts: readonly CountStatement[]): number[][] {
  const buckets = new Map<string, number[]>();
  counts.forEach((st, i) => {
    const when = `${st.collection}|${st.interval.start}|${st.interval.end}`;
    const key = st.kind === 'count'
      ? `count|${when}|${st.unit}|${st.value}|${st.hedge}`
      : `list|${when}|${st.completeness}|${st.entries!.map((e) => `${e.type ?? '?'}:${e.joined?.start ?? ''}`).join(',')}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  });
  return [...buckets.values()];
}

/**
 * Whether two buckets hold a pair from two different sources that no
 * count-timeline conflict already explains. Only a count is ever explained (by
 * lists), and the counts of one count-timeline conflict share one set, so the
 * lists a set leaves unexplained are worked out once per set and bucket.
 */
function someUnexplainedPair(first: readonly number[], second: readonly number[], counts: readonly CountStatement[], explained: Explained, cache: UnexplainedCache): boolean {
  const [countBucket, other] = counts[first[0]!]!.kind === 'count' ? [first, second] : [second, first];
  for (const i of countBucket) {
    const a = counts[i]!;
    const lists = explained.get(claimKey(a.ref));
    let candidates: readonly number[] = other;
    if (lists) {
      const byBucket = cache.get(lists) ?? new Map<readonly number[], number[]>();
      cache.set(lists, byBucket);
      let left = byBucket.get(other);
      if (!left) byBucket.set(other, left = other.filter((j) => !lists.has(claimKey(counts[j]!.ref))));
      candidates = left;
    }
    if (candidates.some((j) => counts[j]!.ref.file !== a.ref.file)) return true;
  }
  return false;
}

type UnexplainedCache = Map<ReadonlySet<string>, Map<readonly number[], number[]>>;

/** count claim (file and id) → the lists (file and id) whose dated entries already put it in a count-timeline conflict. */
type Explained = Map<string, Set<string>>;

function claimKey(ref: { file: string; claimId: string }): string {
  return `${ref.file}\u0000${ref.claimId}`;
}

/** Two counts compare in their common unit; a list compares in the count's unit; two lists in every member. */
function sharedUnit(a: CountStatement, b: CountStatement): UnitKey | undefined {
  if (a.kind === 'count' && b.kind === 'count') return a.unit === b.unit ? a.unit : undefined;
  if (a.kind === 'count') return a.unit;
  if (b.kind === 'count') return b.unit;
  return 'all';
}

/** "`19 countries` as of 2023-06-01 (dateline)", "a complete list of `19` countries as of 2015-03-02 (front-matter)". */
function countSaid(statement: CountStatement, allowed: Allowed, unit: UnitKey): string {
  const when = `as of ${formatPartialDate(statement.asOf.date)} (${statement.asOf.source})`;
  if (statement.kind === 'count') return `\`${flat(statement.ref.words)}\` ${when}`;
  const what = unit === 'all' ? 'members' : pluralize(unit);
  return statement.completeness === 'complete'
    ? `a complete list of \`${allowed.min === allowed.max ? allowed.min : `${allowed.min} to ${allowed.max}`}\` ${what} ${when}`
    : `a list naming at least \`${allowed.min}\` ${what} ${when}`;
}

/**
 * A count below the number of members the sources date on or before the first
 * day it speaks for: "nine" on 2025-02-27 against ten members that articles
 * date by then. Counts that say the same thing at the same date are one side.
 */
function countTimelineConflicts(counts: readonly CountStatement[], timelines: readonly MemberTimeline[]): { conflicts: Conflict[]; explained: Explained } {
  const explained: Explained = new Map();
  const grouped = new Map<string, { statements: CountStatement[]; members: MemberTimeline[]; allowed: Allowed }>();
  for (const statement of counts) {
    if (statement.kind !== 'count') continue;
    const allowed = allowedBy(statement, statement.unit!)!;
    const members = datedBy(timelines, statement.collection, statement.unit!, statement.interval.start);
    if (isEmpty(allowed) || allowed.max >= members.length) continue;
    const key = [statement.collection, statement.unit, statement.value, statement.hedge, statement.interval.start, statement.interval.end].join('\u0000');
    const group = grouped.get(key) ?? { statements: [], members, allowed };
    group.statements.push(statement);
    grouped.set(key, group);
  }
  const conflicts: Conflict[] = [];
  for (const { statements, members } of grouped.values()) {
    const first = statements[0]!;
    const supporting = members.flatMap((m) => onePerSource(m.statements.filter((s) => s.kind === 'dated')));
    const refs = statements.map((s) => s.ref);
    if (!acrossSources([refs, supporting.map((s) => s.ref)])) continue;
    const lists = new Set(members.flatMap((m) => m.statements.flatMap((st) => (st.kind === 'dated' && st.listId ? [claimKey({ file: st.ref.file, claimId: st.listId })] : []))));
    for (const st of statements) explained.set(claimKey(st.ref), lists);
    const unit = first.unit === 'all' ? 'members' : pluralize(first.unit!);
    const day = formatDay(first.interval.start);
    const names = members.map((m) => `${m.name} ${formatPartialDate(m.consensus?.date ?? m.statements[0]!.date!)}`);
    conflicts.push({
      kind: 'count-timeline',
      collection: first.collection,
      message: `\`${flat(first.ref.words)}\` as of ${formatPartialDate(first.asOf.date)} (${first.asOf.source}), but the sources date \`${members.length}\` ${unit} of \`${first.collection}\` on or before ${day}: ${names.join(', ')}`,
      sides: [
        { says: `\`${flat(first.ref.words)}\` as of ${formatPartialDate(first.asOf.date)} (${first.asOf.source})`, refs },
        { says: `\`${members.length}\` ${unit} joined on or before ${day}`, refs: supporting.map((s) => s.ref) },
      ],
    });
  }
  return { conflicts, explained };
}

/** For each source, its most precise statement: one citation per member and article. */
function onePerSource(statements: readonly MemberStatement[]): MemberStatement[] {
  const best = new Map<string, MemberStatement>();
  for (const s of statements) {
    const current = best.get(s.ref.file);
    const width = (m: MemberStatement) => m.interval.end - m.interval.start;
    if (!current || width(s) < width(current)) best.set(s.ref.file, s);
  }
  return [...best.values()];
}

/** Whether the sides name two different sources between them: one article disagreeing with itself is `check`'s. */
function acrossSources(sides: readonly (readonly SourceRef[])[]): boolean {
  const files = new Set<string>();
  for (const side of sides) for (const ref of side) files.add(ref.file);
  return files.size > 1 && sides.filter((side) => side.length > 0).length > 1;
}

/** Connected groups of conflicting statements, unit by unit. */
function components(edges: readonly [number, number, UnitKey][]): { nodes: number[]; unit: UnitKey }[] {
  const units = [...new Set(edges.map(([, , unit]) => unit))];
  return units.flatMap((unit) => connected(edges.filter((e) => e[2] === unit)).map((nodes) => ({ nodes, unit })));
}

function connected(edges: readonly [number, number, UnitKey][]): number[][] {
  const parent = new Map<number, number>();
  const find = (n: number): number => {
    const p = parent.get(n) ?? n;
    if (p === n) return n;
    const root = find(p);
    parent.set(n, root);
    return root;
  };
  for (const [a, b] of edges) parent.set(find(a), find(b));
  const groups = new Map<number, Set<number>>();
  for (const [a, b] of edges) {
    const root = find(a);
    groups.set(root, (groups.get(root) ?? new Set<number>()).add(a).add(b));
  }
  return [...groups.values()].map((nodes) => [...nodes].sort((x, y) => x - y));
}

function sourceCount(refs: readonly SourceRef[]): string {
  const n = new Set(refs.map((r) => r.file)).size;
  return `${n} source${n === 1 ? '' : 's'}`;
}

function flat(words: string): string {
  return words.replace(/\s+/g, ' ').trim();
}
