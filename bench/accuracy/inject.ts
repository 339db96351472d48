/**
 * Error injection: take correct articles and plant known errors in claims
 * labelled true, recording each one — what changed, the words after the
 * change, and the rule that should catch it. Deterministic: a seeded PRNG
 * (mulberry32) makes every choice, and articles and labels are visited in a
 * fixed order, so one seed always gives byte-identical output.
 *
 *   tsx bench/accuracy/inject.ts [--seed 42] [--out DIR]
 *
 * prints the manifest (JSON), or writes each mutated article and
 * manifest.json to DIR.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Ledger } from '../../src/ledger/model.js';
import { toInterval, type PartialDate } from '../../src/time/partial-date.js';
import type { ClaimLabel, LabelledArticle, Span } from './labels.js';

export const OPERATORS = ['change-count', 'shift-date', 'drop-entry', 'add-entry', 'swap-ordinal', 'move-as-of', 'stale-superlative'] as const;
export type Operator = (typeof OPERATORS)[number];

/** The day the benchmark speaks for: an injected date never goes past it. */
export const TODAY = { year: 2026, month: 11, day: 23 };
export const DEFAULT_SEED = 20261123;

export interface Mutation {
  readonly operator: Operator;
  /** The original article (repository-relative path). */
  readonly article: string;
  /** The labelled words that were changed, as they were. */
  readonly before: string;
  /** The span of the original text that was replaced (the mutated text has `after` there). */
  readonly replaced: Span;
  /** The words after the change (the new list, count, date…). */
  readonly after: string;
  /** Where the changed words are in the mutated text. */
  readonly changed: Span;
  /** The claim that should now be refuted, in the mutated text. */
  readonly target: Span;
  /** The rules expected to refute it, and others that may also fire on it. */
  readonly rules: readonly string[];
  readonly accept: readonly string[];
  /** What was done, in a few words: "nine → seven". */
  readonly description: string;
}

export interface MutatedArticle {
  readonly id: string;
  readonly mutation: Mutation;
  readonly text: string;
  readonly source: LabelledArticle;
}

/** The ledger an article is checked against. */
export type LedgerOf = (article: LabelledArticle) => Ledger;

/** mulberry32: a tiny, well-mixed 32-bit PRNG; enough to make choices reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

interface Edit {
  /** The span in the original text that is replaced, and its replacement. */
  readonly span: Span;
  readonly replacement: string;
  /** Within the replacement: the words that are new (default: all of it). */
  readonly changedWithin?: Span;
  /** The claim expected to be refuted, in the original text, when it is not the edited words. */
  readonly target?: Span;
  readonly rules: readonly string[];
  readonly accept: readonly string[];
  readonly description: string;
}

type OperatorFn = (label: ClaimLabel, article: LabelledArticle, ledger: Ledger, random: Random) => Edit | undefined;

/**
 * One mutated copy per article and operator: each operator picks one of the
 * article's eligible true claims (tried in a seeded order until one applies).
 */
