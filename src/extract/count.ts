/**
 * Count claims: a number whose head noun counts a collection's members —
 * "nine countries", "14 Comprehensive Strategic Partnerships", "more than 190
 * countries" — in a sentence that names the collection. Numbers that are not a
 * total stay silent: "3 more countries", "the two countries", "4 of the 10".
 */
import type { Collection } from '../ledger/model.js';
import type { EntityType } from '../ledger/schema.js';
import type { Hedge } from './claim.js';
import { outsideCollection } from './framing.js';
import { notAssertedInClause } from './modality.js';
import type { Lexicon, TermMatch } from './lexicon.js';
import type { NumberMention } from './nlp.js';

export interface CountReading {
  readonly collection: string;
  readonly value: number;
  readonly hedge: Hedge;
  readonly written: string;
  readonly noun: string;
  readonly unit?: string;
  /** Offsets in the sentence: the whole phrase (hedge to head noun), and where the head noun ends. */
  readonly start: number;
  readonly end: number;
  /** The count in plain words when the sentence puts the noun first ("the number of members to nine" → "nine members"). */
  readonly phrase?: string;
  /** "15 other countries": the members named before them, whom the count leaves out. */
  readonly besides?: readonly string[];
}

/** Most specific first: "no more than" before "more than", "just under" before "under". */
const HEDGES: readonly [RegExp, Hedge][] = [
  [/\b(?:no more than|not more than|up to|at most)\s+$/i, 'at-most'],
  [/\b(?:no fewer than|no less than|not fewer than|not less than|at least)\s+$/i, 'at-least'],
  [/\b(?:nearly|almost|close to|just under)\s+$/i, 'nearly'],
  [/\b(?:more than|over|upwards of)\s+$/i, 'more-than'],
  [/\b(?:fewer than|less than|under)\s+$/i, 'fewer-than'],
  [/\b(?:about|around|roughly|approximately|some|an estimated)\s+$/i, 'about'],
];

/** Modifiers that make a number something other than the collection's total. */
const NOT_A_TOTAL = new Set(['more', 'new', 'other', 'additional', 'consecutive', 'further', 'fewer', 'remaining', 'former', 'extra', 'first', 'last', 'next', 'founding', 'founder', 'original', 'initial', 'charter', 'earliest', 'latest', 'newest', 'oldest']);
/** "a week that added two partners": a number of members gained or lost, not how many there are. */
const CHANGE_VERB = /\b(?:add(?:s|ed|ing)?|gain(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|won|win(?:s|ning)?|lost|los(?:e|es|ing)|shed(?:s|ding)?)\s+(?:another\s+|a\s+further\s+)?$/i;
/** "not 20 partners", "rather than 20": a number the sentence denies. */
const DENIED = /\b(?:not|never|nor|rather than|instead of|as opposed to)\s+$/i;
/** A place after the counted noun: "in Asia", "from Europe", "across Latin America"; not a month ("in March 2025"). */
const PLACE_AFTER = /^\s+(?:in|from|across)\s+(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b)\p{Lu}/u;
/** Head nouns after "and"/"or" that name a kind of member: "15 countries and organisations". */
const TYPE_NOUN: ReadonlyMap<string, EntityType> = new Map([
  ...['country', 'countries', 'nation', 'nations', 'state', 'states'].map((w) => [w, 'country'] as const),
  ...['organisation', 'organisations', 'organization', 'organizations', 'bloc', 'blocs', 'institution', 'institutions', 'body', 'bodies', 'union', 'unions'].map((w) => [w, 'organization'] as const),
  ...['territory', 'territories', 'economy', 'economies'].map((w) => [w, 'territory'] as const),
  ...['person', 'people', 'individual', 'individuals'].map((w) => [w, 'person'] as const),
]);
/**
 * "the two countries" refers back to countries already named, unless a
 * relative clause about the collection's subject defines the set: "the
 * thirteen nations with whom Vietnam has established …".
 */
const DEFINITE = /\b(?:the|these|those|both)\s+$/i;
const DEFINING_CLAUSE = /^\s*(?:with whom|with which|that|which|who|whom)\b/i;
/** "companies from nearly 40 countries": a number after "from" says where, not how many members. */
const ORIGIN = /\bfrom\s+(?:\S+\s+){0,2}$/i;
/** Words that introduce a part of what was just counted, a few words before the term that names that part. */
const SUBSET_LEAD = /\b(?:including|includes|included|such as|among them|among which|notably|of which|of whom)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}$/iu;
/** How far (in characters) a counting noun may be from the term that names its collection. */
const MAX_TERM_DISTANCE = 120;
const MAX_MODIFIERS = 3;
/** "50 years of diplomatic ties", "five decades": durations and timing, not counts. */
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|times)$/i;
/** A modifier is an adjective-like word; a function word ends the noun phrase. */
const FUNCTION_WORD = /^(?:of|as|in|with|for|to|from|by|and|or|on|at|than|per|after|before|since|into|over|under|the|a|an|is|are|was|were|be|been|has|have|had|now|also|still|already|then|which|who|that|among|between)$/i;

