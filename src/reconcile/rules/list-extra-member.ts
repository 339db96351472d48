/**
 * list-extra-member: a list names something that is not a member of the
 * collection at the list's date, and never was by then (one that joined later
 * is member-after-as-of's). A name the ledger does not know is unverifiable.
 */
import type { ListClaim } from '../../extract/claim.js';
import { describeAsOf, entityName, membershipEvidence, needsDate } from '../evidence.js';
import { entryStanding, listInterval } from '../list-entries.js';
import type { Rule, VerdictDraft } from '../rule.js';

export const listExtraMember: Rule<ListClaim> = {
  meta: {
    id: 'list-extra-member',
    description: 'A list names something that is not a member of the collection at its date.',
    severity: 'error',
    kinds: ['list'],
  },
  check(list, { ledger }) {
    const collection = ledger.collections.get(list.collection)!;
    const when = listInterval(list);
    if (!when || !list.asOf) {
      return { status: 'unverifiable', span: list.span, evidence: [], message: needsDate('the list') };
    }
    const verdicts: VerdictDraft[] = [];
    for (const entry of list.entries) {
      const standing = entryStanding(collection, entry, when);
      const name = entityName(ledger, entry.entity, entry.name);
      if (standing.kind === 'unknown') {
        verdicts.push({ status: 'unverifiable', span: entry.span, evidence: [], message: `\`${name}\` is not in the ledger, so its place in \`${collection.id}\` cannot be checked` });
      } else if (standing.kind === 'not-member' && !collection.complete) {
        verdicts.push({ status: 'unverifiable', span: entry.span, evidence: [], message: `\`${name}\` is not among the members the ledger lists for \`${collection.id}\`, which does not list every member` });
      } else if (standing.kind === 'not-member') {
        const elsewhere = [...ledger.collections.values()]
          .filter((c) => c.id !== collection.id && c.members.some((m) => m.entity === entry.entity))
          .map((c) => `\`${c.id}\``);
        const hint = elsewhere.length ? `; the ledger has it in ${elsewhere.join(', ')}` : '';
        verdicts.push({ status: 'refuted', span: entry.span, evidence: [], message: `\`${name}\` is listed, but it is not a member of \`${collection.id}\` ${describeAsOf(list.asOf)}${hint}` });
      }
    }
    const evidence = list.entries.flatMap((entry) => {
      const standing = entryStanding(collection, entry, when);
      return standing.kind === 'member' ? [membershipEvidence(ledger, standing.membership)] : [];
    });
    const supported = { status: 'supported' as const, span: list.span, evidence, message: `every one of the \`${list.entries.length}\` listed is, or later became, a member of \`${collection.id}\`` };
    return verdicts.length > 0 ? verdicts : supported;
  },
};
