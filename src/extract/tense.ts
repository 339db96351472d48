/**
 * Whether a claim is stated as true at the time of writing — "Vietnam has 14
 * partners", "is the newest partner", "currently", "to date" — and so goes
 * stale as the world moves on, or as true at a time that has passed ("had",
 * "was", "became"), which stays true.
 *
 * Read from the verb that governs the claim: the nearest verb before it in
 * its clause, else the first after it ("a network of 14 partnerships is …");
 * an auxiliary before a participle decides ("has established" is present, "had
 * established" past). A word list rather than a parser: the claims that go
 * stale are governed by a few verbs of having and being, and compromise reads
 * them no better (it takes "forged" in "a network forged through 14
 * partnerships" for a finite past verb too, and "highlights" for a noun).
 */
import type { Span } from '../ingest/article.js';
import { notAssertedJustBefore } from './modality.js';
import type { SentenceScope } from './scope.js';

/** `none`: no verb in a tense governs the claim — a headline, an infinitive, a forecast. */
export type Tense = 'present' | 'past' | 'none';

const PRESENT = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do', 'remains', 'remain', 'stays', 'stay', 'holds', 'hold', 'counts', 'totals', 'includes', 'include', 'comprises', 'comprise', 'maintains', 'maintain', 'boasts', 'boast', 'enjoys', 'enjoy', 'stands', 'ranks', 'becomes', 'makes', 'marks', 'represents', 'represent', 'reaches', 'spans', 'covers', 'sits', 'constitutes', 'constitute', 'encompasses', 'features', 'exceeds', 'exceed', 'uses', 'use', 'shares', 'share', 'belongs', 'belong', 'consists', 'contains', 'gives', 'brings']);
/** Past forms; the ones that are also participles take their tense from an auxiliary before them. */
const PAST = new Set(['was', 'were', 'had', 'did', 'remained', 'stayed', 'held', 'counted', 'numbered', 'totalled', 'totaled', 'included', 'comprised', 'maintained', 'boasted', 'enjoyed', 'stood', 'ranked', 'became', 'made', 'marked', 'represented', 'reached', 'spanned', 'covered', 'sat', 'constituted', 'encompassed', 'featured', 'exceeded', 'signed', 'established', 'elevated', 'upgraded', 'joined', 'forged', 'added', 'gained', 'formed', 'raised', 'lifted', 'concluded', 'agreed', 'launched', 'completed', 'achieved', 'expanded', 'grew', 'rose', 'increased', 'secured', 'sealed', 'built', 'brought', 'welcomed', 'adopted', 'introduced', 'switched', 'entered', 'acceded', 'admitted', 'used', 'shared', 'belonged', 'created', 'founded', 'started', 'began', 'came', 'followed', 'arrived', 'saw', 'gave']);
/** Forms that are only participles (or infinitives): "has become", "has grown", "to become". */
const PARTICIPLE_ONLY = new Set(['become', 'been', 'grown', 'risen']);
const AUXILIARY: Readonly<Record<string, Tense>> = { has: 'present', have: 'present', is: 'present', are: 'present', am: 'present', had: 'past', was: 'past', were: 'past' };
/** Adverbs that may stand between an auxiliary and its participle: "has now become", "has so far signed". */
const BETWEEN = new Set(['now', 'already', 'so', 'far', 'thus', 'since', 'just', 'recently', 'also', 'officially', 'formally', 'successfully', 'been', 'not', 'never', 'ever', 'still']);
/** Words that say the claim speaks for the time of writing, whatever its verb. */
const NOW = /\b(?:currently|now|to date|so far|thus far|at present|presently|as of today|as it stands|nowadays)\b/i;
/** Reporting verbs: "officials said Vietnam had 13 partners" puts the time of saying into the past tense, not the claim. */
const REPORTED = /\b(?:said|says|told|tells|announced|noted|stated|reported|explained|confirmed|according to)\b/i;
/** Where a clause ends for the verb search: a semicolon or a dash between words. */
const CLAUSE_BREAK = /;|\s[—–-]\s/;

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The tense of the verb that governs the words at `at` of a sentence (the
 * whole sentence when `at` is not given, as for a list in the lines below it).
 */
export function tenseOf(sentence: string, at?: Span): Tense {
  const claim = at ?? { start: sentence.length, end: sentence.length };
  const before = sentence.slice(0, claim.start);
  const clauseStart = lastBreak(before);
  const afterBreak = CLAUSE_BREAK.exec(sentence.slice(claim.end));
  const clauseEnd = afterBreak ? claim.end + afterBreak.index : sentence.length;
  const words = wordsOf(sentence, clauseStart, clauseEnd);
  const preceding = words.filter((w) => w.end <= claim.start).reverse();
  const following = words.filter((w) => w.start >= claim.end);
  const verb = [...preceding, ...following].find((w) => isVerb(w.text));
  if (!verb) return NOW.test(sentence) ? 'present' : 'none';
  if (notAssertedJustBefore(sentence.slice(0, verb.start))) return 'none';
  const tense = verbTense(verb, words);
  return tense === 'none' && NOW.test(sentence) ? 'present' : tense;
}

