/**
 * Member-date claims: when the article says a membership began. Three shapes:
 * a sentence with a word of joining (joining.ts, and the ledger's own for the
 * collection), a collection term and a date ("upgraded to a comprehensive
 * strategic partnership in October 2024", "Cyprus and Malta joined the euro
 * area in 2008", "partners since 2013"); a section line that starts with a
 * member and ends "(Elevated March 10, 2025)"; and every dated entry of a list
 * ("China (May 2008)").
 */
import { sourceSpan, type Block, type Span } from '../ingest/article.js';
import { readDates, type DateMention } from '../time/read-dates.js';
import type { Collection } from '../ledger/model.js';
import type { ListClaim, MemberDateClaim } from './claim.js';
import { AS_OF_LEAD } from './as-of.js';
import { JOINING, JOINING_WITHOUT_OBJECT } from './joining.js';
import type { EntityMatch } from './lexicon.js';
import { blank, groupOf, memberGroups, nextTo, type Group } from './member-groups.js';
import { notAsserted } from './modality.js';
import type { SentenceScope, DraftOf } from './scope.js';

/** Words before a term that make it an upgrade within the tier, not a joining. */
const WITHIN_TIER = /\b(?:enhanced|extensive|deepened|upgraded|refreshed)\s+$/i;
/** "1. China: A Neighbors' Intertwined Destiny (Established May 2008)". */
const SECTION_LINE = /^\s*(?:\d{1,3}[.)]\s*)?(?:the\s+)?/i;
const SECTION_DATE = /\((?:established|elevated|upgraded|signed|formed|since|joined|adopted|entered|acceded|admitted)\s+([^()]+)\)\s*$/i;
/** What may stand between the dates of an enumeration besides names: ", Vietnam in 1995, and Laos and Myanmar in 1997". */
const CONTINUATION = /^(?:[\s,;]|\b(?:and|then|followed by|while|with|in|on|the|it|they|was|were|later|also|subsequently|next)\b)*$/i;
/** "partners since 2013", "diplomatic relations since 1965", "a member of the euro area since 2011": the term, then at most three words. */
const SINCE_TERM = /^\s*(?:\S+\s+){0,3}$/;
/** Before a date that opens the sentence or a clause: "In 2023, …", "… when in September 2023, …". */
const OPENS_CLAUSE = /(?:^|[,;]\s*|\b(?:when|after|and|but|while|then)\s+)(?:in|on|since)\s+$/i;
/** How many words may stand between a term and the date of its joining when the sentence has several dates: "the euro area on 1 January 2015". */
const MAX_WORDS_TERM_TO_DATE = 4;

type Draft = DraftOf<MemberDateClaim>;

/**
 * When members joined, as the sentence reports it: a word of joining, the
 * collection's term and a date — "Slovakia joined the euro zone in 2008",
 * "Cyprus and Malta joined the euro area together in 2008", "In 2023, Japan
 * became …" — and each date of an enumeration after it ("Brunei joined ASEAN
 * in 1984, Vietnam in 1995, and Laos and Myanmar in 1997"); or a term and
 * "since" ("have been strategic partners since 2013"). The member is the
 * group of names the event is about: the one before its word of joining, else
 * the one between that word and the date.
 */
export function memberDatesInSentence(scope: SentenceScope): Draft[] {
  const { sentence, terms } = scope;
  if (terms.length === 0) return impliedCollectionDate(scope);
  const dates = eventDates(sentence.text, scope.reference);
  if (dates.length === 0) return [];
  const drafts: Draft[] = [];
  let previous: { collection: Collection; end: number } | undefined;
  for (const [i, date] of dates.entries()) {
    const segmentStart = dates[i - 1]?.end ?? 0;
    const continued = previous && continuation(scope, previous.collection, segmentStart, date);
    const found = continued ?? (dates.length === 1 ? loneDate(scope, date) : enumeratedDate(scope, date, segmentStart)) ?? sinceDate(scope, date);
    previous = found && { collection: found.collection, end: date.end };
    if (found) drafts.push(...found.members.map((member) => draft(scope, scope.block, found.collection.id, member, date, sentence.start)));
  }
  return drafts;
}

/**
 * A sentence that names no collection, in a paragraph that has: "The euro
 * area has 20 members. Croatia joined last year." The collection is the one
 * the paragraph named last; the word of joining must take no object but a
 * counting noun of it ("became its 21st member on 1 January").
 */