export function injectErrors(articles: readonly LabelledArticle[], ledgerOf: LedgerOf, seed: number = DEFAULT_SEED): MutatedArticle[] {
  const random = mulberry32(seed);
  const out: MutatedArticle[] = [];
  for (const article of [...articles].sort((a, b) => a.path.localeCompare(b.path))) {
    const ledger = ledgerOf(article);
    for (const operator of OPERATORS) {
      const candidates = shuffle(random, article.labels.filter((l) => l.truth === 'true' && ELIGIBLE[operator](l)));
      for (const label of candidates) {
        const edit = OPERATOR_FNS[operator](label, article, ledger, random);
        if (!edit) continue;
        out.push(apply(article, operator, edit, out.length + 1));
        break;
      }
    }
  }
  return out;
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function apply(article: LabelledArticle, operator: Operator, edit: Edit, n: number): MutatedArticle {
  const { span, replacement } = edit;
  const text = article.text.slice(0, span.start) + replacement + article.text.slice(span.end);
  const delta = replacement.length - (span.end - span.start);
  const within = edit.changedWithin ?? { start: 0, end: replacement.length };
  const changed = { start: span.start + within.start, end: span.start + within.end };
  const shift = (s: Span): Span => (s.start >= span.end ? { start: s.start + delta, end: s.end + delta } : s);
  const target = edit.target ? shift(edit.target) : { start: span.start, end: span.start + replacement.length };
  return {
    id: `m${String(n).padStart(3, '0')}`,
    mutation: {
      operator,
      article: article.path,
      before: article.text.slice(span.start, span.end),
      replaced: span,
      after: replacement,
      changed,
      target,
      rules: edit.rules,
      accept: edit.accept,
      description: edit.description,
    },
    text,
    source: article,
  };
}

const HEDGED = /\b(?:more than|over|nearly|almost|about|around|roughly|some|at least|at most|up to|fewer than|less than|close to|under)\b/i;

const ELIGIBLE: Record<Operator, (label: ClaimLabel) => boolean> = {
  'change-count': (l) => l.kind === 'count' && !HEDGED.test(l.quote),
  'shift-date': (l) => l.kind === 'member-date',
  'drop-entry': (l) => l.kind === 'list' && l.completeness === 'complete',
  'add-entry': (l) => l.kind === 'list' && l.collection !== undefined,
  'swap-ordinal': (l) => l.kind === 'ordinal',
  'move-as-of': (l) => l.kind === 'as-of' && l.collection !== undefined && (l.ifMoved?.length ?? 0) > 0,
  'stale-superlative': (l) => l.kind === 'superlative' && l.collection !== undefined && /\b(?:newest|latest|most recent)\b/i.test(l.quote),
};

const OPERATOR_FNS: Record<Operator, OperatorFn> = {
  'change-count': changeCount,
  'shift-date': shiftDate,
  'drop-entry': dropEntry,
  'add-entry': addEntry,
  'swap-ordinal': swapOrdinal,
  'move-as-of': moveAsOf,
  'stale-superlative': staleSuperlative,
};

// ─── numbers ──────────────────────────────────────────────────────────────

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_SMALL = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth'];

export function numberWord(n: number): string {
  if (n < 20) return SMALL[n]!;
  return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${SMALL[n % 10]}`;
}

export function ordinalWord(n: number): string {
  if (n < 20) return ORDINAL_SMALL[n]!;
  return n % 10 === 0 ? ORDINAL_TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}-${ORDINAL_SMALL[n % 10]}`;
}

export function ordinalDigits(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

const WORD_ALTERNATION = [...TENS.slice(2).flatMap((t) => SMALL.slice(1, 10).map((s) => `${t}-${s}`)), ...TENS.slice(2), ...SMALL.slice(1)].join('|');
const NUMBER = new RegExp(String.raw`\b(?:(\d{1,3})(?![\d.,]\d)|(${WORD_ALTERNATION}))\b`, 'i');
const ORDINAL_WORD_ALTERNATION = [...TENS.slice(2).flatMap((t) => ORDINAL_SMALL.slice(1, 10).map((s) => `${t}-${s}`)), ...ORDINAL_TENS.slice(2), ...ORDINAL_SMALL.slice(1)].join('|');
const ORDINAL = new RegExp(String.raw`\b(?:(\d{1,3})(?:st|nd|rd|th)|(${ORDINAL_WORD_ALTERNATION}))\b`, 'i');

function wordValue(word: string, ordinal: boolean): number {
  const w = word.toLowerCase();
  for (let n = 1; n < 60; n++) if ((ordinal ? ordinalWord(n) : numberWord(n)) === w) return n;
  return Number.NaN;
}

/** Keeps "Nine" capitalised and "NINE" in capitals. */
function sameCase(like: string, word: string): string {
  if (like === like.toUpperCase() && /[A-Z]/.test(like)) return word.toUpperCase();
  if (/^[A-Z]/.test(like)) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** A different value, far enough (2–3 away) that a count or rank that was true cannot stay true. */
function nudge(random: Random, value: number): number {
  const options = [-3, -2, 2, 3].map((d) => value + d).filter((v) => v >= 2 && v < 60);
  return pick(random, options);
}

function replaceIn(label: ClaimLabel, start: number, end: number, words: string): { span: Span; replacement: string; changedWithin: Span } {
  const replacement = label.quote.slice(0, start) + words + label.quote.slice(end);
  return { span: label.span, replacement, changedWithin: { start, end: start + words.length } };
}

function changeCount(label: ClaimLabel, _a: LabelledArticle, _l: Ledger, random: Random): Edit | undefined {
  const m = NUMBER.exec(label.quote);
  if (!m) return undefined;
  const value = m[1] ? Number(m[1]) : wordValue(m[2]!, false);
  if (!Number.isFinite(value)) return undefined;
  const next = nudge(random, value);
  const words = m[1] ? String(next) : sameCase(m[2]!, numberWord(next));
  return {
    ...replaceIn(label, m.index, m.index + m[0].length, words),
    rules: ['stale-count'],
    accept: ['count-list-mismatch', 'internal-contradiction', 'group-claim', 'delta-count'],
    description: `${m[0]} → ${words}`,
  };
}

function swapOrdinal(label: ClaimLabel, _a: LabelledArticle, _l: Ledger, random: Random): Edit | undefined {
  const m = ORDINAL.exec(label.quote);
  if (!m) return undefined;
  const value = m[1] ? Number(m[1]) : wordValue(m[2]!, true);
  if (!Number.isFinite(value)) return undefined;
  const next = nudge(random, value);
  const words = m[1] ? ordinalDigits(next) : sameCase(m[2]!, ordinalWord(next));
  return {
    ...replaceIn(label, m.index, m.index + m[0].length, words),
    rules: ['wrong-ordinal'],
    accept: ['internal-contradiction', 'stale-superlative'],
    description: `${m[0]} → ${words}`,
  };
}

// ─── dates ────────────────────────────────────────────────────────────────

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(\.?)`;

export interface WrittenDate {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** How to write another date the same way. */
  readonly format: (date: { year: number; month?: number; day?: number }) => string;
}

const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.toLowerCase().startsWith(name.slice(0, 3).toLowerCase())) + 1;
/** "Sept." stays "Sep."-style abbreviated, "October" stays full. */
const monthLike = (written: string, dot: string, month: number): string =>
  written.length <= 4 && written.toLowerCase() !== MONTHS[month - 1]!.toLowerCase() ? `${MONTHS[month - 1]!.slice(0, 3)}${dot}` : MONTHS[month - 1]!;
const clampDay = (year: number, month: number, day: number): number => Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate());

/** The first date written in `text`, most precise shapes first. */
export function findWrittenDate(text: string): WrittenDate | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) {
    return { start: iso.index, end: iso.index + iso[0].length, year: +iso[1]!, month: +iso[2]!, day: +iso[3]!,
      format: (d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(clampDay(d.year, d.month!, d.day!)).padStart(2, '0')}` };
  }
  const mdy = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(,?)\s+(\d{4})\b`, 'i').exec(text);
  if (mdy) {
    const [, name, dot, day, comma, year] = mdy;
    return { start: mdy.index, end: mdy.index + mdy[0].length, year: +year!, month: monthIndex(name!), day: +day!,
      format: (d) => `${monthLike(name!, dot!, d.month!)} ${clampDay(d.year, d.month!, d.day!)}${comma} ${d.year}` };
  }
  const dmy = new RegExp(String.raw`\b(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, 'i').exec(text);
  if (dmy) {
    const [, day, name, dot, year] = dmy;
    return { start: dmy.index, end: dmy.index + dmy[0].length, year: +year!, month: monthIndex(name!), day: +day!,
      format: (d) => `${clampDay(d.year, d.month!, d.day!)} ${monthLike(name!, dot!, d.month!)} ${d.year}` };
  }
  const my = new RegExp(String.raw`\b${MONTH}(,?)\s+(\d{4})\b`, 'i').exec(text);
  if (my) {
    const [, name, dot, comma, year] = my;
    return { start: my.index, end: my.index + my[0].length, year: +year!, month: monthIndex(name!),
      format: (d) => `${monthLike(name!, dot!, d.month!)}${comma} ${d.year}` };
  }
  const y = /\b(1[89]\d{2}|20\d{2})\b/.exec(text);
  if (y) return { start: y.index, end: y.index + y[0].length, year: +y[1]!, format: (d) => String(d.year) };
  return undefined;
}

