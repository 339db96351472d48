/**
 * A member's place in the order of joining: ordinals ("the fifth country",
 * "Vietnam's 14th top-tier partner") and superlatives ("the newest partner",
 * "the latest elevation", "the only ASEAN country", "the first ASEAN
 * member"). Words that are ranks of something else stay silent: "the
 * 11th-largest source of FDI", "ranks 43rd", "the 75th anniversary".
 */
import type { Collection } from '../ledger/model.js';
import type { OrdinalClaim, SuperlativeClaim } from './claim.js';
import { memberNear } from './about-member.js';
import { findHead } from './count.js';
import { NOT_ASSERTED_JUST_BEFORE } from './modality.js';
import type { NumberMention } from './nlp.js';
import { claimBase, spanIn, type ClaimDraft, type SentenceScope, type DraftOf } from './scope.js';

const SUPERLATIVE = /\b(newest|latest|most recent|only|first)\s+/gi;
/** Nouns for a membership beginning, which a superlative may qualify: "the latest elevation". */
const EVENT_NOUN = /^(?:elevation|upgrade|addition|member|partner|partnership)s?\b/i;
/** "the only country in Southeast Asia": a limit named after the noun. */
const QUALIFIER = /^\s+((?:in|among|from)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u;

export function ordinalClaims(scope: SentenceScope, numbers: readonly NumberMention[]): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  for (const number of numbers) {
    if (!number.ordinal || /^\s*-/.test(scope.sentence.text.slice(number.end))) continue;
    const head = findHead(scope.sentence.text, number.end, scope.terms, scope.lexicon);
    const collectionId = head?.term?.value ?? (head?.noun ? nearestTerm(scope, number.start, head.noun) : undefined);
    if (!head || !collectionId) continue;
    // "the 18th eurozone member" ranks in the eurozone; "the third ASEAN country to sign a CSP" in neither.
    const namesAnother = scope.terms.some((t) => t.value !== collectionId);
    if (namesAnother && (head.modifierTerms.length > 0 || isGroup(scope, collectionId))) continue;
    if (NOT_ASSERTED_JUST_BEFORE.test(scope.sentence.text.slice(0, number.start))) continue;
    const collection = scope.lexicon.ledger.collections.get(collectionId)!;
    const member = memberNear(scope.sentence.text, { start: number.start, end: head.end }, collection, scope.lexicon);
    if (!member) continue;
    const qualifier = rankQualifier(scope, collection, head.modifiers, head.end);
    const claim: DraftOf<OrdinalClaim> = {
      ...claimBase(scope, collectionId, number.start, head.end),
      kind: 'ordinal',
      entity: member.entity.value,
      entitySpan: spanIn(scope, member.entity.start, member.entity.end),
      ...(member.holder ? { holder: member.holder } : {}),
      rank: number.value,
      ...(head.noun ? { unit: head.noun } : {}),
      ...(qualifier ? { qualifier } : {}),
    };
    drafts.push(claim);
  }
  return drafts;
}

