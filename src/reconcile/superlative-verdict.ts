/**
 * A superlative judged at a date: stale-superlative's verdict at the claim's
 * own date, and outdated-since-publication's at a later one. "Newest" is
 * refuted when a later member had certainly joined by the date, or may have
 * and the article itself reports it. A collection the ledger lists in part
 * can refute a superlative (a later member it lists) but never confirm one.
 */
import type { AsOf, Claim, MemberDateClaim, SuperlativeClaim } from '../extract/claim.js';
import type { Collection, Ledger, Membership } from '../ledger/model.js';
import { membersAt, membershipsOf } from '../ledger/query.js';
import { formatPartialDate, toInterval, type DayInterval } from '../time/partial-date.js';
import { aboutOtherCollection, describeAsOf, entityName, membershipEvidence, needsDate } from './evidence.js';
import type { VerdictDraft } from './rule.js';

export function superlativeVerdict(claim: SuperlativeClaim, ledger: Ledger, claims: readonly Claim[], asOf: AsOf | undefined): VerdictDraft {
  if (claim.holder) return aboutOtherCollection(ledger, claim.holder, claim.span);
  if (claim.qualifier) {
    return { status: 'unverifiable', span: claim.span, evidence: [], message: `the ledger has no group for \`${claim.qualifier}\`, so \`${claim.text}\` cannot be checked` };
  }
  const collection = ledger.collections.get(claim.collection)!;
  const own = membershipsOf(collection, claim.entity).find((m) => m.since);
  const name = entityName(ledger, claim.entity, claim.entity);
  if (!own?.since) return { status: 'unverifiable', span: claim.span, evidence: [], message: `the ledger has no date for \`${name}\` in \`${collection.id}\`` };
  if (claim.which === 'first') return first(claim, ledger, collection, own, name);
  if (!asOf) return { status: 'unverifiable', span: claim.span, evidence: [], message: needsDate(`\`${claim.text}\``) };
  const when = toInterval(asOf.date);
  if (toInterval(own.since).start >= when.end) {
    return { status: 'refuted', span: claim.span, evidence: [membershipEvidence(ledger, own)], message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(asOf)}, but it joined \`${collection.id}\` only on ${formatPartialDate(own.since)}` };
  }
  return claim.which === 'only' ? only(claim, asOf, ledger, collection, when, name) : newest(claim, asOf, ledger, collection, own, when, name, claims);
}

function newest(claim: SuperlativeClaim, asOf: AsOf, ledger: Ledger, collection: Collection, own: Membership, when: DayInterval, name: string, claims: readonly Claim[]): VerdictDraft {
  const later = laterMembers(collection, own);
  const certain = joinedAfter(collection, own, when);
  const reported = later.filter((m) => toInterval(m.since!).start < when.end && claims.some((c): c is MemberDateClaim => c.kind === 'member-date' && c.entity === m.entity));
  const newer = certain[0] ?? reported[0];
  if (!newer) {
    if (!collection.complete) return unlisted(claim, collection);
    return { status: 'supported', span: claim.span, evidence: [membershipEvidence(ledger, own)], message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(asOf)}: no member joined \`${collection.id}\` after it by then` };
  }
  const how = certain.includes(newer) ? '' : ', as the article itself reports';
  const cause = claims.find((c): c is MemberDateClaim => c.kind === 'member-date' && c.entity === newer.entity);
  return {
    status: 'refuted',
    span: claim.span,
    evidence: [membershipEvidence(ledger, newer)],
    ...(cause ? { cause: { claimId: cause.id, span: cause.span } } : {}),
    message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(asOf)}, but \`${entityName(ledger, newer.entity, newer.entity)}\` joined \`${collection.id}\` later, on ${formatPartialDate(newer.since!)}${how}`,
  };
}

function only(claim: SuperlativeClaim, asOf: AsOf, ledger: Ledger, collection: Collection, when: DayInterval, name: string): VerdictDraft {
  const group = claim.group ? ledger.collections.get(claim.group) : undefined;
  if (!group) return { status: 'unverifiable', span: claim.span, evidence: [], message: `\`${claim.text}\` needs a group to be checked` };
  const others = othersOfGroup(collection, group, claim.entity, when);
  if (others.length === 0) {
    if (!collection.complete || !group.complete) return unlisted(claim, collection.complete ? group : collection);
    return { status: 'supported', span: claim.span, evidence: [], message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(asOf)}: no other member of \`${group.id}\` is in \`${collection.id}\`` };
  }
  return {
    status: 'refuted',
    span: claim.span,
    evidence: others.map((m) => membershipEvidence(ledger, m)),
    message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(asOf)}, but ${others.map((m) => `\`${entityName(ledger, m.entity, m.entity)}\``).join(', ')} of \`${group.id}\` ${others.length === 1 ? 'was' : 'were'} in \`${collection.id}\` too`,
  };
}

/** Who else joined is unknown when the ledger does not list every member: it can refute, never confirm. */
function unlisted(claim: SuperlativeClaim, collection: Collection): VerdictDraft {
  return { status: 'unverifiable', span: claim.span, evidence: [], message: `\`${claim.text}\` cannot be confirmed: the ledger's \`${collection.id}\` does not list every member` };
}

function laterMembers(collection: Collection, own: Membership): Membership[] {
  const ownEnd = toInterval(own.since!).end;
  return collection.members.filter((m) => m.since && toInterval(m.since).start >= ownEnd);
}

/** The members that had certainly joined after `own` by the date, in ledger order. */
export function joinedAfter(collection: Collection, own: Membership, when: DayInterval): Membership[] {
  return laterMembers(collection, own).filter((m) => toInterval(m.since!).end - 1 <= when.start);
}

/** The members of `group` besides `entity` that were certainly in the collection at the date. */
export function othersOfGroup(collection: Collection, group: Collection, entity: string, when: DayInterval): Membership[] {
  const inGroup = (m: Membership) => group.members.some((g) => g.entity === m.entity);
  return membersAt(collection, when).certain.filter((m) => inGroup(m) && m.entity !== entity);
}

function first(claim: SuperlativeClaim, ledger: Ledger, collection: Collection, own: Membership, name: string): VerdictDraft {
  const group = claim.group ? ledger.collections.get(claim.group) : undefined;
  if (!group) return { status: 'unverifiable', span: claim.span, evidence: [], message: `\`${claim.text}\` needs a group to be checked` };
  const earlier = collection.members.filter((m) => m.since && group.members.some((g) => g.entity === m.entity) && toInterval(m.since).end <= toInterval(own.since!).start);
  if (earlier.length === 0) {
    if (!collection.complete || !group.complete) return unlisted(claim, collection.complete ? group : collection);
    return { status: 'supported', span: claim.span, evidence: [membershipEvidence(ledger, own)], message: `\`${claim.text}\` for \`${name}\`: no member of \`${group.id}\` joined \`${collection.id}\` before it` };
  }
  return {
    status: 'refuted',
    span: claim.span,
    evidence: earlier.map((m) => membershipEvidence(ledger, m)),
    message: `\`${claim.text}\` for \`${name}\`, but \`${entityName(ledger, earlier[0]!.entity, earlier[0]!.entity)}\` of \`${group.id}\` joined \`${collection.id}\` before it, on ${formatPartialDate(earlier[0]!.since!)}`,
  };
}
