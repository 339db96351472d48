/**
 * group-claim: what an article says about a group within a collection —
 * "all five permanent members of the UN Security Council" (every member of
 * the group is in the collection), "4 of the 10 other ASEAN members" (that
 * many of the group, and the group that big), "3 consecutive countries in
 * ASEAN" (three members in a row, in order of joining, all in the group).
 * A collection or group the ledger does not list in full refutes only what
 * its listed members prove: "2 of the 10" when it lists three in both.
 */
import type { GroupClaim } from '../../extract/claim.js';
import type { Collection, Ledger } from '../../ledger/model.js';
import { membersAt } from '../../ledger/query.js';
import { formatPartialDate, toInterval, type DayInterval } from '../../time/partial-date.js';
import { describeAsOf, entityName, needsDate } from '../evidence.js';
import type { Rule, VerdictDraft } from '../rule.js';

export const groupClaim: Rule<GroupClaim> = {
  meta: {
    id: 'group-claim',
    description: 'A claim about how a group sits within a collection that the ledger contradicts.',
    severity: 'error',
    kinds: ['group'],
    dependsOn: ['collection', 'owner', 'set', 'status', 'time', 'negation'],
  },
  check(claim, { ledger }) {
    if (!claim.asOf) return { status: 'unverifiable', span: claim.span, evidence: [], message: needsDate(`\`${claim.text}\``) };
    const collection = ledger.collections.get(claim.collection)!;
    const group = ledger.collections.get(claim.group)!;
    const when = toInterval(claim.asOf.date);
    const inGroup = new Set(membersAt(group, when).possible.map((m) => m.entity).filter((e) => !claim.others || e !== collection.subject));
    const members = membersAt(collection, when);
    const asOf = describeAsOf(claim.asOf);
    if (claim.quantifier === 'consecutive') return consecutive(claim, ledger, collection, group, inGroup, when, asOf);
    const shared = members.possible.filter((m) => inGroup.has(m.entity));
    const sharedCertain = members.certain.filter((m) => inGroup.has(m.entity));
    if (claim.quantifier === 'all') {
      const missing = [...inGroup].filter((e) => !members.possible.some((m) => m.entity === e));
      if (missing.length === 0 && inGroup.size === claim.value) {
        if (!group.complete) return unlisted(claim, group);
        return { status: 'supported', span: claim.span, evidence: [], message: `\`${claim.text}\` ${asOf}: all \`${inGroup.size}\` of \`${group.id}\` are in \`${collection.id}\`` };
      }
      // A member the collection's ledger leaves out may be in it; a group listed in part may be bigger.
      if (missing.length > 0 ? !collection.complete : !group.complete) return unlisted(claim, missing.length > 0 ? collection : group);
      const why = missing.length > 0 ? `${missing.map((e) => `\`${entityName(ledger, e, e)}\``).join(', ')} of \`${group.id}\` ${missing.length === 1 ? 'is' : 'are'} not in \`${collection.id}\`` : `\`${group.id}\` has \`${inGroup.size}\` members`;
      return { status: 'refuted', span: claim.span, evidence: [], message: `\`${claim.text}\` ${asOf}, but ${why}` };
    }
    // Members both list are certain; one the ledger lists in neither may still be in both.
    const tooFew = claim.value < sharedCertain.length;
    const tooMany = claim.value > shared.length && collection.complete && group.complete;
    const wrongTotal = claim.total !== undefined && claim.total !== inGroup.size && group.complete;
    if (!tooFew && !tooMany && !wrongTotal) {
      if (claim.value > shared.length || (claim.total !== undefined && claim.total !== inGroup.size)) return unlisted(claim, collection.complete ? group : collection);
      return { status: 'supported', span: claim.span, evidence: [], message: `\`${claim.text}\` ${asOf}: \`${shared.length}\` of the \`${inGroup.size}\` in \`${group.id}\` are in \`${collection.id}\`` };
    }
    return { status: 'refuted', span: claim.span, evidence: [], message: `\`${claim.text}\` ${asOf}, but \`${shared.length}\` of the \`${inGroup.size}\` in \`${group.id}\` are in \`${collection.id}\`` };
  },
};

/** A collection the ledger does not list in full can neither confirm nor refute what it leaves out. */
function unlisted(claim: GroupClaim, collection: Collection): VerdictDraft {
  return { status: 'unverifiable', span: claim.span, evidence: [], message: `\`${claim.text}\` cannot be checked: the ledger's \`${collection.id}\` does not list every member` };
}

/** The longest run of members, in order of joining, that are all in the group. */
function consecutive(claim: GroupClaim, ledger: Ledger, collection: Collection, group: Collection, inGroup: ReadonlySet<string>, when: DayInterval, asOf: string): VerdictDraft {
  // An order of joining needs every member; a run needs every member of the group.
  if (!collection.complete || !group.complete) return unlisted(claim, collection.complete ? group : collection);
  const ordered = membersAt(collection, when).possible.filter((m) => m.since).sort((a, b) => toInterval(a.since!).start - toInterval(b.since!).start);
  let best: string[] = [];
  let run: string[] = [];
  for (const member of ordered) {
    run = inGroup.has(member.entity) ? [...run, member.entity] : [];
    if (run.length > best.length) best = run;
  }
  const names = best.map((e) => `\`${entityName(ledger, e, e)}\``).join(', ');
  if (best.length >= claim.value) {
    return { status: 'supported', span: claim.span, evidence: [], message: `\`${claim.text}\` ${asOf}: ${names} joined \`${collection.id}\` in a row` };
  }
  const breaker = ordered.find((m, i) => i > 0 && !inGroup.has(m.entity) && inGroup.has(ordered[i - 1]!.entity));
  const interrupted = breaker?.since ? `; \`${entityName(ledger, breaker.entity, breaker.entity)}\` (${formatPartialDate(breaker.since)}) came between` : '';
  return { status: 'refuted', span: claim.span, evidence: [], message: `\`${claim.text}\` ${asOf}, but at most \`${best.length}\` in a row joined \`${collection.id}\`${best.length > 0 ? ` (${names})` : ''}${interrupted}` };
}
