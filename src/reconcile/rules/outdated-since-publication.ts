/**
 * outdated-since-publication: a claim stated in the present tense ("Vietnam
 * has 14 partners", "New Zealand is the newest partner") that was true at the
 * article's date but is not at a later one (--as-of): an evergreen page that
 * needs an update. It is judged by the same logic as at the article's date
 * (count, superlative and list verdicts); only the date changes.
 *
 * Never re-judged: claims that name their own date ("As of November 2025",
 * a title ending "(Oct 2025)"), the past tense, quotes and forecasts, and
 * claims already wrong at their own date, which the other rules report.
 */
import type { AsOf, Claim, CountClaim, ListClaim, SuperlativeClaim } from '../../extract/claim.js';
import type { Ledger, Membership } from '../../ledger/model.js';
import { formatPartialDate, toInterval, type PartialDate } from '../../time/partial-date.js';
import { countAtDate } from '../count-verdict.js';
import { describeAsOf, entityName, membershipEvidence } from '../evidence.js';
import { describeRange } from '../hedge.js';
import { entryStanding } from '../list-entries.js';
import { completeListVerdict, missingAt } from '../list-verdicts.js';
import type { Rule, RuleContext, VerdictDraft } from '../rule.js';
import { joinedAfter, othersOfGroup, superlativeVerdict } from '../superlative-verdict.js';
import { countPhrase, nounForMessage, rewriteCount } from '../wording.js';

/** Where a claim's date is the article's own, not one the claim names. */
const ARTICLE_DATE: ReadonlySet<AsOf['source']> = new Set(['title', 'front-matter', 'dateline']);
/** Up to this many members are named in a message; the evidence lists them all. */
const NAMED = 5;

export const outdatedSincePublication: Rule = {
  meta: {
    id: 'outdated-since-publication',
    description: 'A present-tense claim that was true at the article\'s date but no longer is at the --as-of date.',
    severity: 'warning',
    kinds: ['count', 'superlative', 'list'],
    dependsOn: ['collection', 'owner', 'set', 'status', 'time', 'negation'],
  },
  check(claim, context) {
    const then = claim.asOf;
    if (!then || !context.recheckAt || !rechecked(claim, then, context.recheckAt)) return undefined;
    const now = context.recheckAt;
    switch (claim.kind) {
      case 'count': return outdatedCount(claim, context.ledger, then, now);
      case 'superlative': return outdatedSuperlative(claim, context, then, now);
      case 'list': return outdatedList(claim, context, then, now);
      default: return undefined;
    }
  },
};

/**
 * Whether a claim speaks for the time of writing and `date` is later: present
 * tense, dated only by the article (not by its own sentence), before `date`.
 */
function rechecked(claim: Claim, then: AsOf, date: PartialDate): boolean {
  if (!claim.presentTense || !ARTICLE_DATE.has(then.source)) return false;
  const namedInSentence = then.span !== undefined && then.span.start >= claim.sentence.start && then.span.end <= claim.sentence.end;
  return !namedInSentence && toInterval(date).start >= toInterval(then.date).end;
}

function outdatedCount(claim: CountClaim, ledger: Ledger, then: AsOf, now: PartialDate): VerdictDraft | undefined {
  const before = countAtDate(claim, ledger, then.date);
  if (!before?.holds) return undefined;
  const after = countAtDate(claim, ledger, now)!;
  const phrase = countPhrase(claim);
  const noun = nounForMessage(claim.noun);
  if (after.holds) {
    return { status: 'supported', span: claim.span, evidence: after.members.map((m) => membershipEvidence(ledger, m)), message: `${phrase} ${describeAsOf(then)} still holds on ${formatPartialDate(now)}: the ledger has ${describeRange(after.range)} ${noun}` };
  }
  const joined = byDate(after.members.filter((m) => !before.members.includes(m)));
  const left = byDate(before.members.filter((m) => !after.members.includes(m)), 'until');
  const changed = [changes(ledger, joined, 'joined'), changes(ledger, left, 'left')].filter(Boolean).join('; ');
  return {
    status: 'refuted',
    span: claim.span,
    evidence: [...joined, ...left].map((m) => membershipEvidence(ledger, m)),
    actual: String(claim.value),
    expected: String(after.range.max),
    suggestion: rewriteCount(claim, after.range.max),
    message: `${phrase} was true ${describeAsOf(then)}, but on ${formatPartialDate(now)} the ledger has ${describeRange(after.range)} ${noun}${changed ? `: ${changed}` : ''}`,
  };
}