type YMD = { year: number; month?: number; day?: number };
const addMonths = (d: YMD, n: number): YMD => {
  const total = d.year * 12 + (d.month! - 1) + n;
  return { ...d, year: Math.floor(total / 12), month: (total % 12) + 1 };
};
const afterToday = (d: YMD): boolean => d.year * 10000 + (d.month ?? 12) * 100 + (d.day ?? 31) > TODAY.year * 10000 + TODAY.month * 100 + TODAY.day;

function shiftDate(label: ClaimLabel, _a: LabelledArticle, _l: Ledger, random: Random): Edit | undefined {
  const found = findWrittenDate(label.quote);
  if (!found) return undefined;
  const sign = random() < 0.5 ? -1 : 1;
  const by = found.month ? 2 + Math.floor(random() * 4) : 1 + Math.floor(random() * 3);
  const move = (s: number): YMD => (found.month ? addMonths(found, s * by) : { year: found.year + s * by });
  const moved = afterToday(move(sign)) ? move(-sign) : move(sign);
  const words = found.format(moved);
  return {
    ...replaceIn(label, found.start, found.end, words),
    rules: ['wrong-date'],
    accept: ['internal-contradiction', 'member-after-as-of', 'relative-timing', 'stale-superlative', 'wrong-ordinal', 'duration'],
    description: `${label.quote.slice(found.start, found.end)} → ${words}`,
  };
}

