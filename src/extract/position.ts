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
import { notAssertedJustBefore } from './modality.js';
import type { NumberMention } from './nlp.js';
import { claimBase, spanIn, type ClaimDraft, type SentenceScope, type DraftOf } from './scope.js';

const SUPERLATIVE = /\b(newest|latest|most recent|only|first)(?:\s+|(?=,))/gi;
/**
 * A superlative with no noun, the member named beside it: "the most recent
 * being France", "the most recent of them Singapore", "Thailand, the latest
 * to join", "the European Union being the newest of them", "Singapore, the
 * most recent". Group 1 is what follows the word.
 */
const BARE_AFTER = /^(?:((?:\s+(?:one|addition))?(?:\s+(?:of|among)\s+(?:them|these|those|the\s+\p{L}+))?)(?=\s*[,.;:)—–-]|\s+(?:being|is|was)\b|\s+\p{Lu}|\s*$)|(\s+to\s+(?:join|sign(?:\s+up)?|be\s+added|come\s+aboard|be\s+admitted|upgrade|be\s+elevated)))/u;
/** Before the bare superlative: "France, the", "the European Union being the". */
const BARE_BEFORE = /(?:,|\bbeing|\bis|\bwas)\s+the\s+$/i;
/** Nouns for a membership beginning, which a superlative may qualify: "the latest elevation". */
const EVENT_NOUN = /^(?:elevation|upgrade|addition|member|partner|partnership)s?\b/i;
/** "the only country in Southeast Asia": a limit named after the noun. */
const QUALIFIER = /^\s+((?:in|among|from)\s+(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)/u;

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
    if (notAssertedJustBefore(scope.sentence.text.slice(0, number.start))) continue;
    const collection = scope.lexicon.ledger.collections.get(collectionId)!;
    const member = memberNear(scope.sentence.text, { start: number.start, end: head.end }, collection, scope.lexicon, scope.terms);
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

/** "newest", "latest", "most recent": the only superlatives read in a sentence that names no collection. */
const MAY_HOLD_NEWEST = /\b(?:newest|latest|most recent)\b/i;

export function mayHoldNewest(text: string): boolean {
  return MAY_HOLD_NEWEST.test(text);
}

export function superlativeClaims(scope: SentenceScope): ClaimDraft[] {
  const { sentence, lexicon, terms } = scope;
  const drafts: ClaimDraft[] = [];
  for (const m of sentence.text.matchAll(SUPERLATIVE)) {
    const which = /first/i.test(m[1]!) ? 'first' : /only/i.test(m[1]!) ? 'only' : 'newest';
    const after = m.index + m[0].length;
    if (notAssertedJustBefore(sentence.text.slice(0, m.index))) continue;
    const head = findHead(sentence.text, after - 1, terms, lexicon);
    const group = head?.modifierTerms[0]?.value ?? (head?.term && lexicon.ledger.collections.get(head.term.value)?.subject === undefined ? head.term.value : undefined);
    // A sentence that names no collection speaks of the article's topic only with "newest" ("Bulgaria, the newest member").
    const topic = which === 'newest' && terms.length === 0 ? scope.topic : undefined;
    const eventNoun = EVENT_NOUN.exec(sentence.text.slice(after))?.[0];
    // The topic stands in for a collection only with a noun it counts in, or one of joining ("the latest elevation").
    const topicOfNoun = topic && eventNoun && (!scope.lexicon.unitNoun(eventNoun) || counts(scope, topic, scope.lexicon.unitNoun(eventNoun)!)) ? topic : undefined;
    let collectionId = group ? otherTerm(scope, group) : head?.term?.value ?? (head?.noun ? nearestTerm(scope, m.index, head.noun) ?? (topic && counts(scope, topic, head.noun)) : undefined) ?? (eventNoun ? terms[0]?.value ?? topicOfNoun : undefined);
    if (!head && !EVENT_NOUN.test(sentence.text.slice(after))) {
      if (which === 'newest') drafts.push(...bareNewest(scope, m.index, m[1]!.length));
      continue;
    }
    // "the first visit", "the only way": a superlative of something that is not a membership.
    if (!collectionId || (which === 'first' && !group)) continue;
    const end = head?.end ?? after + EVENT_NOUN.exec(sentence.text.slice(after))![0].length;
    const limit = group ? undefined : QUALIFIER.exec(sentence.text.slice(end))?.[1];
    // "the only country in ASEAN": a limit that names a group is that group.
    const limitGroup = limit ? terms.find((t) => t.start >= end && t.end <= end + limit.length + 1 && !lexicon.ledger.collections.get(t.value)?.subject)?.value : undefined;
    const qualifier = limitGroup ? undefined : limit;
    if (limitGroup && collectionId === limitGroup) collectionId = otherTerm(scope, limitGroup);
    if (!collectionId) continue;
    const collection = lexicon.ledger.collections.get(collectionId)!;
    const member = memberNear(sentence.text, { start: m.index, end }, collection, lexicon, scope.terms);
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

/** "the most recent being France", "Thailand, the latest to join": the newest, with the member beside it and no noun. */
function bareNewest(scope: SentenceScope, start: number, length: number): ClaimDraft[] {
  const { sentence, lexicon, terms } = scope;
  const bare = BARE_AFTER.exec(sentence.text.slice(start + length));
  if (!bare || !/\bthe\s+$/i.test(sentence.text.slice(0, start))) return [];
  const end = start + length + (bare[1] ?? bare[2]!).length;
  // With no term before it, "the latest" looks back past its sentence: to the paragraph, then to what the article is about.
  const collectionId = [...terms].filter((t) => t.end <= start).at(-1)?.value
    ?? lexicon.matchTerms(scope.block.text.slice(0, sentence.start)).at(-1)?.value
    ?? scope.topic
    ?? terms[0]?.value;
  const collection = collectionId ? lexicon.ledger.collections.get(collectionId) : undefined;
  if (!collection) return [];
  const names = lexicon.matchEntities(sentence.text).filter((e) => e.value !== collection.subject);
  // The member named right after ("being France", "of them Singapore") or right before ("Thailand, the latest").
  const after = names.find((e) => e.start >= end && /^\s*(?:,\s*)?(?:(?:being|is|was)\s+)?(?:the\s+)?$/i.test(sentence.text.slice(end, e.start)));
  const theStart = sentence.text.slice(0, start).search(/\bthe\s+$/i);
  const before = BARE_BEFORE.test(sentence.text.slice(0, start))
    ? names.filter((e) => e.end <= theStart && /^\s*(?:(?:,|being|is|was)\s*)?$/i.test(sentence.text.slice(e.end, theStart).replace(/(?<!\s)\s+the$/i, ''))).at(-1)
    : undefined;
  const member = after ?? before;
  if (!member) return [];
  const claim: DraftOf<SuperlativeClaim> = {
    ...claimBase(scope, collection.id, start, end),
    kind: 'superlative',
    which: 'newest',
    entity: member.value,
    entitySpan: spanIn(scope, member.start, member.end),
  };
  return [claim];
}

/** The collection, when it counts in `noun`: "Bulgaria, the newest member" in an article about the euro area. */
function counts(scope: SentenceScope, collection: string, noun: string): string | undefined {
  const found = scope.lexicon.ledger.collections.get(collection);
  return found && scope.lexicon.unitOf(found, noun) ? found.id : undefined;
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
