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
const MAY_HOLD_NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth)\b/i;

let loading: Promise<typeof nlpType> | undefined;

/** Set when the process started from ledgerlint's startup snapshot (scripts/snapshot-entry.cjs), which holds compromise loaded. */
const SNAPSHOT_GLOBAL = '__ledgerlintCompromise';

async function compromise(): Promise<typeof nlpType> {
  const fromSnapshot = (globalThis as Record<string, unknown>)[SNAPSHOT_GLOBAL] as typeof nlpType | undefined;
  loading ??= Promise.resolve(fromSnapshot ?? (createRequire(import.meta.url)('compromise') as typeof nlpType));
  return loading;
}

/** Cardinal and ordinal numbers, in digits or words ("nine", "twenty-one", "14th"), with offsets. */
export async function readNumbers(text: string): Promise<NumberMention[]> {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const nlp = await compromise();
  const found = nlp(text).numbers().json({ offset: true }) as {
    text: string;
    number: { num: number };
    offset: { start: number; length: number };
    terms: { tags: string[] }[];
  }[];
  return found.map((n) => {
    const written = text.slice(n.offset.start, n.offset.start + n.offset.length).replace(/[\s,.;:!?)]+$/, '');
    return {
      value: n.number.num,
      start: n.offset.start,
      end: n.offset.start + written.length,
      text: written,
      ordinal: n.terms.some((t) => t.tags.includes('Ordinal')),
    };
  });
}
