/**
 * stale-superlative: "the newest partner", "the latest elevation", "the only
 * ASEAN country", "the first ASEAN member" — true when written, often not for
 * long. "Newest" is refuted when a later member had certainly joined by the
 * claim's date, or may have and the article itself reports it.
 */
import type { Claim, MemberDateClaim, SuperlativeClaim } from '../../extract/claim.js';
import type { Collection, Ledger, Membership } from '../../ledger/model.js';
import { membersAt, membershipsOf } from '../../ledger/query.js';
import { formatPartialDate, toInterval, type DayInterval } from '../../time/partial-date.js';
import { aboutOtherCollection, describeAsOf, entityName, membershipEvidence, needsDate } from '../evidence.js';
import type { Rule, VerdictDraft } from '../rule.js';

export const staleSuperlative: Rule<SuperlativeClaim> = {
  meta: {
    id: 'stale-superlative',
    description: 'A superlative ("the newest", "the only", "the first") that the ledger contradicts at its date.',
    severity: 'error',
    kinds: ['superlative'],
  },
  check(claim, { ledger, claims }) {
    if (claim.holder) return aboutOtherCollection(ledger, claim.holder, claim.span);
    if (claim.qualifier) {
      return { status: 'unverifiable', span: claim.span, evidence: [], message: `the ledger has no group for \`${claim.qualifier}\`, so \`${claim.text}\` cannot be checked` };
    }
    const collection = ledger.collections.get(claim.collection)!;
    const own = membershipsOf(collection, claim.entity).find((m) => m.since);
    const name = entityName(ledger, claim.entity, claim.entity);
    if (!own?.since) return { status: 'unverifiable', span: claim.span, evidence: [], message: `the ledger has no date for \`${name}\` in \`${collection.id}\`` };
    if (claim.which === 'first') return first(claim, ledger, collection, own, name);
    if (!claim.asOf) return { status: 'unverifiable', span: claim.span, evidence: [], message: needsDate(`\`${claim.text}\``) };
    const when = toInterval(claim.asOf.date);
    if (toInterval(own.since).start >= when.end) {
      return { status: 'refuted', span: claim.span, evidence: [membershipEvidence(ledger, own)], message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(claim.asOf)}, but it joined \`${collection.id}\` only on ${formatPartialDate(own.since)}` };
    }
    return claim.which === 'only' ? only(claim, ledger, collection, when, name) : newest(claim, ledger, collection, own, when, name, claims);
  },
};

function newest(claim: SuperlativeClaim, ledger: Ledger, collection: Collection, own: Membership, when: DayInterval, name: string, claims: readonly Claim[]): VerdictDraft {
  const ownEnd = toInterval(own.since!).end;
  const later = collection.members.filter((m) => m.since && toInterval(m.since).start >= ownEnd);
  const certain = later.filter((m) => toInterval(m.since!).end - 1 <= when.start);
  const reported = later.filter((m) => toInterval(m.since!).start < when.end && claims.some((c): c is MemberDateClaim => c.kind === 'member-date' && c.entity === m.entity));
  const newer = certain[0] ?? reported[0];
  if (!newer) {
    return { status: 'supported', span: claim.span, evidence: [membershipEvidence(ledger, own)], message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(claim.asOf!)}: no member joined \`${collection.id}\` after it by then` };
  }
  const how = certain.includes(newer) ? '' : ', as the article itself reports';
  const cause = claims.find((c): c is MemberDateClaim => c.kind === 'member-date' && c.entity === newer.entity);
  return {
    status: 'refuted',
    span: claim.span,
    evidence: [membershipEvidence(ledger, newer)],
    ...(cause ? { cause: { claimId: cause.id, span: cause.span } } : {}),
    message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(claim.asOf!)}, but \`${entityName(ledger, newer.entity, newer.entity)}\` joined \`${collection.id}\` later, on ${formatPartialDate(newer.since!)}${how}`,
  };
}

function only(claim: SuperlativeClaim, ledger: Ledger, collection: Collection, when: DayInterval, name: string): VerdictDraft {
  const group = claim.group ? ledger.collections.get(claim.group) : undefined;
  if (!group) return { status: 'unverifiable', span: claim.span, evidence: [], message: `\`${claim.text}\` needs a group to be checked` };
  const inGroup = (m: Membership) => group.members.some((g) => g.entity === m.entity);
  const others = membersAt(collection, when).certain.filter((m) => inGroup(m) && m.entity !== claim.entity);
  if (others.length === 0) {
    return { status: 'supported', span: claim.span, evidence: [], message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(claim.asOf!)}: no other member of \`${group.id}\` is in \`${collection.id}\`` };
  }
  return {
    status: 'refuted',
    span: claim.span,
    evidence: others.map((m) => membershipEvidence(ledger, m)),
    message: `\`${claim.text}\` for \`${name}\` ${describeAsOf(claim.asOf!)}, but ${others.map((m) => `\`${entityName(ledger, m.entity, m.entity)}\``).join(', ')} of \`${group.id}\` ${others.length === 1 ? 'was' : 'were'} in \`${collection.id}\` too`,
  };
}

function first(claim: SuperlativeClaim, ledger: Ledger, collection: Collection, own: Membership, name: string): VerdictDraft {
  const group = claim.group ? ledger.collections.get(claim.group) : undefined;
  if (!group) return { status: 'unverifiable', span: claim.span, evidence: [], message: `\`${claim.text}\` needs a group to be checked` };
  const earlier = collection.members.filter((m) => m.since && group.members.some((g) => g.entity === m.entity) && toInterval(m.since).end <= toInterval(own.since!).start);
  if (earlier.length === 0) {
    return { status: 'supported', span: claim.span, evidence: [membershipEvidence(ledger, own)], message: `\`${claim.text}\` for \`${name}\`: no member of \`${group.id}\` joined \`${collection.id}\` before it` };
  }
  return {
    status: 'refuted',
    span: claim.span,
    evidence: earlier.map((m) => membershipEvidence(ledger, m)),
    message: `\`${claim.text}\` for \`${name}\`, but \`${entityName(ledger, earlier[0]!.entity, earlier[0]!.entity)}\` of \`${group.id}\` joined \`${collection.id}\` before it, on ${formatPartialDate(earlier[0]!.since!)}`,
  };
}
