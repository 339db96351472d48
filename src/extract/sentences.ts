/**
 * Sentences with offsets, from the platform's ICU segmenter (fast, no
 * dependency), mended where it breaks after a title or a month abbreviation.
 */
export interface Sentence {
  readonly text: string;
  readonly start: number; // offset in the block text
  readonly end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which ICU breaks though the sentence goes on. */
const NO_BREAK_AFTER = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Sen|Rep|Gov|Pres|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|vs|etc|approx|Inc|Ltd|Co|Corp)\.\s*$/;

/**
 * A dotted acronym ("U.N.", "U.S.") sits inside a sentence ("the U.N. Security
 * Council") unless the next word opens one ("… and the U.K. This marks …").
 */
const DOTTED_ACRONYM_END = /(?:^|[\s(])(?:\p{Lu}\.){2,}\s*$/u;
const SENTENCE_OPENER = /^\s*(?:The|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|As|A|An|For|If|When|While|After|Before|Since|Yet|So|There|Here|What|Why|How)\b/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let pending: { start: number; end: number } | undefined;
  // A soft-wrapped paragraph goes on across its line breaks; ICU would end a sentence at each.
  const unwrapped = text.replace(/\r?\n(?![\r\n])/g, (lineBreak) => ' '.repeat(lineBreak.length));
  for (const { segment, index } of segmenter.segment(unwrapped)) {
    const start = pending?.start ?? index;
    const end = index + segment.length;
    const acronymInside = DOTTED_ACRONYM_END.test(segment) && !SENTENCE_OPENER.test(text.slice(end));
    if ((NO_BREAK_AFTER.test(segment) || acronymInside) && end < text.length) {
      pending = { start, end };
      continue;
    }
    pending = undefined;
    pushTrimmed(sentences, text, start, end);
  }
  if (pending) pushTrimmed(sentences, text, pending.start, pending.end);
  return sentences;
}

function pushTrimmed(into: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) into.push({ text: body, start: start + lead, end: start + lead + body.length });
}
