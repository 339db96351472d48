/**
 * Steps of membership and membership itself, as sentences state them without
 * a count: "Timor-Leste applied for membership in 2011", "Mercosur suspends
 * Venezuela", "Zimbabwe left the organisation in 2003" (status claims), and
 * "Bulgaria, an EU member, …", "Norway is not a member of the EU", "UK joins
 * CPTPP" (membership claims). The member is a name in the sentence, the
 * collection the term or noun the step is about, the date the one in the
 * step's clause.
 */
import type { Span } from '../ingest/article.js';
import { readDates, type DateMention } from '../time/read-dates.js';
import type { FoundingClaim, MembershipClaim, StatusClaim, Step } from './claim.js';
import type { EntityMatch, TermMatch } from './lexicon.js';
import { POSSESSIVE_DATE } from './member-date.js';
import { qualifiesPerson } from './member-groups.js';
import { notAsserted } from './modality.js';
import { claimBase, spanIn, type ClaimDraft, type DraftOf, type SentenceScope } from './scope.js';

/** Words that report each step. Order matters: the first that matches a verb phrase names it. */
const STEPS: readonly [Step, RegExp][] = [
  ['withdrawal-announced', /\b(?:announc\w*|notif\w*|declar\w*)\s+(?:its|their|the)\s+(?:intention\s+to\s+)?withdraw\w*|\bnotice\s+of\s+withdrawal\b/gi],
  ['applied', /\b(?:appl(?:y|ies|ied|ying)\s+(?:to\s+(?:re)?join|for\s+(?:[\p{L}-]+\s+){0,2}?(?:membership|accession|admission|entry))|(?:submit\w*|lodg\w*|fil(?:e|es|ed|ing)|hand(?:s|ed)?\s+in|present\w*|sen[dt]s?)\s+(?:(?:its|an?|their|the)\s+)?(?:(?:formal|official|membership)\s+)*applications?|applications?\s+(?:to\s+join|for\s+(?:full\s+)?membership)|(?:asked|requested)\s+to\s+(?:re)?join|sought\s+(?:full\s+)?membership)\b/giu],
  ['invited', /\b(?:invit(?:ed|es|ing|ation)\b(?:\s+\S+){0,4}?\s+to\s+(?:join|become|open|begin|start|the\s+organi[sz]ation)|decided\s+to\s+invite|(?:open(?:s|ed|ing)?|beg[ia]n|start(?:s|ed)?|initiat(?:es|ed)|launch(?:es|ed)?)\s+(?:"|“)?(?:formal\s+)?accession\s+(?:talks|discussions|negotiations|process)(?:"|”)?\s+with|approv(?:e|es|ed|ing)\s+(?:the\s+)?(?:accession|membership)(?:\s+(?:package|terms|protocol))?(?:\s+of)?|agreed\s+to\s+(?:embrace|admit|take\s+in))\b/gi],
  ['candidate', /\b(?:candidate\s+status|(?:granted|given|became|become|becomes)\s+(?:an?\s+)?(?:official\s+)?candidate)\b/gi],
  ['ratified', /\b(?:ratif(?:y|ies|ied|ying)|deposit(?:s|ed|ing)?\s+(?:its|their|the)\s+instrument)\b/gi],
  ['signed', /\bsign(?:s|ed|ing)?\s+(?:the\s+|its\s+|an?\s+)?(?:same\s+|founding\s+|accession\s+)?(?:treaty|protocol|instrument|agreement|accord|charter|convention|statute)\b/gi],
  ['reinstated', /\b(?:reinstat(?:e|es|ed|ing|ement)|readmit(?:s|ted|ting)?|re-admit\w*|lift(?:s|ed|ing)?\s+(?:its|the|their)\s+suspension|end(?:s|ed)?\s+(?:its|the)\s+suspension|restor(?:e|es|ed|ing)\s+(?:\S+\s+){0,3}(?:full\s+)?(?:membership|rights))\b/gi],
  ['observer', /\b(?:observer\s+status|(?:became|become|becomes|as)\s+an?\s+observer)\b/gi],
  ['suspended', /\bsuspen(?:d|ds|ded|ding|sion)\b/gi],
  ['withdrew', /\b(?:withdr(?:ew|awn|aws|awal)|pull(?:s|ed|ing)?\s+out\s+of|quit(?:s|ting)?|exit(?:s|ed|ing)?|left|leaves|split\s+from|walked\s+out\s+(?:of|on)|broke\s+away\s+from)\b/gi],
];