/** How many members a collection had on the last day of `date`. */
function countOn(ledger: Ledger, collection: string, date: YMD): number | undefined {
  const c = ledger.collections.get(collection);
  if (!c) return undefined;
  const end = toInterval(date as PartialDate).end - 1;
  return c.members.filter((m) => !m.since || toInterval(m.since).start <= end).filter((m) => !m.until || toInterval(m.until).start > end).length;
}

function moveAsOf(label: ClaimLabel, _a: LabelledArticle, ledger: Ledger, random: Random): Edit | undefined {
  const found = findWrittenDate(label.quote);
  if (!found) return undefined;
  const before = countOn(ledger, label.collection!, found);
  if (before === undefined) return undefined;
  // Back by whole years, until the collection's membership differs at the new date.
  for (const years of shuffle(random, [1, 2, 3, 4, 5, 6])) {
    const moved = { ...found, year: found.year - years };
    if (countOn(ledger, label.collection!, moved) === before) continue;
    const words = found.format(moved);
    return {
      ...replaceIn(label, found.start, found.end, words),
      rules: label.ifMoved!,
      accept: ['stale-count', 'count-list-mismatch', 'member-after-as-of', 'stale-as-of', 'list-extra-member', 'internal-contradiction'].filter((r) => !label.ifMoved!.includes(r)),
      description: `${label.quote.slice(found.start, found.end)} → ${words}`,
    };
  }
  return undefined;
}

/** The article's own date: front matter `date:`, or a dateline among the first lines. */
function articleDate(text: string): (WrittenDate & { lineStart: number }) | undefined {
  const front = /^---\r?\n(?:.*\r?\n)*?date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(text);
  if (front && front.index === 0) {
    const start = front.index + front[0].length - front[1]!.length;
    const found = findWrittenDate(front[1]!)!;
    return { ...found, start, end: start + front[1]!.length, lineStart: start };
  }
  let offset = 0;
  for (const line of text.split('\n').slice(0, 10)) {
    const found = findWrittenDate(line);
    if (found?.day && found.month) return { ...found, start: offset + found.start, end: offset + found.end, lineStart: offset };
    offset += line.length + 1;
  }
  return undefined;
}

function staleSuperlative(label: ClaimLabel, article: LabelledArticle, ledger: Ledger, random: Random): Edit | undefined {
  const dated = articleDate(article.text);
  const collection = ledger.collections.get(label.collection!);
  if (!dated || !collection || /\bas of\b/i.test(label.quote)) return undefined;
  const quote = label.quote.toLowerCase();
  const named = collection.members.filter((m) => {
    const entity = ledger.entities.get(m.entity);
    return entity && [entity.name, ...entity.aliases].some((n) => quote.includes(n.toLowerCase()));
  });
  const member = named[0];
  if (named.length !== 1 || !member?.since) return undefined;
  const joined = toInterval(member.since).start;
  const later = collection.members
    .filter((m) => m.since && toInterval(m.since).start > joined)
    .map((m) => m.since!)
    .sort((a, b) => toInterval(a).start - toInterval(b).start)[0];
  if (!later) return undefined;
  const articleDay = toInterval({ year: dated.year, month: dated.month, day: dated.day } as PartialDate).start;
  if (toInterval(later).start <= articleDay) return undefined; // it was stale already
  const base = { year: later.year, month: later.month ?? 12, day: 15 };
  const moved = addMonths(base, 1 + Math.floor(random() * 4));
  if (afterToday(moved)) return undefined;
  const words = dated.format(moved);
  return {
    span: { start: dated.start, end: dated.end },
    replacement: words,
    target: label.span,
    rules: ['stale-superlative'],
    accept: [],
    description: `article date ${article.text.slice(dated.start, dated.end)} → ${words}, after a later member joined`,
  };
}

// ─── lists ────────────────────────────────────────────────────────────────

/** A Markdown bullet or number before a list line. */
const BULLET = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;

interface ListShape {
  readonly entries: string[];
  /** Lines, or ", " with a last separator (", and ", " and ", or ", "). */
  readonly lines: boolean;
  readonly last: string;
  readonly newline: string;
}

/** Splits a list's words into entries at top-level commas and "and", or into lines. */
export function splitList(quote: string): ListShape {
  if (/\n/.test(quote)) {
    const newline = /\r\n/.test(quote) ? '\r\n' : '\n';
    return { entries: quote.split(/\r?\n/).filter((l) => l.trim()), lines: true, last: '', newline };
  }
  const entries: string[] = [];
  const seps: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < quote.length; i++) {
    const ch = quote[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sep = /^(?:,\s+and\s+|,\s+&\s+|,\s+|\s+and\s+|\s+&\s+)/.exec(quote.slice(i));
    if (sep && i > from) {
      entries.push(quote.slice(from, i));
      seps.push(sep[0]);
      i += sep[0].length - 1;
      from = i + 1;
    }
  }
  entries.push(quote.slice(from));
  return { entries, lines: false, last: seps.at(-1) ?? ', ', newline: '\n' };
}