export function superlativeClaims(scope: SentenceScope): ClaimDraft[] {
  const { sentence, lexicon, terms } = scope;
  const drafts: ClaimDraft[] = [];
  for (const m of sentence.text.matchAll(SUPERLATIVE)) {
    const which = /first/i.test(m[1]!) ? 'first' : /only/i.test(m[1]!) ? 'only' : 'newest';
    const after = m.index + m[0].length;
    const head = findHead(sentence.text, after - 1, terms, lexicon);
    const group = head?.modifierTerms[0]?.value ?? (head?.term && lexicon.ledger.collections.get(head.term.value)?.subject === undefined ? head.term.value : undefined);
    let collectionId = group ? otherTerm(scope, group) : head?.term?.value ?? (head?.noun ? nearestTerm(scope, m.index, head.noun) : undefined) ?? (EVENT_NOUN.test(sentence.text.slice(after)) ? terms[0]?.value : undefined);
    // "the first visit", "the only way": a superlative of something that is not a membership.
    if (!collectionId || (which === 'first' && !group) || (!head && !EVENT_NOUN.test(sentence.text.slice(after)))) continue;
    if (NOT_ASSERTED_JUST_BEFORE.test(sentence.text.slice(0, m.index))) continue;
    const end = head?.end ?? after + EVENT_NOUN.exec(sentence.text.slice(after))![0].length;
    const limit = group ? undefined : QUALIFIER.exec(sentence.text.slice(end))?.[1];
    // "the only country in ASEAN": a limit that names a group is that group.
    const limitGroup = limit ? terms.find((t) => t.start >= end && t.end <= end + limit.length + 1 && !lexicon.ledger.collections.get(t.value)?.subject)?.value : undefined;
    const qualifier = limitGroup ? undefined : limit;
    if (limitGroup && collectionId === limitGroup) collectionId = otherTerm(scope, limitGroup);
    if (!collectionId) continue;
    const collection = lexicon.ledger.collections.get(collectionId)!;
    const member = memberNear(sentence.text, { start: m.index, end }, collection, lexicon);
    if (!member) continue;
    const claim: DraftOf<SuperlativeClaim> = {
      ...claimBase(scope, collectionId, m.index, end),
      kind: 'superlative',
      which,
      ...(group ?? limitGroup ? { group: (group ?? limitGroup)! } : {}),
      ...(qualifier ? { qualifier } : {}),
      entity: member.entity.value,
      entitySpan: spanIn(scope, member.entity.start, member.entity.end),
      ...(member.holder ? { holder: member.holder } : {}),
    };
    drafts.push(claim);
  }
  return drafts;
}

/** Words that say a member reached the collection's level, not which kind of member it is: "Hanoi's 14th top-tier partner". */
const LEVEL_WORD = /^(?:top|top-tier|top-level|highest|highest-level|high-level|full|fully-fledged|full-fledged|official|formal|overall)$/i;

/**
 * What narrows a rank to a group the ledger has no name for: modifiers that
 * describe the member ("the first former communist country") or a limit after
 * the noun ("the fifth country in Europe"). Words of the collection's own terms
 * and words of level do not narrow it.
 */
function rankQualifier(scope: SentenceScope, collection: Collection, modifiers: readonly string[], end: number): string | undefined {
  const own = new Set(collection.terms.flatMap((t) => t.toLowerCase().split(/[\s-]+/)));
  const narrowing = modifiers.filter((word) => !LEVEL_WORD.test(word) && !word.toLowerCase().split('-').every((w) => own.has(w)));
  if (narrowing.length > 0) return narrowing.join(' ');
  const limit = QUALIFIER.exec(scope.sentence.text.slice(end))?.[1];
  const namesOwn = limit && scope.terms.some((t) => t.value === collection.id && t.start >= end && t.end <= end + limit.length + 1);
  return limit && !namesOwn ? limit : undefined;
}

/** A collection of no one's (ASEAN, the euro area): its name before a noun may narrow another collection's members. */
function isGroup(scope: SentenceScope, collection: string): boolean {
  return scope.lexicon.ledger.collections.get(collection)?.subject === undefined;
}

/** The collection whose term is nearest `offset` and which counts in `noun`. */
function nearestTerm(scope: SentenceScope, offset: number, noun: string): string | undefined {
  const { lexicon } = scope;
  return [...scope.terms]
    .filter((t) => lexicon.unitOf(lexicon.ledger.collections.get(t.value)!, noun))
    .sort((a, b) => Math.abs(a.start - offset) - Math.abs(b.start - offset))[0]?.value;
}

/** For "the first ASEAN member to reach this level": the collection the sentence names besides the group. */
function otherTerm(scope: SentenceScope, group: string): string | undefined {
  return scope.terms.find((t) => t.value !== group)?.value ?? scope.topic;
}