/** Joining without a date, in the present or present perfect: "UK joins CPTPP", "Israel has joined the Accords". */
const JOINS = /\b(?:joins|has\s+(?:now\s+|officially\s+|formally\s+)?joined|have\s+(?:now\s+)?joined|becomes?\s+(?:the\s+)?(?:newest\s+|latest\s+|\S+(?:st|nd|rd|th)\s+|full\s+|a\s+full\s+|an?\s+)?(?:full\s+)?member|is\s+now\s+(?:a\s+)?member|officially\s+(?:became|becomes|joins|joined))\b/gi;
/** "Bulgaria, an EU member", "X is a member of C", "X belongs to C", and their denials. */
const IS_MEMBER = /(?:^|,\s*|\b(?:is|are|was|were|remains?|became|becomes|as)\s+)(?:already\s+|also\s+|now\s+|still\s+)?(?:a|an|one)\s+(?:full\s+|founding\s+|existing\s+)?(?:[\p{L}-]+\s+){0,2}?member(?:\s+(?:state|country|nation))?(?:\s+of\s+(?:the\s+)?)?/giu;
const IS_NOT_MEMBER = /\b(?:(?:is|are|was|were|remains?|stays?)\s+(?:not|still\s+not|never)\s+(?:a\s+)?(?:member|part)\s+of|(?:is|are|remains?|stays?)\s+(?:still\s+)?outside(?:\s+of)?|non-members?\s+(?:such\s+as|like|including)|ha(?:s|ve)\s+(?:yet\s+)?to\s+join|(?:has|have)\s+not\s+(?:yet\s+)?joined)\s+(?:the\s+)?/gi;

/** Words that say a collection began: "was established", "set up", "came into force". */
const FOUNDED = /\b(?:founded|established|created|set\s+up|formed|launched|inaugurated|came\s+into\s+(?:being|force|effect)|comes\s+into\s+force|entered\s+into\s+force|enters\s+into\s+force|took\s+effect)\b/gi;

/** "EU members Denmark and Sweden", "fellow ASEAN member Singapore": a term's members, then their names. */
const MEMBERS_NAMED = /\b(?:fellow\s+)?(?:members?|member\s+(?:states?|countries|nations))\s+(?=\p{Lu})/gu;

/** How far (characters) a step's word may stand from the collection's name. */
const NEAR = 80;

export function statusClaims(scope: SentenceScope): ClaimDraft[] {
  const { sentence, lexicon } = scope;
  const drafts: ClaimDraft[] = [];
  const names = members(scope);
  for (const [step, pattern] of STEPS) {
    for (const m of sentence.text.matchAll(pattern)) {
      const verb = { start: m.index, end: m.index + m[0].length };
      if (drafts.some((d) => d.kind === 'status' && overlapsIn(scope, d.span, verb))) continue;
      const term = termFor(scope.terms, verb) ?? topicFor(scope, sentence.text, verb);
      if (!term) continue;
      const collection = lexicon.ledger.collections.get(term.value)!;
      // A collection whose ledger says signing is joining ("signed the Artemis Accords") has no separate signing step.
      if (step === 'signed' && collection.joining.some((w) => /sign/i.test(w))) continue;
      const group = subjectsOrObjects(names, verb, sentence.text);
      if (group.length === 0) continue;
      const date = stepDate(sentence.text, verb, scope.reference);
      for (const member of group) {
        const from = Math.min(member.start, verb.start);
        const to = Math.max(member.end, verb.end, date?.end ?? 0);
        const claim: DraftOf<StatusClaim> = {
          ...claimBase(scope, collection.id, from, to),
          kind: 'status',
          step,
          entity: member.value,
          entitySpan: spanIn(scope, member.start, member.end),
          ...(date ? { date: date.date } : {}),
        };
        drafts.push(claim);
      }
      // "Italy signed the agreement in 1990, Spain and Portugal in 1991, then Greece in 1992": the same step, dated name by name.
      if (date) drafts.push(...continuedSteps(scope, collection.id, step, names, date.end));
    }
  }
  return drafts;
}