/** "a dozen", which compromise does not read as a number. */
export function readDozens(text: string): NumberMention[] {
  return [...text.matchAll(/\ba dozen\b/gi)].map((m) => ({ value: 12, start: m.index, end: m.index + m[0].length, text: m[0], ordinal: false }));
}

/**
 * A noun that says membership by itself ("members", "member states",
 * "signatories", "states parties"): in a sentence that names no collection it
 * counts the members of the article's topic.
 */
export const MEMBERSHIP_NOUN = /^(?:members?|member[- ](?:states?|countries|country|nations?|economies|economy)|signator(?:y|ies)|(?:states?[- ])?part(?:y|ies)|states parties|contracting parties)$/i;

export function readCounts(sentence: string, numbers: readonly NumberMention[], terms: readonly TermMatch[], lexicon: Lexicon, topic?: string): CountReading[] {
  const readings: CountReading[] = [];
  for (const number of numbers) {
    // "One ECOWAS member state, Senegal, …": one member is a member, not a total.
    if (number.ordinal || number.value === 1 || isYearOrMeasure(sentence, number)) continue;
    const head = findHead(sentence, number.end, terms, lexicon) ?? numberOfHead(sentence, number, lexicon);
    if (!head) continue;
    // "Bahrain joins 15 other countries": the others of members the clause names before them.
    const besides = head.modifiers.some((w) => w.toLowerCase() === 'other') ? setApart(sentence, number, lexicon) : undefined;
    if (head.modifiers.some((word) => NOT_A_TOTAL.has(word.toLowerCase()) && !(besides && word.toLowerCase() === 'other'))) continue;
    // A term counts as a head noun only in the plural ("14 CSPs"): "2 euro" is money, "one eurozone" nothing.
    if (head.term && !head.hyphenated && (number.value === 1 || !head.term.text.split(/\s+/).some((w) => /s$/i.test(w)))) continue;
    const before = sentence.slice(0, number.start);
    if (notAssertedInClause(before) || ORIGIN.test(before) || CHANGE_VERB.test(before) || DENIED.test(before)) continue;
    if (/^\s+of\b/i.test(sentence.slice(number.end))) continue; // "4 of the 10 …": a part, not a total
    const term = head.term ?? bindByNearestTerm(sentence, number, head.noun!, terms, lexicon, head.modifierTerms) ?? topicOf(head, terms, topic, lexicon);
    if (!term) continue;
    const collection = term.value;
    // "the two countries" refers back to two already named; "the 27 member states", "the 10 countries of ASEAN" are all of them.
    const whole = head.hyphenated || MEMBERSHIP_NOUN.test(head.noun ?? '') || /^\s+(?:of|in)\s+(?:the\s+)?$/i.test(sentence.slice(head.end, term.start));
    if (DEFINITE.test(before) && !whole && !definedBySubject(sentence.slice(head.end), collection, lexicon)) continue;
    if (!head.term && countsOutside(sentence, head, term)) continue;
    // "eight countries in Asia": a part picked by a place the ledger has no group for (a named group is a group claim).
    if (PLACE_AFTER.test(sentence.slice(head.end)) && !terms.some((t) => t.start > head.end && t.start <= head.end + 12)) continue;
    const coordinated = coordinatedHead(sentence, head, lexicon.ledger.collections.get(collection)!, lexicon);
    const hedge = HEDGES.find(([pattern]) => pattern.test(before));
    const hedgeStart = hedge ? before.search(hedge[0]) : number.start;
    const end = coordinated?.end ?? head.end;
    const unit = coordinated ? undefined : head.noun;
    const noun = sentence.slice(head.start, end);
    const nounFirst = head.numberFirst === false;
    readings.push({
      collection,
      value: number.value,
      hedge: hedge?.[1] ?? 'exact',
      written: number.text,
      noun,
      ...(unit ? { unit } : {}),
      start: nounFirst ? head.start : hedgeStart,
      end: nounFirst ? number.end : end,
      ...(nounFirst ? { phrase: `${number.text} ${noun}` } : {}),
      ...(besides ? { besides } : {}),
    });
  }
  return readings;
}

