/**
 * A list judged at a date: list-missing-member's and list-extra-member's
 * verdicts at the list's own date, and outdated-since-publication's at a
 * later one.
 */
import type { AsOf, Claim, ListClaim } from '../extract/claim.js';
import type { Collection, Ledger, Membership, Unit } from '../ledger/model.js';
import { membersAt } from '../ledger/query.js';
import { formatPartialDate, toInterval, type PartialDate } from '../time/partial-date.js';
import { describeAsOf, entityName, kinCollections, membershipEvidence, needsDate } from './evidence.js';
import { entryStanding } from './list-entries.js';
import type { VerdictDraft } from './rule.js';

/**
 * The members a complete list leaves out at a date (its first day), counted in
 * the unit of the count it enumerates ("14 countries:" needs no organisation);
 * undefined when the list cannot leave any out.
 */
export function missingAt(list: ListClaim, collection: Collection, date: PartialDate, claims: readonly Claim[]): Membership[] | undefined {
  if (list.completeness !== 'complete' || !collection.complete) return undefined;
  const start = toInterval(date).start;
  const listed = new Set(list.entries.map((e) => e.entity));
  return membersAt(collection, { start, end: start + 1 }, unitOf(list, collection, claims)).certain.filter((m) => !listed.has(m.entity));
}

function unitOf(list: ListClaim, collection: Collection, claims: readonly Claim[]): Unit | undefined {
  const count = claims.find((c) => c.id === list.countId);
  return count?.kind === 'count' && count.unit !== undefined ? collection.units.find((u) => u.noun === count.unit) : undefined;
}

/**
 * Whether a complete list names every member as of `asOf`. A list in the past
 * tense with no date of its own ("The partners were …") is judged when the
 * newest member it names joined, the earliest day it can speak for.
 */
export function completeListVerdict(list: ListClaim, ledger: Ledger, claims: readonly Claim[], asOf: AsOf | undefined): VerdictDraft | undefined {
  const collection = ledger.collections.get(list.collection)!;
  const newest = asOf && list.past ? newestListed(list, collection, asOf) : undefined;
  const date = list.past ? newest?.since : asOf?.date;
  const missing = date && missingAt(list, collection, date, claims);
  if (!asOf || !date || !missing) return undefined;
  const when = newest ? `by ${formatPartialDate(date)}, when \`${entityName(ledger, newest.entity, newest.entity)}\`, the newest it names, joined` : describeAsOf(asOf);
  if (missing.length === 0) {
    return { status: 'supported', span: list.span, evidence: [], message: `the list names every member of \`${collection.id}\` ${when}` };
  }
  const names = missing.map((m) => `\`${entityName(ledger, m.entity, m.entity)}\`${m.since ? ` (since ${formatPartialDate(m.since)})` : ''}`);
  return {
    status: 'refuted',
    span: list.span,
    evidence: missing.map((m) => membershipEvidence(ledger, m)),
    message: `the list leaves out ${names.join(', ')}, ${missing.length === 1 ? 'a member' : 'members'} of \`${collection.id}\` ${when}`,
  };
}

/** The listed member that joined last by `asOf`. */
function newestListed(list: ListClaim, collection: Collection, asOf: AsOf): Membership | undefined {
  const end = toInterval(asOf.date).end;
  const listed = new Set(list.entries.map((e) => e.entity));
  return collection.members
    .filter((m) => listed.has(m.entity) && m.since && toInterval(m.since).start < end)
    .sort((a, b) => toInterval(b.since!).start - toInterval(a.since!).start)[0];
}

/** Whether every entry of a list is a member as of `asOf` (or became one later, which is member-after-as-of's). */
export function listEntryVerdicts(list: ListClaim, ledger: Ledger, asOf: AsOf | undefined): VerdictDraft | VerdictDraft[] {
  const collection = ledger.collections.get(list.collection)!;
  if (!asOf) {
    return { status: 'unverifiable', span: list.span, evidence: [], message: needsDate('the list') };
  }
  // A list in the past tense with no date of its own names members of some time up to its date.
  const when = list.past ? { start: -Infinity, end: toInterval(asOf.date).end } : toInterval(asOf.date);
  const verdicts: VerdictDraft[] = [];
  for (const entry of list.entries) {
    const standing = entryStanding(collection, entry, when);
    const name = entityName(ledger, entry.entity, entry.name);
    if (standing.kind === 'unknown') {
      verdicts.push({ status: 'unverifiable', span: entry.span, evidence: [], message: `\`${name}\` is not in the ledger, so its place in \`${collection.id}\` cannot be checked` });
    } else if (standing.kind === 'not-member' && !collection.complete) {
      verdicts.push({ status: 'unverifiable', span: entry.span, evidence: [], message: `\`${name}\` is not among the members the ledger lists for \`${collection.id}\`, which does not list every member` });
    } else if (standing.kind === 'not-member') {
      const elsewhere = kinCollections(ledger, collection)
        .filter((c) => c.members.some((m) => m.entity === entry.entity))
        .map((c) => `\`${c.id}\``);
      const hint = elsewhere.length ? `; the ledger has it in ${elsewhere.join(', ')}` : '';
      verdicts.push({ status: 'refuted', span: entry.span, evidence: [], message: `\`${name}\` is listed, but it is not a member of \`${collection.id}\` ${describeAsOf(asOf)}${hint}` });
    }
  }
  const evidence = list.entries.flatMap((entry) => {
    const standing = entryStanding(collection, entry, when);
    return standing.kind === 'member' ? [membershipEvidence(ledger, standing.membership)] : [];
  });
  const supported = { status: 'supported' as const, span: list.span, evidence, message: `every one of the \`${list.entries.length}\` listed is, or later became, a member of \`${collection.id}\`` };
  return verdicts.length > 0 ? verdicts : supported;
}