export function membershipClaims(scope: SentenceScope): ClaimDraft[] {
  const { sentence } = scope;
  const names = members(scope);
  const drafts: ClaimDraft[] = [];
  const read = (pattern: RegExp, member: boolean, joins: boolean) => {
    for (const m of sentence.text.matchAll(pattern)) {
      const words = { start: m.index, end: m.index + m[0].length };
      const term = termFor(scope.terms, words) ?? topicFor(scope, sentence.text, words);
      if (!term) continue;
      // "X joins C": the one who joins is the subject, never a name after ("… joined the tribunal, and China …").
      const name = joins ? subjectOf(names, words, sentence.text) : names.filter((e) => e.end <= words.start).at(-1) ?? names.find((e) => e.start >= words.end && !scope.terms.some((t) => t.start >= words.end && t.end <= e.start));
      if (!name || (!joins && !closeBy(sentence.text, name, words))) continue;
      // "UK joins CPTPP" in a sentence that also dates it is a member-date claim, read elsewhere.
      if (joins && readDates(sentence.text.slice(words.end), scope.reference).length > 0) continue;
      if (notAsserted(sentence.text.slice(0, words.start))) continue;
      const from = Math.min(name.start, words.start, term.text ? term.start : words.start);
      const to = Math.max(name.end, words.end, term.text ? term.end : words.end);
      const claim: DraftOf<MembershipClaim> = {
        ...claimBase(scope, term.value, from, to),
        kind: 'membership',
        entity: name.value,
        entitySpan: spanIn(scope, name.start, name.end),
        member,
      };
      drafts.push(claim);
    }
  };
  read(IS_NOT_MEMBER, false, false);
  // "EU members Denmark and Sweden": each name of the enumeration after the term's members.
  for (const m of sentence.text.matchAll(MEMBERS_NAMED)) {
    const words = { start: m.index, end: m.index + m[0].length };
    const term = scope.terms.find((t) => t.end <= words.start && words.start - t.end <= 2);
    if (!term) continue;
    let end = words.end;
    for (const name of names.filter((e) => e.start >= words.end)) {
      if (!/^\s*(?:,|and|&)?\s*(?:the\s+)?$/i.test(sentence.text.slice(end, name.start))) break;
      end = name.end;
      const claim: DraftOf<MembershipClaim> = { ...claimBase(scope, term.value, term.start, name.end), kind: 'membership', entity: name.value, entitySpan: spanIn(scope, name.start, name.end), member: true };
      drafts.push(claim);
    }
  }
  read(JOINS, true, true);
  for (const own of ownPresentJoining(scope)) read(own, true, true);
  read(IS_MEMBER, true, false);
  // One claim per member and collection: a sentence that states it twice states it once.
  return drafts.filter((d, i) => d.kind === 'membership' && !drafts.slice(0, i).some((e) => e.kind === 'membership' && e.entity === d.entity && e.collection === d.collection));
}

/** A collection's own words of joining in the present: "signed" → "signs", "sign" ("Bahrain Signs Artemis Accords"). */
function ownPresentJoining(scope: SentenceScope): RegExp[] {
  const words = new Set(scope.terms.flatMap((t) => scope.lexicon.ledger.collections.get(t.value)?.joining ?? []));
  return [...words]
    .map((w) => /^(\w+?)e?d$/.exec(w.trim())?.[1])
    .filter((stem): stem is string => stem !== undefined && stem.length >= 3)
    .map((stem) => new RegExp(`\\b${stem}(?:s|es)?\\b(?!\\s+(?:up\\s+)?to\\b)`, 'gi'));
}