/**
 * Whether the words at `at` of a sentence are stated of a time before the
 * writing: the governing verb is in the past tense, no "now" or "currently"
 * brings them to the present, and no reporting verb accounts for the past
 * tense ("officials said Vietnam had 13 partners" speaks for when they said it).
 */
export function statedOfThePast(sentence: string, at: Span): boolean {
  // "now" in another clause ("…had 18 members; it now has 20") does not make this one current.
  const clause = clauseAround(sentence, at);
  return tenseOf(sentence, at) === 'past' && !NOW.test(sentence.slice(clause.start, clause.end)) && !REPORTED.test(sentence);
}

/** Whether a verb of saying shifts the sentence's tense: "officials said it had 13" speaks for when they said it. */
export function reportedSpeech(sentence: string): boolean {
  return REPORTED.test(sentence);
}

/** The clause of a sentence that holds the words at `at`: between the breaks around them. */
export function clauseAround(sentence: string, at: Span): Span {
  const afterBreak = CLAUSE_BREAK.exec(sentence.slice(at.end));
  return { start: lastBreak(sentence.slice(0, at.start)), end: afterBreak ? at.end + afterBreak.index : sentence.length };
}

/** Whether `offset` of a block's text is inside quotation marks: someone's words at the time, not the article's. */
export function isQuoted(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  const curly = (before.match(/[“«]/g)?.length ?? 0) - (before.match(/[”»]/g)?.length ?? 0);
  const straight = before.match(/"/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1;
}

/**
 * Whether a claim read from a sentence is stated as true at the time of
 * writing: present tense, outside quotation marks.
 */
export function statedAsCurrent(scope: SentenceScope, span: Span): boolean {
  const { block, sentence } = scope;
  const start = blockOffset(scope, span.start);
  const end = blockOffset(scope, span.end - 1);
  const inside = start !== undefined && end !== undefined && start >= sentence.start && end < sentence.end;
  const at = inside ? { start: start - sentence.start, end: end + 1 - sentence.start } : undefined;
  return tenseOf(sentence.text, at) === 'present' && !isQuoted(block.text, inside ? start : sentence.start);
}

function verbTense(verb: Word, words: readonly Word[]): Tense {
  const word = verb.text;
  const participle = PARTICIPLE_ONLY.has(word) || (PAST.has(word) && word !== 'was' && word !== 'were' && word !== 'did');
  if (participle) {
    const auxiliary = auxiliaryBefore(verb, words);
    if (auxiliary) return auxiliary;
    if (PARTICIPLE_ONLY.has(word) || AGENT.has(words[words.indexOf(verb) + 1]?.text ?? '')) return 'none';
  }
  return PRESENT.has(word) ? 'present' : 'past';
}

/** After a participle, words that make it a noun's modifier, not a finite verb: "a network forged through 14 partnerships". */
const AGENT = new Set(['through', 'by', 'via']);

/** "has" in "has now established", "had" in "had been elevated". */
function auxiliaryBefore(verb: Word, words: readonly Word[]): Tense | undefined {
  const index = words.indexOf(verb);
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const word = words[i]!.text;
    if (AUXILIARY[word]) return AUXILIARY[word];
    if (!BETWEEN.has(word)) return undefined;
  }
  return undefined;
}

function isVerb(word: string): boolean {
  return PRESENT.has(word) || PAST.has(word) || PARTICIPLE_ONLY.has(word);
}

function wordsOf(sentence: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (const m of sentence.slice(from, to).matchAll(/[\p{L}][\p{L}'’]*/gu)) {
    // "Vietnam's" is a possessive here, never "is".
    const text = m[0].toLowerCase().replace(/['’]s$/, '');
    words.push({ text, start: from + m.index, end: from + m.index + m[0].length });
  }
  return words;
}

function lastBreak(text: string): number {
  let at = 0;
  for (const m of text.matchAll(new RegExp(CLAUSE_BREAK.source, 'g'))) at = m.index + m[0].length;
  return at;
}

/** The block offset of an article offset inside the scope's block, if it is there. */
function blockOffset(scope: SentenceScope, source: number): number | undefined {
  const segment = scope.block.segments.find((s) => source >= s.source && source < s.source + s.length);
  return segment && segment.at + (source - segment.source);
}
