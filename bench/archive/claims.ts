/**
 * Claim paragraphs for the synthetic archive: counts (true and stale), lists,
 * member dates, dated section lines, ordinals, superlatives, group claims,
 * deltas and as-of statements about Vietnam's comprehensive strategic
 * partnerships. The table below only shapes benchmark text; the checker's
 * facts come from the ledger.
 */
import type { Random } from '../lib/prng.js';
import { COUNTRIES, fillerSentence, MONTHS } from './filler.js';

/** Partners in order of joining, with the month they joined (year, month). */
const PARTNERS: readonly (readonly [name: string, year: number, month: number])[] = [
  ['China', 2008, 5], ['Russia', 2012, 7], ['India', 2016, 9], ['South Korea', 2022, 12], ['the United States', 2023, 9],
  ['Japan', 2023, 11], ['Australia', 2024, 3], ['France', 2024, 10], ['Malaysia', 2024, 11], ['New Zealand', 2025, 2],
  ['Indonesia', 2025, 3], ['Singapore', 2025, 3], ['Thailand', 2025, 5], ['the United Kingdom', 2025, 10],
];
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth'];
const TERMS = ['comprehensive strategic partnerships', 'Comprehensive Strategic Partnerships', 'CSPs', 'comprehensive strategic partnership ties'];

export interface ArticleDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function partnersAt(date: ArticleDate): typeof PARTNERS {
  return PARTNERS.filter(([, y, m]) => y < date.year || (y === date.year && m <= date.month));
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const monthYear = (year: number, month: number) => `${MONTHS[month - 1]} ${year}`;
const written = (r: Random, n: number) => (r.chance(0.5) && n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n));

/** A count at the article's date: true most of the time, stale or off by one otherwise. */
function statedCount(r: Random, truth: number): number {
  return r.chance(0.7) ? truth : Math.max(1, truth + r.pick([-2, -1, 1]));
}

type Template = (r: Random, date: ArticleDate, known: typeof PARTNERS) => string;

const TEMPLATES: Template[] = [
  (r, _d, known) => `Vietnam now has ${r.pick(TERMS)} with ${written(r, statedCount(r, known.length))} countries. ${fillerSentence(r)}`,
  (r, d, known) => `As of ${monthYear(d.year, d.month)}, Vietnam has ${written(r, statedCount(r, known.length))} comprehensive strategic partners: ${listOf(r, known)}.`,
  (r, _d, known) => {
    const [name, year, month] = r.pick(known);
    const [y, m] = r.chance(0.8) ? [year, month] : [year, (month % 12) + 1];
    return `${capital(name)} and Vietnam upgraded their relations to a comprehensive strategic partnership in ${monthYear(y, m)}. ${fillerSentence(r)}`;
  },
  (r, _d, known) => {
    const index = r.int(0, known.length - 1);
    const stated = r.chance(0.75) ? index : Math.min(ORDINAL_WORDS.length - 1, index + 1);
    return `${capital(known[index]![0])} became Vietnam's ${ORDINAL_WORDS[stated]} comprehensive strategic partner. ${fillerSentence(r)} ${fillerSentence(r)}`;
  },
  (r, _d, known) => `${capital(r.chance(0.7) ? known.at(-1)![0] : r.pick(known)[0])} is the newest comprehensive strategic partner of Vietnam, officials said. ${fillerSentence(r)}`,
  (r, d) => `In ${d.year - 1}, Vietnam added ${written(r, r.int(1, 4))} more comprehensive strategic partners. ${fillerSentence(r)}`,
  (r, _d, known) => `Vietnam's comprehensive strategic partners include ${listOf(r, r.sample(known, Math.min(known.length, r.int(2, 5))))}, as well as several ASEAN neighbours. ${fillerSentence(r)}`,
  (r) => `Vietnam established diplomatic relations with ${r.pick(COUNTRIES)} in ${r.int(1950, 1995)} and the two sides marked ${r.int(20, 70)} years of ties this year.`,
  (_r, d) => `Updated to ${monthYear(d.year, d.month)}.`,
];

function listOf(r: Random, partners: typeof PARTNERS): string {
  const names = partners.map(([name, year, month]) => (r.chance(0.3) ? `${name} (${monthYear(year, month)})` : name));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
}

/** One claim paragraph at the article's date (after China's partnership, so there is something to count). */
export function claimParagraph(r: Random, date: ArticleDate): string {
  const known = partnersAt(date);
  if (known.length === 0) return `Vietnam and China agreed to deepen their strategic cooperation. ${fillerSentence(r)}`;
  return r.pick(TEMPLATES)(r, date, known);
}

/** Dated section lines, as long explainers write them: "3. India: … (Elevated September 2016)". */
export function sectionLines(r: Random, date: ArticleDate): string[] {
  return partnersAt(date).map(([name, year, month], i) => `${i + 1}. ${capital(name)}: ${r.pick(['Old friends', 'A growing bond', 'Trade first', 'Shared seas'])} (${r.pick(['Established', 'Elevated'])} ${monthYear(year, month)})`);
}

export function claimTitle(r: Random, date: ArticleDate): string {
  const known = partnersAt(date).length;
  return r.pick([
    `Vietnam's ${written(r, known)} comprehensive strategic partnerships explained`,
    `How Vietnam built its network of comprehensive strategic partners`,
    `Vietnam and ${r.pick(COUNTRIES)} look to deepen ties`,
  ]);
}