/**
 * When a collection began: its name (or a noun for it) as the subject of a
 * word of founding, or as its object ("NASA set up the Artemis Accords in
 * 2020"), with a date in the clause.
 */
export function foundingClaims(scope: SentenceScope): ClaimDraft[] {
  const { sentence } = scope;
  const drafts: ClaimDraft[] = [];
  for (const m of sentence.text.matchAll(FOUNDED)) {
    const verb = { start: m.index, end: m.index + m[0].length };
    const subject = scope.terms.filter((t) => t.end <= verb.start && verb.start - t.end <= 40 && /^[\s,]*(?:(?:which|that|it)\s+)?(?:(?:was|were|is|had\s+been|has\s+been|first)\s+)*$/i.test(sentence.text.slice(t.end, verb.start))).at(-1);
    const object = scope.terms.find((t) => t.start >= verb.end && /^\s+(?:the\s+)?$/i.test(sentence.text.slice(verb.end, t.start)));
    const term = subject ?? object;
    if (!term || notAsserted(sentence.text.slice(0, verb.start))) continue;
    const date = stepDate(sentence.text, verb, scope.reference);
    if (!date) continue;
    const claim: DraftOf<FoundingClaim> = {
      ...claimBase(scope, term.value, Math.min(term.start, verb.start, date.start), Math.max(term.end, verb.end, date.end)),
      kind: 'founding',
      date: date.date,
    };
    drafts.push(claim);
  }
  return drafts;
}