function impliedCollectionDate(scope: SentenceScope): Draft[] {
  const { sentence, lexicon, block } = scope;
  if (!JOINING.test(sentence.text)) return [];
  // The collection the paragraph named last, else the article's topic ("Sweden, Finland and Austria joined in 1995.").
  const topic = scope.topic && JOINING_WITHOUT_OBJECT.test(sentence.text) ? { value: scope.topic } : undefined;
  const named = lexicon.matchTerms(block.text.slice(0, sentence.start)).at(-1) ?? topic;
  if (!named) return [];
  const dates = eventDates(sentence.text, scope.reference);
  const date = dates[0];
  if (dates.length !== 1 || !date || notAsserted(sentence.text.slice(0, date.start))) return [];
  const collection = lexicon.ledger.collections.get(named.value)!;
  // A date that opens the sentence or a timeline's line ("1986: Portugal and Spain join") precedes its word of joining.
  const opens = /^[\s*•·>–—-]*(?:(?:in|on)\s+)?$/i.test(sentence.text.slice(0, date.start)) && /^\s*(?:,|:|\s[–—-])\s/.test(sentence.text.slice(date.end));
  const event = opens ? firstAfter(lexicon.joiningOf(collection.id), sentence.text, date.end) : lastBefore(lexicon.joiningOf(collection.id), sentence.text, date.start);
  if (!event) return [];
  // "On August 29, 1994, South Africa became the eleventh member of the Southern African Development Community": another body, named.
  if (ANOTHER_BODY.test(sentence.text.slice(event.end, opens ? sentence.text.length : date.start))) return [];
  const object = (opens ? '' : sentence.text.slice(event.end, date.start)).replace(/\p{L}+/gu, (word) => (lexicon.unitOf(collection, lexicon.unitNoun(word) ?? '') ? '' : word));
  if (!BARE_OBJECT.test(object)) return [];
  const members = groupOf(memberGroups(scope, collection, 0, sentence.text.length), event, opens ? sentence.text.length : date.start);
  return members ? members.map((member) => draft(scope, block, collection.id, member, date, sentence.start)) : [];
}

/** A body named after a word of joining, in a sentence that names no collection of the ledger: "member of the Southern African …". */
const ANOTHER_BODY = /\b(?:of|to|into)\s+(?:the\s+)?\p{Lu}/u;

/** What may stand between a word of joining and its date when no collection is named: articles, possessives, ranks. */
const BARE_OBJECT = /^(?:\s|,|\b(?:the|a|an|its|their|in|on|at|as|\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|newest|latest|most recent)\b)*$/i;

interface Found {
  readonly collection: Collection;
  readonly members: Group;
}

/**
 * A sentence with one date: its word of joining before it, or after a date
 * that opens the sentence or a clause ("In 2023, Japan became …", "… when in
 * September 2023, Vietnam and the US upgraded …"). The collection is the term
 * the word of joining takes ("joined the euro area", "upgraded their
 * comprehensive strategic partnership"), else the nearest before the date.
 */