export function joinList(shape: ListShape, entries: readonly string[]): string {
  if (shape.lines) return entries.join(shape.newline);
  if (entries.length <= 1) return entries.join('');
  return `${entries.slice(0, -1).join(', ')}${/and|&/.test(shape.last) ? shape.last : ', '}${entries.at(-1)}`;
}

function dropEntry(label: ClaimLabel, _a: LabelledArticle, _l: Ledger, random: Random): Edit | undefined {
  const shape = splitList(label.quote);
  if (shape.entries.length < 3) return undefined;
  const i = Math.floor(random() * shape.entries.length);
  const kept = shape.entries.filter((_, j) => j !== i);
  // The quote starts after the first item's bullet, so the item that moves up loses its own.
  if (shape.lines && i === 0) kept[0] = kept[0]!.replace(BULLET, '');
  const primary = label.counted ? 'count-list-mismatch' : 'list-missing-member';
  return {
    span: label.span,
    replacement: joinList(shape, kept),
    rules: [primary],
    accept: ['count-list-mismatch', 'list-missing-member', 'stale-count', 'group-claim'].filter((r) => r !== primary),
    description: `dropped ${JSON.stringify(shape.entries[i]!.trim())}`,
  };
}

function addEntry(label: ClaimLabel, _a: LabelledArticle, ledger: Ledger, random: Random): Edit | undefined {
  const collection = ledger.collections.get(label.collection!);
  if (!collection) return undefined;
  const shape = splitList(label.quote);
  const quote = label.quote.toLowerCase();
  const members = new Set(collection.members.map((m) => m.entity));
  const outsiders = [...ledger.entities.values()]
    .filter((e) => e.type === 'country' && !members.has(e.id) && e.id !== collection.subject && !quote.includes(e.name.toLowerCase()))
    .sort((a, b) => a.id.localeCompare(b.id));
  if (outsiders.length === 0 || shape.entries.length < 2) return undefined;
  const name = pick(random, outsiders).name;
  // A line list keeps its shape: "- Brazil (May 2008)" below "- China (May 2008)". Its first
  // line's bullet is outside the quote, so a new line never goes first.
  const at = shape.lines ? 1 + Math.floor(random() * shape.entries.length) : Math.floor(random() * (shape.entries.length + 1));
  const neighbour = shape.entries[Math.min(at, shape.entries.length - 1)]!;
  const entry = shape.lines ? `${BULLET.exec(neighbour)?.[0] ?? ''}${name}${/\s*\([^()]*\)\s*$/.exec(neighbour)?.[0] ?? ''}` : name;
  const entries = [...shape.entries.slice(0, at), entry, ...shape.entries.slice(at)];
  const replacement = joinList(shape, entries);
  const start = replacement.indexOf(entry); // the name is not in the list already, so it is found once
  return {
    span: label.span,
    replacement,
    changedWithin: { start, end: start + entry.length },
    rules: ['list-extra-member'],
    accept: ['count-list-mismatch', 'member-after-as-of', 'wrong-date', 'stale-count'],
    description: `added ${JSON.stringify(entry)}`,
  };
}

// ─── command line ─────────────────────────────────────────────────────────

/** The manifest: every mutation, without the texts. */
export function manifest(mutated: readonly MutatedArticle[], seed: number): string {
  return `${JSON.stringify({ seed, mutations: mutated.map((m) => ({ id: m.id, ...m.mutation })) }, null, 2)}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, out: { type: 'string' } } });
  const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
  const { loadCorpus, loadLedgers } = await import('./corpus.js');
  const corpus = loadCorpus();
  const ledgerOf = await loadLedgers(corpus.map((s) => s.article));
  const mutated = injectErrors(corpus.map((s) => s.article), ledgerOf, seed);
  if (!values.out) {
    process.stdout.write(manifest(mutated, seed));
    return;
  }
  mkdirSync(values.out, { recursive: true });
  for (const m of mutated) writeFileSync(path.join(values.out, `${m.id}-${path.basename(m.source.path)}`), m.text);
  writeFileSync(path.join(values.out, 'manifest.json'), manifest(mutated, seed));
  process.stderr.write(`${mutated.length} mutated articles written to ${values.out}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