/** The names that may be members: not the collections' own names, not a person's country ("South Sudan's President"), not a place after a city ("in Samarkand, Uzbekistan"). */
function members(scope: SentenceScope): EntityMatch[] {
  const text = scope.sentence.text;
  return scope.lexicon.matchEntities(text).filter((e) =>
    !scope.terms.some((t) => t.start < e.end && e.start < t.end) && !qualifiesPerson(text, e) &&
    !/\b(?:in|at|near|from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?,\s*$/u.test(text.slice(0, e.start)));
}

/**
 * A step in a sentence that names no collection ("East Timor applied for
 * membership in 2011") is about the article's topic when its words speak of
 * membership itself; the reading then says the collection was taken from the
 * article, and the gate weighs that.
 */
const ABOUT_MEMBERSHIP = /\b(?:member(?:ship)?|accession|join(?:ing)?|admission|suspen\w+|readmi\w+|reinstat\w+|withdr\w+|observer)\b/i;

function topicFor(scope: SentenceScope, text: string, words: Span): TermMatch | undefined {
  if (scope.terms.length > 0 || !scope.topic) return undefined;
  if (!ABOUT_MEMBERSHIP.test(text.slice(Math.max(0, words.start - 20), words.end + 40))) return undefined;
  return { start: words.start, end: words.start, text: '', value: scope.topic };
}

/** The collection a step is about: a term inside its words ("applied for ASEAN membership"), else the nearest after, else before, within NEAR characters. */
function termFor(terms: readonly TermMatch[], words: Span): TermMatch | undefined {
  const inside = terms.find((t) => t.start >= words.start && t.end <= words.end);
  if (inside) return inside;
  const after = terms.filter((t) => t.start >= words.end && t.start - words.end <= NEAR).sort((a, b) => a.start - b.start)[0];
  const before = terms.filter((t) => t.end <= words.start && words.start - t.end <= NEAR).sort((a, b) => b.end - a.end)[0];
  return after ?? before;
}

/** The states a step is about: its subject ("Zimbabwe left"), else its objects ("suspends Venezuela", "talks with Argentina, Brazil and Peru"). */
function subjectsOrObjects(names: readonly EntityMatch[], verb: Span, text: string): EntityMatch[] {
  const subject = subjectOf(names, verb, text);
  if (subject) return [...coordinatedBefore(names, subject, text), subject];
  const first = names.find((e) => e.start >= verb.end && e.start - verb.end <= 40);
  return first ? [first, ...coordinatedAfter(names, first, text)] : [];
}

/** Names joined to `first` after it: "Argentina, Brazil and Peru". */
function coordinatedAfter(names: readonly EntityMatch[], first: EntityMatch, text: string): EntityMatch[] {
  const group: EntityMatch[] = [];
  let end = first.end;
  for (const name of names.filter((e) => e.start >= first.end)) {
    if (!COORDINATED.test(text.slice(end, name.start))) break;
    group.push(name);
    end = name.end;
  }
  return group;
}

/** Names joined to `last` before it: "Belgium, France, Germany, Luxembourg, and the Netherlands signed". */
function coordinatedBefore(names: readonly EntityMatch[], last: EntityMatch, text: string): EntityMatch[] {
  const group: EntityMatch[] = [];
  let start = last.start;
  for (const name of names.filter((e) => e.end <= last.start).reverse()) {
    if (!COORDINATED.test(text.slice(name.end, start))) break;
    group.unshift(name);
    start = name.start;
  }
  return group;
}

const COORDINATED = /^\s*(?:,|and|&|as well as|,\s*and)\s*(?:the\s+)?$/i;

/** After a dated step, each "Names in DATE" that continues it: ", Spain and Portugal in 1991, then Greece in 1992". */
function continuedSteps(scope: SentenceScope, collection: string, step: Step, names: readonly EntityMatch[], from: number): ClaimDraft[] {
  const text = scope.sentence.text;
  const drafts: ClaimDraft[] = [];
  const dates = readDates(text, scope.reference).filter((d) => d.start >= from);
  let at = from;
  for (const date of dates) {
    const segment = names.filter((e) => e.start >= at && e.end <= date.start);
    if (segment.length === 0) break;
    const rest = segment.reduce((t, e) => t.replace(text.slice(e.start, e.end), ''), text.slice(at, date.start));
    if (!/^(?:[\s,;]|\b(?:and|then|next|followed by|the|in|on|later|finally)\b)*$/i.test(rest)) break;
    for (const member of segment) {
      const claim: DraftOf<StatusClaim> = { ...claimBase(scope, collection, member.start, date.end), kind: 'status', step, entity: member.value, entitySpan: spanIn(scope, member.start, member.end), date: date.date };
      drafts.push(claim);
    }
    at = date.end;
  }
  return drafts;
}

function subjectOf(names: readonly EntityMatch[], verb: Span, text: string): EntityMatch | undefined {
  const subject = names.filter((e) => e.end <= verb.start && !/[.;:]/.test(text.slice(e.end, verb.start))).at(-1);
  return subject && verb.start - subject.end <= NEAR ? subject : undefined;
}

/** Whether a name and the words that say it is (not) a member are one phrase: "Bulgaria, an EU member", "Norway is not in the EU". */
function closeBy(text: string, name: EntityMatch, words: Span): boolean {
  const between = name.end <= words.start ? text.slice(name.end, words.start) : text.slice(words.end, name.start);
  return between.length <= 30 && !/[.;:]/.test(between);
}

/** The date of the step: the first after its words in its clause, else one that opens the sentence ("In 2011, …"). */
function stepDate(text: string, verb: Span, reference?: Date): DateMention | undefined {
  const dates = readDates(text, reference).filter((d) => !/\b(?:until|since|by)\s+$/i.test(text.slice(0, d.start)) && !POSSESSIVE_DATE.test(text.slice(d.end)));
  const clauseEnd = /[;]|,\s*(?:and|but|while)\s/.exec(text.slice(verb.end));
  const limit = clauseEnd ? verb.end + clauseEnd.index : text.length;
  return dates.find((d) => d.start >= verb.end && d.start <= limit && d.start - verb.end <= 60) ?? dates.find((d) => d.end <= verb.start && /^\s*(?:in|on)\s*$/i.test(text.slice(0, d.start).replace(/^.*[,;]\s*/, '')) && /^\s*,/.test(text.slice(d.end)));
}

function overlapsIn(scope: SentenceScope, span: Span, words: Span): boolean {
  const other = spanIn(scope, words.start, words.end);
  return span.start < other.end && other.start < span.end;
}
