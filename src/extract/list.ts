/**
 * The list that enumerates what a count counts: inline after the head noun
 * ("nine countries, including China in 2008, Russia in 2012 …") or as the
 * lines or list items under a sentence that ends with a colon. "including"
 * and "such as" mark a partial list; a colon or "namely" a complete one.
 */
import { sourceSpan, type Block, type Span } from '../ingest/article.js';
import { readDates } from '../time/read-dates.js';
import type { ListEntry } from './claim.js';
import type { Lexicon } from './lexicon.js';

export interface ListReading {
  readonly entries: ListEntry[];
  readonly completeness: 'complete' | 'partial';
  readonly span: Span;
}

const INLINE_MARKER = /^\s*,?\s*(?:(including|such as|among them|among which|notably|like)|(namely|:|—|–|\())\s*/i;
/** Between two entries: separators, connectives and the entry's own date. */
const SEPARATOR = /^(?:\s|[,;]|\band\b|\bor\b|\bas well as\b|\bthe\b|\bin\b|\bon\b|\bsince\b|\bfrom\b|\(|\))*$/i;
const UNKNOWN_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3})$/u;
const BULLET = /^(?:[-•*·▪◦]\s+|\d{1,3}[.)]\s+)/;
const MAX_ENTRY_LINE = 100;

/** An inline enumeration right after the counted noun, within the sentence. */
export function readInlineList(block: Block, sentenceStart: number, sentence: string, from: number, lexicon: Lexicon): ListReading | undefined {
  const marker = INLINE_MARKER.exec(sentence.slice(from));
  if (!marker) return undefined;
  const bodyStart = from + marker[0].length;
  let bodyEnd = sentence.length;
  if (marker[2] === '(') bodyEnd = Math.max(sentence.indexOf(')', bodyStart), bodyStart);
  const body = sentence.slice(bodyStart, bodyEnd).replace(/[.;!?]+\s*$/, '');
  const entries = readEnumeration(body, lexicon);
  if (entries.length < 2) return undefined;
  const offset = sentenceStart + bodyStart;
  const toSource = (start: number, end: number) => sourceSpan(block, offset + start, offset + end);
  const mapped = entries.map((e) => ({
    ...(e.entity ? { entity: e.entity } : {}),
    name: e.name,
    span: toSource(e.start, e.end),
    ...(e.date ? { date: { date: e.date.date, span: toSource(e.date.start, e.date.end) } } : {}),
  }));
  return {
    entries: mapped,
    completeness: marker[1] ? 'partial' : 'complete',
    span: { start: mapped[0]!.span.start, end: mapped.at(-1)!.span.end },
  };
}

/** The lines (or list items) after block `index`, while each one is an entry. */
export function readBlockList(blocks: readonly Block[], index: number, framing: string, lexicon: Lexicon): ListReading | undefined {
  const entries: ListEntry[] = [];
  const first = blocks[index + 1];
  for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (first?.list && block.list?.id !== first.list.id) break;
    const entry = first?.list ? readEntryLine(block, lexicon, true) : readEntryLine(block, lexicon, false);
    if (!entry) break;
    entries.push(entry);
  }
  if (entries.length < 2) return undefined;
  return {
    entries,
    completeness: /\b(?:including|such as|among them|among which|notably)\b/i.test(framing) ? 'partial' : 'complete',
    span: { start: entries[0]!.span.start, end: entries.at(-1)!.span.end },
  };
}

/** "China (May 2008)", "- Russia: July 2012", "3. India". A list item is always an entry. */
function readEntryLine(block: Block, lexicon: Lexicon, isListItem: boolean): ListEntry | undefined {
  const bullet = BULLET.exec(block.text)?.[0].length ?? 0;
  const text = block.text.slice(bullet);
  if (!isListItem && block.text.length > MAX_ENTRY_LINE) return undefined;
  const entity = lexicon.matchEntities(text)[0];
  const startsWithEntity = entity && /^(?:the\s+)?$/i.test(text.slice(0, entity.start));
  let name: string;
  let nameStart: number;
  let nameEnd: number;
  if (startsWithEntity) {
    name = entity.text;
    nameStart = entity.start;
    nameEnd = entity.end;
  } else {
    const unknown = /^[^(:–—,]+/.exec(text)?.[0].trim() ?? '';
    if (!isListItem && !(UNKNOWN_NAME.test(unknown) && /^[^(:–—,]+(?:\([^()]*\))?\s*$/.test(text))) return undefined;
    if (!unknown) return undefined;
    name = unknown;
    nameStart = 0;
    nameEnd = unknown.length;
  }
  const date = readDates(text.slice(nameEnd))[0];
  const end = date ? nameEnd + date.end : nameEnd;
  return {
    ...(startsWithEntity ? { entity: entity.value } : {}),
    name,
    span: sourceSpan(block, bullet + nameStart, bullet + end),
    ...(date ? { date: { date: date.date, span: sourceSpan(block, bullet + nameEnd + date.start, bullet + nameEnd + date.end) } } : {}),
  };
}

interface RawEntry {
  readonly entity?: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly date?: { date: import('../time/partial-date.js').PartialDate; start: number; end: number };
}

/**
 * Entries in order while the text between them is only separators and dates;
 * a capitalised name the ledger does not know is kept as an unknown entry.
 */
function readEnumeration(body: string, lexicon: Lexicon): RawEntry[] {
  const names = lexicon.matchEntities(body);
  const entries: RawEntry[] = [];
  let cursor = 0;
  const pieces = [...names.map((n) => ({ start: n.start, end: n.end, entity: n.value as string | undefined, name: n.text })), { start: body.length, end: body.length, entity: undefined, name: '' }];
  for (const piece of pieces) {
    const gap = body.slice(cursor, piece.start);
    const dates = readDates(gap);
    const leftover = blankOut(gap, dates);
    const previous = entries.at(-1);
    const date = dates[0];
    if (previous && date && !previous.date) {
      entries[entries.length - 1] = { ...previous, end: cursor + date.end, date: { date: date.date, start: cursor + date.start, end: cursor + date.end } };
    }
    if (!SEPARATOR.test(leftover)) {
      const unknowns = unknownNames(leftover);
      if (!unknowns) break;
      for (const u of unknowns) entries.push({ name: u.name, start: cursor + u.start, end: cursor + u.end });
    } else if (!previous && entries.length === 0 && gap.trim() && !/^(?:the\s*)?$/i.test(gap.trim())) {
      break;
    }
    if (piece.start === body.length) break;
    entries.push({ entity: piece.entity, name: piece.name, start: piece.start, end: piece.end });
    cursor = piece.end;
  }
  return entries;
}

function blankOut(text: string, dates: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const d of dates) out = out.slice(0, d.start) + ' '.repeat(d.end - d.start) + out.slice(d.end);
  return out;
}

/** Capitalised names between separators, or undefined when the text is prose. */
function unknownNames(text: string): { name: string; start: number; end: number }[] | undefined {
  const found: { name: string; start: number; end: number }[] = [];
  for (const piece of text.matchAll(/[^,;]+/g)) {
    const trimmed = piece[0].replace(/^\s*(?:and|or|as well as)\s+/i, '').trim();
    if (!trimmed) continue;
    if (!UNKNOWN_NAME.test(trimmed)) return undefined;
    const start = piece.index + piece[0].indexOf(trimmed);
    found.push({ name: trimmed.replace(/^the\s+/i, ''), start, end: start + trimmed.length });
  }
  return found;
}
