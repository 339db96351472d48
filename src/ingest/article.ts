/**
 * What ingest produces: the article's text as read, cut into blocks that keep
 * their offsets into that text, with the title and the date the article
 * speaks for when it states them.
 */
import type { PartialDate } from '../time/partial-date.js';

/** Half-open [start, end) offsets into the article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A block's readable text (markup removed) and how to map offsets in it back
 * to the article: `segments` are runs copied verbatim from the source.
 */
export interface Block {
  /** `title`: the front matter's title, read like any block; a heading is a Markdown heading. */
  readonly kind: 'title' | 'heading' | 'paragraph' | 'list-item' | 'line' | 'table-cell';
  readonly text: string;
  readonly span: Span;
  readonly segments: readonly Segment[];
  /** For list items: which list (its index among the article's lists), and whether it is numbered. */
  readonly list?: { readonly id: number; readonly ordered: boolean };
  /** For table cells: which table, and the cell's row (0 is the header) and column. */
  readonly table?: { readonly id: number; readonly row: number; readonly column: number };
}

export interface Segment {
  readonly at: number; // offset in the block text
  readonly source: number; // offset in the article text
  readonly length: number;
}

export type DocumentDateSource = 'front-matter' | 'dateline' | 'title';

export interface DocumentDate {
  readonly date: PartialDate;
  readonly source: DocumentDateSource;
  readonly span?: Span;
}

export interface Article {
  readonly path: string;
  readonly text: string;
  readonly format: 'markdown' | 'text';
  readonly blocks: readonly Block[];
  readonly title?: { readonly text: string; readonly span: Span };
  /** The date the article was published or updated (front matter, dateline). */
  readonly date?: DocumentDate;
  /** A date the title frames the article with: "… (Oct 2025)". */
  readonly titleDate?: DocumentDate;
  /** HTML comments on lines of their own, where directives to ledgerlint live. */
  readonly comments: readonly Comment[];
}

export interface Comment {
  /** The comment's text between `<!--` and `-->`, trimmed. */
  readonly text: string;
  readonly span: Span;
}

/** An HTML comment that is all of `raw` (an HTML block, or a line of plain text), or undefined. */
export function commentOf(raw: string, start: number): Comment | undefined {
  const match = /^(\s*)<!--([^]*?)-->\s*$/.exec(raw);
  if (!match) return undefined;
  return { text: match[2]!.trim(), span: { start: start + match[1]!.length, end: start + raw.trimEnd().length } };
}

/** Maps a [start, end) range of a block's text to the article's text. */
export function sourceSpan(block: Block, start: number, end: number): Span {
  return { start: toSource(block, start, 'start'), end: toSource(block, end, 'end') };
}

function toSource(block: Block, offset: number, side: 'start' | 'end'): number {
  const segments = block.segments;
  let chosen = segments[0];
  for (const segment of segments) {
    const inside = side === 'start'
      ? offset >= segment.at && offset < segment.at + segment.length
      : offset > segment.at && offset <= segment.at + segment.length;
    if (inside) return segment.source + (offset - segment.at);
    if (segment.at <= offset) chosen = segment;
  }
  if (!chosen) return block.span.start;
  return chosen.source + Math.min(Math.max(offset - chosen.at, 0), chosen.length);
}

/**
 * The title as a block of its own, for readers: a headline states claims too
 * ("Croatia becomes 20th member"). Only a title that is not already a block
 * (the front matter's), and only where the source writes it verbatim (plain,
 * or quoted with no escapes) so that offsets map back.
 */
export function titleBlock(article: Article): Block | undefined {
  const { title, text, blocks } = article;
  if (!title || blocks.some((b) => b.span.start <= title.span.start && title.span.end <= b.span.end)) return undefined;
  const raw = text.slice(title.span.start, title.span.end).trimEnd();
  if (raw === title.text) return verbatimBlock('title', title.text, title.span.start);
  if (/^["']/.test(raw) && raw.slice(1, -1) === title.text) return verbatimBlock('title', title.text, title.span.start + 1);
  return undefined;
}

/** A block whose text is one verbatim slice of the source. */
export function verbatimBlock(kind: Block['kind'], text: string, start: number, extra: Partial<Pick<Block, 'list' | 'table'>> = {}): Block {
  return { kind, text, span: { start, end: start + text.length }, segments: [{ at: 0, source: start, length: text.length }], ...extra };
}

/**
 * Blocks longer than this are cut at sentence ends. No real paragraph comes
 * near it, and Node's ICU sentence segmenter (used by extraction) takes time
 * that grows with the square of a block's length: a 5 MB line took minutes.
 */
export const MAX_BLOCK_LENGTH = 16 * 1024;
const SENTENCE_END = /[.!?…]["'’”)\]]*\s+/g;

/** A long block (of any kind) cut into blocks of at most about MAX_BLOCK_LENGTH, at sentence ends where it has them. */
export function splitLongBlock(block: Block, limit = MAX_BLOCK_LENGTH): Block[] {
  if (block.text.length <= limit) return [block];
  const text = block.text;
  const pieces: Block[] = [];
  let from = 0;
  while (from < text.length) {
    let to = text.length;
    if (text.length - from > limit) {
      to = cutBefore(text, from, from + limit);
    }
    const piece = sliceBlock(block, from, to);
    if (piece) pieces.push(piece);
    from = to;
  }
  return pieces;
}

/** The last sentence end (else space, else code point boundary) in (from, max]: always past `from`. */
function cutBefore(text: string, from: number, max: number): number {
  const window = text.slice(from, max);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) {
    if (m.index + m[0].length < window.length) cut = m.index + m[0].length;
  }
  if (cut > 0) return from + cut;
  const space = window.lastIndexOf(' ');
  if (space > 0) return from + space + 1;
  const code = text.charCodeAt(max - 1);
  const highSurrogate = code >= 0xd800 && code <= 0xdbff;
  return !highSurrogate ? max : max - 1 > from ? max - 1 : max + 1;
}

function sliceBlock(block: Block, from: number, to: number): Block | undefined {
  const text = block.text.slice(from, to);
  if (!text.trim()) return undefined;
  const segments: Segment[] = [];
  for (const segment of block.segments) {
    const start = Math.max(segment.at, from);
    const end = Math.min(segment.at + segment.length, to);
    if (end > start) segments.push({ at: start - from, source: segment.source + (start - segment.at), length: end - start });
  }
  return { ...block, text, span: sourceSpan(block, from, to), segments };
}
