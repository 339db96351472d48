/**
 * Claims about a group within a collection, and about growth over a period:
 * "including all five permanent members of the UN Security Council", "4 of
 * the 10 other ASEAN members", "3 consecutive countries in ASEAN", "By 2024,
 * there will be 3 more countries".
 */
import { readDates } from '../time/read-dates.js';
import type { DeltaClaim, GroupClaim } from './claim.js';
import type { TermMatch } from './lexicon.js';
import { findHead } from './count.js';
import { notAsserted } from './modality.js';
import type { NumberMention } from './nlp.js';
import { claimBase, type ClaimDraft, type SentenceScope, type DraftOf } from './scope.js';

const ALL = /\ball(?:\s+the)?\s+$/i;
const PART = /^\s+of\s+(?:the\s+)?(\S+)\s+(other\s+)?/i;
const CONSECUTIVE = /^\s+consecutive\b/i;
const MORE = /^\s+(?:more|new|additional|further)\b/i;
/** A delta needs one of MORE's words: a sentence without any is not worth reading its numbers for. */
const MAY_HOLD_DELTA = /\b(?:more|new|additional|further)\b/i;

export function mayHoldDelta(text: string): boolean {
  return MAY_HOLD_DELTA.test(text);
}
/** "By 2024", "In 2025": the period a delta counts over; vague periods ("the first months of") are not. */
const PERIOD_LEAD = /\b(?:by|in|on|during|throughout)\s+(?:the\s+(?:end|course)\s+of\s+)?$/i;
/** A cohort: "Ten countries joined the EU in 2004", "10 new countries, home to …, joined the EU": the members who joined then. */
const COHORT_AFTER = /^\s*(?:,[^,]{0,80},\s*)?(?:(?:formally|officially)\s+)?(?:joined|acceded\s+to|entered|were\s+admitted\s+to|became\s+members\s+of|signed)\b/i;

export function groupClaims(scope: SentenceScope, numbers: readonly NumberMention[]): ClaimDraft[] {
  const { sentence, lexicon, terms } = scope;
  const drafts: ClaimDraft[] = [];
  for (const number of numbers) {
    if (number.ordinal) continue;
    const before = sentence.text.slice(0, number.start);
    const after = sentence.text.slice(number.end);
    const part = PART.exec(after);
    const totalStart = part ? number.end + part[0].indexOf(part[1]!, part[0].indexOf('of')) : -1;
    const totalNumber = part ? numbers.find((n) => n.start === totalStart) : undefined;
    const quantifier = ALL.test(before) ? 'all' : CONSECUTIVE.test(after) ? 'consecutive' : part && totalNumber ? 'part' : undefined;
    if (!quantifier) continue;
    const groupTerm = nearestGroupTerm(terms, number.end, lexicon);
    const collection = groupTerm && otherCollection(scope, groupTerm.value);
    // The group must be what is counted: "five permanent members of …", "3 consecutive countries in ASEAN",
    // "4 of the 10 other ASEAN members" — not "five agreements … ASEAN members".
    const countedFrom = totalNumber?.end ?? number.end;
    const head = findHead(sentence.text, countedFrom, terms, lexicon);
    const headsGroup = head && (head.term?.value === groupTerm?.value || head.modifierTerms.some((t) => t.value === groupTerm?.value) ||
      (groupTerm !== undefined && /^\s+(?:in|of|from)\s+(?:the\s+)?$/i.test(sentence.text.slice(head.end, groupTerm.start))));
    if (!groupTerm || !collection || !headsGroup) continue;
    const start = quantifier === 'all' ? before.search(ALL) : number.start;
    const claim: DraftOf<GroupClaim> = {
      ...claimBase(scope, collection, start, Math.max(groupTerm.end, number.end)),
      kind: 'group',
      group: groupTerm.value,
      quantifier,
      value: number.value,
      ...(totalNumber ? { total: totalNumber.value } : {}),
      others: Boolean(part?.[2]),
    };
    drafts.push(claim);
  }
  return drafts;
}

/** Where one clause turns into another: a semicolon, a dash, ", but", ", while". */
const CLAUSE_TURN = /[;—–]|\s-\s|,\s*(?:but|while|whereas|although|though|yet)\b/i;

export function deltaClaims(scope: SentenceScope, numbers: readonly NumberMention[]): ClaimDraft[] {
  const { sentence, lexicon, terms } = scope;
  const drafts: ClaimDraft[] = [];
  for (const number of numbers) {
    if (number.ordinal || notAsserted(sentence.text)) continue;
    const head = findHead(sentence.text, number.end, terms, lexicon);
    const cohort = head !== undefined && COHORT_AFTER.test(sentence.text.slice(head.end));
    if (!MORE.test(sentence.text.slice(number.end)) && !cohort) continue;
    // The period of the clause that counts: "Sixteen additional states joined, but in 1990 …" gives none.
    const sameClause = (d: { start: number; end: number }) => !CLAUSE_TURN.test(sentence.text.slice(Math.min(d.end, number.end), Math.max(d.start, number.start)));
    const period = readDates(sentence.text, scope.reference).find((d) => PERIOD_LEAD.test(sentence.text.slice(0, d.start)) && !/first|last|early|late/i.test(sentence.text.slice(Math.max(0, d.start - 20), d.start)) && sameClause(d));
    const joinedTerm = cohort ? terms.find((t) => t.start >= head!.end) : undefined;
    const collection = head?.term?.value ?? joinedTerm?.value ?? terms[0]?.value ?? scope.topic;
    if (!head || !period || !collection) continue;
    const claim: DraftOf<DeltaClaim> = {
      ...claimBase(scope, collection, number.start, head.end),
      kind: 'delta',
      value: number.value,
      ...(head.noun ? { unit: head.noun } : {}),
      period: period.date,
    };
    drafts.push(claim);
  }
  return drafts;
}

/** The term of a collection with no subject of its own (a group: ASEAN, the P5) nearest after the number. */
function nearestGroupTerm(terms: readonly TermMatch[], from: number, lexicon: SentenceScope['lexicon']): TermMatch | undefined {
  return terms.filter((t) => t.start >= from && !lexicon.ledger.collections.get(t.value)?.subject).sort((a, b) => a.start - b.start)[0];
}

function otherCollection(scope: SentenceScope, group: string): string | undefined {
  return scope.terms.find((t) => t.value !== group && scope.lexicon.ledger.collections.get(t.value)?.subject)?.value ?? scope.topic;
}
