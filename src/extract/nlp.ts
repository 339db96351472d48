/**
 * The only module that imports compromise. Loading it is costly, so it is
 * loaded on first use — an article with no candidate sentence never pays —
 * and from its prebuilt CommonJS bundle, which loads in about 0.3 s against
 * 0.5 s for the hundreds of ES modules of its source.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export interface NumberMention {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly ordinal: boolean;
}

/** Digits, or a number word cardinal or ordinal: only sentences with one are worth compromise's time. */
const NUMBER_WORD = String.raw`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b`;
const MAY_HOLD_NUMBER = new RegExp(String.raw`\d|${NUMBER_WORD}`, 'i');

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
/** An ordinal word or "14th"; not "a second" (another one). */
const ORDINAL = new RegExp(String.raw`(?<!\ban?\s)\b(?:(${ORDINAL_WORDS.join('|')})|(\d{1,3})(?:st|nd|rd|th))\b`, 'gi');

let loading: Promise<typeof nlpType> | undefined;

/** Set when the process started from ledgerlint's startup snapshot (scripts/snapshot-entry.cjs), which holds compromise loaded. */
export const SNAPSHOT_GLOBAL = '__ledgerlintCompromise';

async function compromise(): Promise<typeof nlpType> {
  const fromSnapshot = (globalThis as Record<string, unknown>)[SNAPSHOT_GLOBAL] as typeof nlpType | undefined;
  loading ??= Promise.resolve(fromSnapshot ?? (createRequire(import.meta.url)('compromise') as typeof nlpType));
  return loading;
}

/** Cardinal and ordinal numbers, in digits or words ("nine", "twenty-one", "14th"), with offsets. */
export async function readNumbers(text: string): Promise<NumberMention[]> {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const whole = await numbersIn(text, 0);
  // compromise runs a number on across a comma or a spaced dash ("May 2025, a few weeks" gives "2025, a few"),
  // and drops a number word right after another number ("4 — Four new partners"): then each stretch is read on its own.
  const runsOn = whole.some((n) => n.runsOn) || whole.some((n) => NUMBER_NEXT.test(text.slice(n.end)));
  const mentions = runsOn ? (await Promise.all([...text.matchAll(BETWEEN_BREAKS)].map((part) => numbersIn(part[0], part.index)))).flat() : whole;
  const kept = mentions.filter((n) => !n.vague);
  return [...kept, ...ordinalsMissed(text, kept)].sort((a, b) => a.start - b.start);
}

interface Read extends NumberMention {
  /** The words compromise took for the number span a comma or a spaced dash. */
  readonly runsOn: boolean;
  /** "a few", "several", or a number compromise gives no value ("a"). */
  readonly vague: boolean;
}

async function numbersIn(text: string, offset: number): Promise<Read[]> {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const nlp = await compromise();
  const found = nlp(text).numbers().json({ offset: true }) as {
    number: { num: number };
    offset: { start: number; length: number };
    terms: { tags: string[] }[];
  }[];
  return found.map((n) => {
    const raw = text.slice(n.offset.start, n.offset.start + n.offset.length);
    const written = raw.replace(/[\s,.;:!?)]+$/, '');
    const start = offset + n.offset.start;
    return {
      value: n.number.num,
      start,
      end: start + written.length,
      text: written,
      ordinal: n.terms.some((t) => t.tags.includes('Ordinal')),
      runsOn: /,\s+\S|\s[—–-]/.test(written),
      vague: VAGUE.test(written) || typeof n.number.num !== 'number',
    };
  });
}

/** Stretches of text between a comma or a spaced dash and the next. */
const BETWEEN_BREAKS = /(?:[^,—–-]|,(?!\s)|[—–-](?!\s)|(?<!\s)[—–-](?=\s))+/g;
/** Right after a number, past a break, another number word compromise may have swallowed: "4 — Four". */
const NUMBER_NEXT = new RegExp(String.raw`^[*\s]*(?:,|[—–-])\s*(?:\d|${NUMBER_WORD})`, 'i');
/** Quantities that name no number: "a few weeks", "several". */
const VAGUE = /^(?:a\s+)?(?:few|several|some|many|couple)$/i;

/** Ordinals compromise tags as something else, as it does "third" in "the board's third director". */
function ordinalsMissed(text: string, found: readonly NumberMention[]): NumberMention[] {
  return [...text.matchAll(ORDINAL)]
    .filter((m) => !found.some((n) => n.start < m.index + m[0].length && m.index < n.end))
    .map((m) => ({ value: m[1] ? ORDINAL_WORDS.indexOf(m[1].toLowerCase()) + 1 : Number(m[2]), start: m.index, end: m.index + m[0].length, text: m[0], ordinal: true }));
}
