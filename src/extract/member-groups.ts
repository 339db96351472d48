/**
 * Which names a sentence's event is about: the members it names, coordinated
 * names as one group ("Cyprus and Malta"), and "the two countries" or "the
 * bloc" for the member the article names most; and which group a date or a
 * word of joining belongs to.
 */
import type { Collection } from '../ledger/model.js';
import type { EntityMatch } from './lexicon.js';
import type { SentenceScope } from './scope.js';

export type Group = readonly EntityMatch[];

/** Between two members of one group: "Cyprus and Malta", "Laos, Myanmar and Cambodia". */
const COORDINATION = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|as well as\s+)(?:the\s+)?$/i;
/** Between a name and its date: "Estonia in 2011", "Cambodia, in 1999". */
const ADJACENT = /^\s*(?:,\s*)?(?:(?:in|on)\s*)?$/i;
/** Before a name that owns the date after it: a clause's start, "and", or a copula. */
const OWNER_BEFORE = /(?:^|[,;]|\band|\bwas|\bwere|\bis|\bare)\s*(?:the\s+)?$/i;

/**
 * "The two countries established diplomatic relations in 1992", "The bloc,
 * which established …": a sentence that opens by referring back to a pair or
 * a bloc is about the member the article names most, unless it names that
 * member itself.
 */
const REFERS_BACK = /^(?:the two(?: (?:countries|nations|sides|governments|states))?(?!\s+(?:of|years?|months?|weeks?|days?|decades?)\b)|both (?:countries|nations|sides))\b/i;

/** People's offices: "South Sudan's President", "Presidents Mwai Kibaki of Kenya". */
const OFFICE = String.raw`(?:presidents?|prime\s+ministers?|(?:foreign|finance|trade|defen[cs]e)\s+ministers?|ministers?|kings?|queens?|leaders?|heads?\s+of\s+state|envoys?|ambassadors?|delegations?|delegates?|officials?|spokes(?:man|woman|person)|chancellors?|premiers?|monarchs?|emirs?|sultans?)`;
const OFFICE_AFTER = new RegExp(String.raw`^['’]s?\s+(?:(?:then|former|new|acting|deputy|vice)[\s-]+)?${OFFICE}\b`, 'iu');
const OFFICE_BEFORE = new RegExp(String.raw`\b${OFFICE}\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*\s+)?of\s+(?:the\s+)?$`, 'iu');

/** A name that says whose a person is ("South Sudan's President Salva Kiir signed …"): that person acts, not the member. */
export function qualifiesPerson(text: string, e: EntityMatch): boolean {
  const before = text.slice(Math.max(0, e.start - 80), e.start);
  const person = PERSON_OF.exec(before);
  return OFFICE_AFTER.test(text.slice(e.end, e.end + 40)) || OFFICE_BEFORE.test(before) || (person !== null && !STATE_WORD.test(person[0]));
}

/** "Yoweri Museveni of Uganda": a person's name, then "of" and a country. */
const PERSON_OF = /(?:^|[,;(]\s*|\band\s+)(?:\p{Lu}\p{Ll}+\s+){1,2}\p{Lu}\p{Ll}+\s+of\s+$/u;
/** Words of a state's own name, before "of": "the Republic of", "the United Kingdom of". */
const STATE_WORD = /\b(?:Republic|Kingdom|Union|Federation|Federal|State|States|Commonwealth|Islands|Emirates|Sultanate|Principality|Duchy|Democratic|People's|Islamic|Arab|United|Socialist)\b/u;

/** The names of members in [from, to) of the sentence, the collection's subject left out, coordinated names as one group. */
export function memberGroups(scope: SentenceScope, collection: Collection, from: number, to: number): Group[] {
  const { sentence, lexicon } = scope;
  // "the European Union" names a collection when it is the sentence's term for one: not a member here.
  const aTerm = (e: EntityMatch) => scope.terms.some((t) => t.start < e.end && e.start < t.end);
  // "in Samarkand, Uzbekistan": a country after a city names a place.
  const place = (e: EntityMatch) => /\b(?:in|at|near|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,\s*$/u.test(sentence.text.slice(0, e.start));
  const names = lexicon.matchEntities(sentence.text).filter((e) => e.start >= from && e.end <= to && e.value !== collection.subject && !aTerm(e) && !place(e) && !qualifiesPerson(sentence.text, e));
  const back = REFERS_BACK.exec(sentence.text);
  const focus = back ? scope.focus?.().find((e) => e !== collection.subject) : undefined;
  const referred = back && focus && from === 0 && !names.some((e) => e.value === focus) ? [[{ start: 0, end: back[0].length, text: back[0], value: focus }]] : [];
  const groups: EntityMatch[][] = referred;
  for (const name of names) {
    const last = groups.at(-1);
    if (last && COORDINATION.test(sentence.text.slice(last.at(-1)!.end, name.start))) last.push(name);
    else groups.push([name]);
  }
  return groups;
}

/** The group the event is about: the last before its word of joining, else the first between that word and `limit`. */
export function groupOf(groups: readonly Group[], event: { start: number; end: number }, limit: number): Group | undefined {
  return [...groups].reverse().find((g) => g.at(-1)!.end <= event.start) ?? groups.find((g) => g[0]!.start >= event.end && g.at(-1)!.end <= limit);
}

/**
 * A group right before the date that is a clause's subject or complement, as
 * in "… and Estonia in 2011", "was Cambodia, in 1999": the date is that
 * group's, not that of the one before the word of joining. ("two days after
 * Indonesia in March" dates the other group.)
 */
export function nextTo(groups: readonly Group[], text: string, date: { start: number }): Group | undefined {
  return groups.find((g) => ADJACENT.test(text.slice(g.at(-1)!.end, date.start)) && OWNER_BEFORE.test(text.slice(0, g[0]!.start)));
}

/** The text with the spans blanked out, offsets unchanged. */
export function blank(text: string, spans: readonly { start: number; end: number }[]): string {
  return spans.reduce((t, s) => t.slice(0, s.start) + ' '.repeat(s.end - s.start) + t.slice(s.end), text);
}