function outdatedSuperlative(claim: SuperlativeClaim, { ledger, claims }: RuleContext, then: AsOf, now: PartialDate): VerdictDraft | undefined {
  // "The first ASEAN member" is a matter of order, which later joinings never change.
  if (claim.which === 'first' || superlativeVerdict(claim, ledger, claims, then).status !== 'supported') return undefined;
  const later = superlativeVerdict(claim, ledger, claims, { date: now, source: 'command-line' });
  const subject = `\`${claim.text}\` for \`${entityName(ledger, claim.entity, claim.entity)}\``;
  const date = formatPartialDate(now);
  const collection = ledger.collections.get(claim.collection)!;
  const group = claim.group ? ledger.collections.get(claim.group) : undefined;
  if (later.status === 'supported') {
    const why = claim.which === 'only' ? `no other member of \`${group!.id}\` is in \`${collection.id}\`` : `no member joined \`${collection.id}\` after it`;
    return { ...later, message: `${subject} ${describeAsOf(then)} still holds on ${date}: ${why}` };
  }
  const when = toInterval(now);
  const own = collection.members.find((m) => m.entity === claim.entity && m.since)!;
  const others = byDate(claim.which === 'only' && group ? othersOfGroup(collection, group, claim.entity, when) : joinedAfter(collection, own, when));
  if (others.length === 0) return { ...later, message: `${subject} was true ${describeAsOf(then)}, but not on ${date}: ${later.message}` };
  const names = others.length <= NAMED ? listOf(others.map((m) => `\`${entityName(ledger, m.entity, m.entity)}\``)) : `\`${others.length}\` members`;
  const latest = others.at(-1)!;
  const what = claim.which === 'only'
    ? `by ${date} ${names} of \`${group!.id}\` had joined \`${collection.id}\` too`
    : others.length === 1
      ? `${names} joined \`${collection.id}\` after it, on ${formatPartialDate(latest.since!)}`
      : `by ${date} ${names} had joined \`${collection.id}\` after it, the latest${others.length <= NAMED ? '' : ` \`${entityName(ledger, latest.entity, latest.entity)}\``} on ${formatPartialDate(latest.since!)}`;
  return {
    status: 'refuted',
    span: claim.span,
    evidence: others.map((m) => membershipEvidence(ledger, m)),
    message: `${subject} was true ${describeAsOf(then)}, but ${what}`,
  };
}

function outdatedList(list: ListClaim, { ledger, claims }: RuleContext, then: AsOf, now: PartialDate): VerdictDraft | VerdictDraft[] {
  const collection = ledger.collections.get(list.collection)!;
  const date = formatPartialDate(now);
  const verdicts: VerdictDraft[] = [];
  const wasComplete = completeListVerdict(list, ledger, claims, then)?.status === 'supported';
  if (wasComplete) {
    const missing = byDate(missingAt(list, collection, now, claims)!);
    if (missing.length > 0) {
      const named = missing.map((m) => `\`${entityName(ledger, m.entity, m.entity)}\`${m.since ? ` (joined ${formatPartialDate(m.since)})` : ''}`);
      const names = named.length > NAMED ? `\`${named.length}\` members that joined since, from ${named[0]} to ${named.at(-1)}` : listOf(named);
      verdicts.push({
        status: 'refuted',
        span: list.span,
        evidence: missing.map((m) => membershipEvidence(ledger, m)),
        message: `the list named every member of \`${collection.id}\` ${describeAsOf(then)}, but on ${date} it leaves out ${names}`,
      });
    }
  }
  // An entry that was a member then and is not now has left the collection.
  for (const entry of list.entries) {
    const before = entryStanding(collection, entry, toInterval(then.date));
    const after = entryStanding(collection, entry, toInterval(now));
    if (before.kind !== 'member' || after.kind === 'member') continue;
    const membership = before.membership;
    const name = entityName(ledger, entry.entity, entry.name);
    const until = membership.until ? formatPartialDate(membership.until) : undefined;
    const how = membership.endedBy ? `: it moved up to \`${membership.endedBy.collection}\`${until ? ` on ${until}` : ''}` : until ? `, on ${until}` : '';
    verdicts.push({
      status: 'refuted',
      span: entry.span,
      evidence: [membershipEvidence(ledger, membership)],
      message: `\`${name}\` was a member of \`${collection.id}\` ${describeAsOf(then)}, but by ${date} it had left${how}`,
    });
  }
  if (verdicts.length > 0) return verdicts;
  return { status: 'supported', span: list.span, evidence: [], message: `the list ${describeAsOf(then)} still holds on ${date}: no member it names has left${wasComplete ? ' and none has joined' : ''}` };
}

/** "`A` joined on 2025-03-10, `B` on 2025-03-12 and `C` on 2025-05-16", or "`12` joined, from `A` on … to `B` on …". */
function changes(ledger: Ledger, members: readonly Membership[], verb: 'joined' | 'left'): string {
  const named = members.map((m) => {
    const date = verb === 'joined' ? m.since : m.until;
    return { name: `\`${entityName(ledger, m.entity, m.entity)}\``, on: date ? ` on ${formatPartialDate(date)}` : '' };
  });
  const [first, ...rest] = named;
  if (!first) return '';
  if (named.length > NAMED) return `\`${named.length}\` ${verb}, from ${first.name}${first.on} to ${named.at(-1)!.name}${named.at(-1)!.on}`;
  return listOf([`${first.name} ${verb}${first.on}`, ...rest.map((m) => `${m.name}${m.on}`)]);
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function byDate(members: readonly Membership[], field: 'since' | 'until' = 'since'): Membership[] {
  const key = (m: Membership) => (m[field] ? toInterval(m[field]).start : -Infinity);
  return [...members].sort((a, b) => key(a) - key(b));
}