function loneDate(scope: SentenceScope, date: DateMention): Found | undefined {
  const { sentence, terms, lexicon } = scope;
  // "In 2023, Japan became …", and a timeline's line "1973: Britain, Denmark and Ireland join the bloc".
  const opensClause = (OPENS_CLAUSE.test(sentence.text.slice(0, date.start)) && /^\s*,/.test(sentence.text.slice(date.end))) ||
    (/^[\s*•·>–—-]*$/.test(sentence.text.slice(0, date.start)) && /^\s*(?::|\s[–—-])\s/.test(sentence.text.slice(date.end)));
  // "In 2023, Japan will become …": the verb comes after a date that opens the sentence.
  if (notAsserted(opensClause ? sentence.text : sentence.text.slice(0, date.start))) return undefined;
  const words = [...new Set(terms.flatMap((t) => lexicon.joiningOf(t.value)))];
  // "Romania and Bulgaria on Sunday joined …": a date between the subject and its verb is that verb's, not an earlier clause's.
  const trailing = !opensClause ? verbRightAfter(words, sentence.text, date) : undefined;
  const datesVerbAfter = trailing !== undefined;
  const event = opensClause || datesVerbAfter ? trailing ?? firstAfter(words, sentence.text, date.end) : lastBefore(words, sentence.text, date.start);
  const parenthesised = /\(\s*$/.test(sentence.text.slice(0, date.start)) && anyIn(words, sentence.text) && bracketsNameOrJoining(scope, date, words);
  if (!event && !parenthesised) return undefined;
  const objectEnd = opensClause || datesVerbAfter ? sentence.text.length : date.start;
  // What was joined: the first term after the word of joining that owns no other noun ("the bloc's members inside the Schengen zone").
  const object = event && terms.find((t) => t.start >= event.end && t.end <= objectEnd && !/^['’]s\b/.test(sentence.text.slice(t.end)));
  // "Estonia, which entered NATO in 2004, …": what was joined is named, and it is not the collection.
  if (event && !object && !opensClause && namesSomethingElse(scope, sentence.text.slice(event.end, date.start))) return undefined;
  // Without an object, the collection stands before the word of joining: "Trade reached $68 billion last year, with the EU …" joins nothing.
  const term = object ?? nearestBefore(terms, event && !opensClause ? event.start : date.start) ?? (event && !opensClause ? undefined : terms[0]);
  if (!term) return undefined;
  const collection = lexicon.ledger.collections.get(term.value)!;
  // The word of joining must be one of this collection's: a board's "appointed" joins no trade bloc.
  if (event && !lexicon.joiningOf(collection.id).some((p) => [...sentence.text.slice(event.start, event.end).matchAll(p)].length > 0)) return undefined;
  // "an Enhanced Comprehensive Strategic Partnership" upgrades a tie within its tier: no one joins.
  if (WITHIN_TIER.test(sentence.text.slice(0, term.start))) return undefined;
  // "entered the euro's waiting room": a term that owns another noun is not what was joined.
  if (event && term.start >= event.end && /^['’]s\b/.test(sentence.text.slice(term.end))) return undefined;
  // The members are in the clause of the event and its date, not across a dash or a semicolon.
  const clause = clauseAround(sentence.text, Math.min(date.start, event?.start ?? date.start), Math.max(date.end, event?.end ?? date.end));
  const groups = memberGroups(scope, collection, clause.start, clause.end);
  const members = groups.length === 1 ? groups[0] : nextTo(groups, sentence.text, date) ?? (event && groupOf(groups, event, objectEnd));
  return members && { collection, members };
}

/** A word of joining right after the date, with at most one word between: "on Sunday joined", "in 2013 formally joined". */
function verbRightAfter(words: readonly RegExp[], text: string, date: DateMention): { start: number; end: number } | undefined {
  const next = firstAfter(words, text, date.end);
  return next && /^\s*(?:\p{Ll}+\s+)?$/u.test(text.slice(date.end, next.start)) ? next : undefined;
}

/** The stretch of a sentence between the dashes or semicolons around [from, to). */
function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  const BREAK = /\s[—–-]\s|[—–;]/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(BREAK)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/**
 * "Croatia (2013)", "joined the euro area (2023)": a date in brackets dates
 * the name or the joining just before it; "announced on Wednesday (Nov. 1)"
 * dates the announcement.
 */
function bracketsNameOrJoining(scope: SentenceScope, date: DateMention, words: readonly RegExp[]): boolean {
  const before = scope.sentence.text.slice(0, date.start).replace(/\(\s*$/, '').trimEnd();
  const endsHere = (m: { end: number }) => m.end === before.length;
  return scope.lexicon.matchEntities(before).some(endsHere) || scope.terms.some(endsHere) ||
    words.some((p) => [...before.matchAll(p)].some((m) => m.index + m[0].length === before.length));
}

/** Whether words after a word of joining name something (a capitalised name) other than the collections' subjects. */
function namesSomethingElse(scope: SentenceScope, words: string): boolean {
  const subjects = new Set(scope.terms.map((t) => scope.lexicon.ledger.collections.get(t.value)?.subject));
  const ownNames = scope.lexicon.matchEntities(words).filter((e) => subjects.has(e.value));
  const rest = blank(words, ownNames);
  return /(?:^|\s)\p{Lu}/u.test(rest);
}

/**
 * One of several dates: its word of joining and the collection's term between
 * it and the date, the term close to the date ("Croatia, which joined the
 * European Union in 2013, adopted the euro in 2023" dates only the euro).
 */
function enumeratedDate(scope: SentenceScope, date: DateMention, segmentStart: number): Found | undefined {
  const { sentence, lexicon } = scope;
  if (notAsserted(sentence.text.slice(0, date.start))) return undefined;
  for (const object of objectsBefore(scope, date, segmentStart)) {
    const collection = lexicon.ledger.collections.get(object.collection)!;
    const event = lastBefore(lexicon.joiningOf(collection.id), sentence.text, object.start);
    const between = sentence.text.slice(object.end, date.start).trim();
    if (!event || event.end <= segmentStart || (between && between.split(/\s+/).length > MAX_WORDS_TERM_TO_DATE)) continue;
    if (WITHIN_TIER.test(sentence.text.slice(0, object.start))) return undefined;
    const members = groupOf(memberGroups(scope, collection, 0, sentence.text.length), event, date.start);
    return members && { collection, members };
  }
  return undefined;
}

/**
 * What may have been joined, nearest the date first: the collection's terms,
 * and, when the sentence names one collection only, its unit nouns ("since it
 * became the 21st member on Jan. 1").
 */
function objectsBefore(scope: SentenceScope, date: DateMention, from: number): { collection: string; start: number; end: number }[] {
  const { sentence, terms, lexicon } = scope;
  const objects = terms.map((t) => ({ collection: t.value, start: t.start, end: t.end }));
  const named = new Set(terms.map((t) => t.value));
  if (named.size === 1) {
    const collection = lexicon.ledger.collections.get([...named][0]!)!;
    for (const m of sentence.text.matchAll(/\p{L}+/gu)) {
      const noun = lexicon.unitNoun(m[0]);
      if (noun && lexicon.unitOf(collection, noun)) objects.push({ collection: collection.id, start: m.index, end: m.index + m[0].length });
    }
  }
  return objects.filter((o) => o.end <= date.start && o.start >= from).sort((a, b) => b.end - a.end);
}

/** "Vietnam in 1995, and Laos and Myanmar in 1997" after a dated joining: the same collection, the names before each date. */
function continuation(scope: SentenceScope, collection: Collection, from: number, date: DateMention): Found | undefined {
  const groups = memberGroups(scope, collection, from, date.start);
  const group = groups[0];
  if (groups.length !== 1 || !group) return undefined;
  const rest = blank(scope.sentence.text.slice(from, date.start), group.map((e) => ({ start: e.start - from, end: e.end - from })));
  return CONTINUATION.test(rest) ? { collection, members: group } : undefined;
}

/** "The two countries have been strategic partners since 2013", "Estonia has used the euro since 2011". */
function sinceDate(scope: SentenceScope, date: DateMention): Found | undefined {
  const { sentence, terms, lexicon } = scope;
  const before = sentence.text.slice(0, date.start);
  const lead = /\bsince\s+$/i.exec(before) ?? (/^since\s/i.test(date.text) ? { index: date.start } : undefined);
  if (!lead || notAsserted(before)) return undefined;
  const term = nearestBefore(terms, lead.index);
  if (!term || !SINCE_TERM.test(sentence.text.slice(term.end, lead.index))) return undefined;
  if (WITHIN_TIER.test(sentence.text.slice(0, term.start))) return undefined;
  const collection = lexicon.ledger.collections.get(term.value)!;
  const groups = memberGroups(scope, collection, 0, sentence.text.length);
  const members = groups.length === 1 ? groups[0] : [...groups].reverse().find((g) => g.at(-1)!.end <= term.start);
  // "pegged its currency to the euro since 1999": another verb's object is no membership.
  if (!members || otherVerb(sentence.text.slice(members.at(-1)!.end < term.start ? members.at(-1)!.end : 0, term.start), lexicon.joiningOf(collection.id))) return undefined;
  return { collection, members };
}

/** Verbs of a state that a membership is: "have been", "has had", "has used", "has shared". */
const STATE_VERB = /^(?:been|had|used|shared|held|kept|enjoyed|maintained)$/i;

/** Whether a past form other than a word of joining or of a membership's state stands in the words. */
function otherVerb(words: string, joining: readonly RegExp[]): boolean {
  return [...words.matchAll(/\b\p{L}+ed\b/gu)].some((m) => !STATE_VERB.test(m[0]) && !joining.some((p) => [...m[0].matchAll(p)].length > 0));
}

/**
 * A section line that starts with a member and ends "(Established May 2008)";
 * it names no collection, so it speaks for the one the article is about.
 * `scope.sentence` is the whole block.
 */
export function memberDateOfSection(scope: SentenceScope): Draft[] {
  const { block, lexicon, topic } = scope;
  const dated = SECTION_DATE.exec(block.text);
  if (!topic || !dated || block.text.length > 200) return [];
  const lead = SECTION_LINE.exec(block.text)![0].length;
  const member = lexicon.matchEntities(block.text).find((e) => e.start === lead);
  const subject = lexicon.ledger.collections.get(topic)?.subject;
  if (!member || member.value === subject) return [];
  const inner = dated.index + dated[0].indexOf(dated[1]!);
  const date = readDates(dated[1]!, scope.reference)[0];
  if (!date) return [];
  const shifted = { ...date, start: inner + date.start, end: inner + date.end };
  return [draft(scope, block, topic, member, shifted, 0)];
}

/** Every dated entry of a list is a claim about when that member joined. */
export function memberDatesOfList(list: DraftOf<ListClaim>, text: string): Draft[] {
  return list.entries.flatMap((entry) => {
    if (!entry.entity || !entry.date) return [];
    return [{
      kind: 'member-date' as const,
      collection: list.collection,
      span: entry.date.span,
      text: text.slice(entry.date.span.start, entry.date.span.end),
      sentence: list.sentence,
      entity: entry.entity,
      entitySpan: entry.span,
      date: entry.date.date,
    }];
  });
}

/** How far before its date a word of joining may stand: "elevation of the US–Vietnam relationship to a CSP in September 2023". */
const MAX_EVENT_DISTANCE = 90;

/** The word of joining that ends last before `offset`, not too far from it; a date before the event ("agreed in 2025 … the establishment of …") is another date. */
function lastBefore(patterns: readonly RegExp[], text: string, offset: number): { start: number; end: number } | undefined {
  const found = patterns.flatMap((p) => [...text.matchAll(p)])
    .filter((m) => m.index + m[0].length <= offset && offset - (m.index + m[0].length) <= MAX_EVENT_DISTANCE)
    .sort((a, b) => b.index - a.index)[0];
  return found && { start: found.index, end: found.index + found[0].length };
}

/** The first word of joining after `offset`. */
function firstAfter(patterns: readonly RegExp[], text: string, offset: number): { start: number; end: number } | undefined {
  const found = patterns.flatMap((p) => [...text.matchAll(p)]).filter((m) => m.index >= offset).sort((a, b) => a.index - b.index)[0];
  return found && { start: found.index, end: found.index + found[0].length };
}

function anyIn(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((p) => [...text.matchAll(p)].length > 0);
}

/** A date's possessive ending: "last month's", "Tuesday's". */
export const POSSESSIVE_DATE = /^['’]s?\b/;

function eventDates(text: string, reference?: Date): DateMention[] {
  // A date that says how current a statement is ("as of", "until") is not when something happened,
  // nor is the date a statement was made ("… became the 21st member, the central bank said on Monday").
  return readDates(text, reference).filter((d) => {
    const before = text.slice(0, d.start);
    // "last month's coup": a date in the possessive dates its noun, not the sentence's event.
    return !AS_OF_LEAD.test(before) && !/\buntil\s+$/i.test(before) && !REPORTED_AT.test(before) && !POSSESSIVE_DATE.test(text.slice(d.end));
  });
}

/**
 * A verb of saying, then at most three words, just before a date: the date is the saying's. Lower case
 * and past tense or "says": "States" in "the United States in 2023" and "reports" as a noun are no verbs.
 */
const REPORTED_AT = /\b(?:said|says|announced|told|reported|stated|added|noted|confirmed|wrote|declared)\b(?:\s+[\p{L}’'-]+){0,3}?\s*$/u;

function nearestBefore<T extends { end: number }>(matches: readonly T[], offset: number): T | undefined {
  return [...matches].filter((m) => m.end <= offset).sort((a, b) => b.end - a.end)[0];
}

function draft(scope: SentenceScope, block: Block, collection: string, member: EntityMatch, date: DateMention, offset: number): Draft {
  const span: Span = sourceSpan(block, offset + date.start, offset + date.end);
  return {
    kind: 'member-date',
    collection,
    span,
    text: scope.article.text.slice(span.start, span.end),
    sentence: sourceSpan(block, scope.sentence.start, scope.sentence.end),
    entity: member.value,
    entitySpan: sourceSpan(block, offset + member.start, offset + member.end),
    date: date.date,
    ...(date.until ? { until: date.until } : {}),
  };
}