export interface Head {
  readonly start: number;
  readonly end: number;
  readonly modifiers: string[];
  /** The collection term when the head noun is the term itself ("14 CSPs"). */
  readonly term?: TermMatch;
  /** The unit noun (singular, as in the ledger) when the head is a counting noun ("nine countries"). */
  readonly noun?: string;
  /** Terms used as modifiers: "4 ASEAN countries". */
  readonly modifierTerms: TermMatch[];
  /** A count written into an adjective: "the 27-nation union", "the 20-member currency union". */
  readonly hyphenated?: true;
  /** false when the noun comes before the number: "the number of members to nine". */
  readonly numberFirst?: false;
}

/** The counted noun: up to three modifiers after the number, then a unit noun or a collection term. */
export function findHead(sentence: string, from: number, terms: readonly TermMatch[], lexicon: Lexicon): Head | undefined {
  const adjectival = hyphenatedHead(sentence, from, terms, lexicon);
  if (adjectival) return adjectival;
  const modifiers: string[] = [];
  const modifierTerms: TermMatch[] = [];
  const word = /\s*([\p{L}][\p{L}'’-]*)/uy;
  let at = from;
  for (let i = 0; i <= MAX_MODIFIERS; i++) {
    const gap = /^\s*/.exec(sentence.slice(at))![0].length;
    const term = terms.find((t) => t.start === at + gap);
    word.lastIndex = at;
    const m = word.exec(sentence);
    if (!m) return undefined;
    const start = m.index + m[0].length - m[1]!.length;
    const twoWords = /^\s+([\p{L}]+)/u.exec(sentence.slice(start + m[1]!.length));
    const noun2 = twoWords ? lexicon.unitNoun(`${m[1]} ${twoWords[1]}`) : undefined;
    const noun = noun2 ?? lexicon.unitNoun(m[1]!);
    const nounEnd = noun2 ? start + m[1]!.length + twoWords![0].length : start + m[1]!.length;
    if (term && !(noun && nounEnd > term.end)) {
      // The term may itself modify a unit noun: "4 ASEAN countries".
      const after = findUnitRightAfter(sentence, term.end, lexicon);
      // The noun phrase is "CSP partners": the term modifies the noun and is quoted with it.
      if (after) return { start: term.start, end: after.end, modifiers, noun: after.noun, modifierTerms: [...modifierTerms, term] };
      // A group's name before another noun names something of the group: "the 31st ASEAN Summit".
      // ("the 11th ASEAN member last month": a term that ends in a counting noun is a whole noun phrase.)
      const endsInNoun = lexicon.unitNoun(term.text.split(/\s+/).at(-1)!) !== undefined;
      if (isGroup(term, lexicon) && !endsInNoun && /^\s+[\p{L}]/u.test(sentence.slice(term.end)) && !FUNCTION_WORD.test(/^\s+([\p{L}]+)/u.exec(sentence.slice(term.end))![1]!)) return undefined;
      return { start: term.start, end: term.end, modifiers, term, modifierTerms };
    }
    if (noun) return { start, end: nounEnd, modifiers, noun, modifierTerms };
    // A possessive starts another noun phrase: "43rd among Australia's trading partners".
    if (TIME_UNIT.test(m[1]!) || FUNCTION_WORD.test(m[1]!) || /['’]s$/i.test(m[1]!)) return undefined;
    modifiers.push(m[1]!);
    at = start + m[1]!.length;
  }
  return undefined;
}

/**
 * "the 27-nation union", "a 20-member currency union", "the 10-member bloc":
 * the count is the unit after the hyphen, and what it counts is the
 * collection named within three words after it.
 */
function hyphenatedHead(sentence: string, from: number, terms: readonly TermMatch[], lexicon: Lexicon): Head | undefined {
  const unit = /^-([\p{L}]+)\b/u.exec(sentence.slice(from));
  const noun = unit && lexicon.unitNoun(unit[1]!);
  if (!unit || !noun) return undefined;
  const unitEnd = from + unit[0].length;
  const term = terms.find((t) => t.start >= unitEnd && /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(sentence.slice(unitEnd, t.start)));
  return term && { start: from, end: term.end, modifiers: [], noun, term, modifierTerms: [], hyphenated: true };
}

/**
 * The members a clause names before "N other …", whom the count sets apart:
 * "Bahrain joins 15 other countries", "The United States and seven other
 * countries", "Besides Austria, the United States and Panama, 47 other
 * nations". Undefined when the clause names none.
 */
function setApart(sentence: string, number: NumberMention, lexicon: Lexicon): string[] | undefined {
  const before = sentence.slice(0, number.start);
  const clauseStart = Math.max(before.lastIndexOf(';'), before.lastIndexOf('. '), 0);
  const names = lexicon.matchEntities(before.slice(clauseStart));
  const ids = [...new Set(names.map((e) => e.value))];
  return ids.length > 0 ? ids : undefined;
}

/** "the number of members to nine", "the total number of signatories comes to 31": the count after the noun. */
function numberOfHead(sentence: string, number: NumberMention, lexicon: Lexicon): Head | undefined {
  const m = /\bnumber of\s+([\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:(?:now\s+)?(?:comes|came|rose|grew|climbed|stands|stood|is|was|has reached|reached)\s+)?(?:to|at)\s+$/iu.exec(sentence.slice(0, number.start));
  if (!m) return undefined;
  const words = m[1]!;
  const noun = lexicon.unitNoun(words) ?? lexicon.unitNoun(words.split(/\s+/)[0]!);
  if (!noun) return undefined;
  const start = m.index + m[0].indexOf(words);
  return { start, end: start + words.length, modifiers: [], noun, modifierTerms: [], numberFirst: false };
}

/** A membership noun in a sentence that names no collection counts the article's topic ("The bloc swells to 25 members"). */
function topicOf(head: Head, terms: readonly TermMatch[], topic: string | undefined, lexicon: Lexicon): TermMatch | undefined {
  if (terms.length > 0 || !topic || !head.noun || !MEMBERSHIP_NOUN.test(head.noun)) return undefined;
  const collection = lexicon.ledger.collections.get(topic);
  if (!collection || !lexicon.unitOf(collection, head.noun)) return undefined;
  return { start: head.start, end: head.end, text: '', value: topic };
}

function isGroup(term: TermMatch, lexicon: Lexicon): boolean {
  return lexicon.ledger.collections.get(term.value)?.subject === undefined;
}

function findUnitRightAfter(sentence: string, from: number, lexicon: Lexicon): { start: number; end: number; noun: string } | undefined {
  const m = /^\s+([\p{L}]+)/u.exec(sentence.slice(from));
  const noun = m && lexicon.unitNoun(m[1]!);
  if (!m || !noun) return undefined;
  const start = from + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, noun };
}

/**
 * A counting noun belongs to the collection named nearest to it that counts in
 * that noun; a term used as a modifier ("4 ASEAN countries") next to another
 * collection's term is an overlap of two collections, not a total of either.
 */
function bindByNearestTerm(sentence: string, number: NumberMention, noun: string, terms: readonly TermMatch[], lexicon: Lexicon, modifierTerms: TermMatch[]): TermMatch | undefined {
  const candidates = terms.filter((t) => {
    const collection = lexicon.ledger.collections.get(t.value);
    return collection && lexicon.unitOf(collection, noun);
  });
  if (modifierTerms.length > 0) {
    const others = terms.filter((t) => !modifierTerms.includes(t) && t.value !== modifierTerms[0]!.value);
    if (others.length > 0) return undefined;
    return candidates.find((t) => modifierTerms.includes(t));
  }
  const distance = (t: TermMatch) => (t.start >= number.end ? t.start - number.end : number.start - t.end);
  // "12 countries, including all five permanent members of the Security Council": a term just after "including" names a part of what is counted.
  const named = candidates.filter((t) => t.start < number.end || !SUBSET_LEAD.test(sentence.slice(number.end, t.start)));
  const nearest = [...named].sort((a, b) => distance(a) - distance(b))[0];
  if (!nearest || distance(nearest) > MAX_TERM_DISTANCE) return undefined;
  // Another number between them ("… drew 200 companies from 40 countries") counts something else.
  const [from, to] = nearest.start >= number.end ? [number.end, nearest.start] : [nearest.end, number.start];
  return /\d/.test(sentence.slice(from, to).replace(/\b(?:1[89]|20)\d\d\b/g, '')) ? undefined : nearest;
}

/** Whether the words between a counted noun and the collection's name put what is counted outside it. */
function countsOutside(sentence: string, head: Head, term: TermMatch): boolean {
  const between = term.start >= head.end ? sentence.slice(head.end, term.start) : sentence.slice(term.end, head.start);
  return outsideCollection(between);
}

/**
 * "15 countries and organisations": a head noun joined to another kind of
 * member counts the members of both kinds. When together they are every kind
 * the collection has, the count is of every member: the end of the noun
 * phrase is returned. Otherwise (undefined) the head noun's unit stands, as
 * the nearest the ledger has: "more than 190 countries and territories".
 */
function coordinatedHead(sentence: string, head: Head, collection: Collection, lexicon: Lexicon): { end: number } | undefined {
  const m = /^\s+(?:and|or|&|plus)\s+(?:other\s+)?([\p{L}]+)\b/u.exec(sentence.slice(head.end));
  const other = m && (TYPE_NOUN.get(m[1]!.toLowerCase()) ?? lexicon.unitOf(collection, lexicon.unitNoun(m[1]!) ?? '')?.type);
  if (!m || !other || !head.noun) return undefined;
  const types = new Set([other, lexicon.unitOf(collection, head.noun)?.type ?? TYPE_NOUN.get(head.noun)]);
  const every = types.has(undefined) || collection.members.every((member) => member.entityType !== undefined && types.has(member.entityType));
  return every ? { end: head.end + m[0].length } : undefined;
}

/** "with whom Vietnam has established …": a relative clause that names the collection's subject. */
function definedBySubject(after: string, collection: string, lexicon: Lexicon): boolean {
  const subject = lexicon.ledger.collections.get(collection)?.subject;
  return DEFINING_CLAUSE.test(after) && subject !== undefined && lexicon.matchEntities(after).some((e) => e.value === subject);
}

/** Years ("in 2016"), percentages, money and quantities are not counts of members. */
function isYearOrMeasure(sentence: string, number: NumberMention): boolean {
  if (/^\d{4}$/.test(number.text) && number.value >= 1000 && number.value <= 2999) return true;
  if (/[%$€£¥]/.test(number.text) || /^\s*(?:%|percent|per cent|million|billion|trillion)/i.test(sentence.slice(number.end))) return true;
  return /[$€£¥]\s*$/.test(sentence.slice(0, number.start));
}
