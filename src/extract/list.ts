/**
 * The list that enumerates what a count counts: inline after the head noun
 * ("nine countries, including China in 2008, Russia in 2012 …") or as the
 * lines or list items under a sentence that ends with a colon. "including"
 * and "such as" mark a partial list; a colon or "namely" a complete one,
 * unless the framing names a part ("three of the five …:", "the five most
 * recent members:"). A framing that puts what it lists outside the collection
 * ("Six countries remain outside the euro:") frames no list of members.
 */
import { sourceSpan, type Block, type Span } from '../ingest/article.js';
import type { PartialDate } from '../time/partial-date.js';
import { readDates, type DateMention } from '../time/read-dates.js';
import type { ListEntry } from './claim.js';
import { framesPart, outsideCollection } from './framing.js';
import type { EntityMatch, Lexicon } from './lexicon.js';

export interface ListReading {
  readonly entries: ListEntry[];
  readonly completeness: 'complete' | 'partial';
  readonly span: Span;
}

/** After a count: group 1 marks a partial list, group 2 a complete one. */
const AFTER_COUNT = /^\s*(?:,\s*)?(?:(including|such as|among them|among which|notably|like)|(namely|:|—|–|\())\s*/i;
/** After a collection's term with no count: "partners include …" (partial), "partners are …" (complete). */
const AFTER_TERM = /^\s*(?:(?:of|with)\s+[\p{Lu}][\p{L}’'.-]*\s+)?(?:,\s*)?(?:(include[sd]?|including|such as|among them|like|with(?!\s+the following))|(are|were|namely|(?:with\s+)?the following(?:\s+[\p{L}]+)?\s*:|:|—|–))\s+/iu;
const UNKNOWN_NAME = /^(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*){0,3})$/u;
const BULLET = /^(?:[-•*·▪◦]\s+|\d{1,3}[.)]\s+)/;
const MAX_ENTRY_LINE = 100;

/** An inline enumeration right after the counted noun, within the sentence. */
export function readInlineList(block: Block, sentenceStart: number, sentence: string, from: number, lexicon: Lexicon): ListReading | undefined {
  return readEnumerationAfter(AFTER_COUNT, block, sentenceStart, sentence, from, lexicon);
}

/**
 * An enumeration after the sentence's colon, further from the term: "Seven
 * nations have been accepted as members of the Organization since 1994:
 * Mexico (May 1994), the Czech Republic (December 1995), …". Partial: the
 * framing may pick a part.
 */
export function readColonList(block: Block, sentenceStart: number, sentence: string, from: number, lexicon: Lexicon): ListReading | undefined {
  const colon = sentence.indexOf(':', from);
  if (colon < 0) return undefined;
  const list = readEnumerationAfter(/^\s*:\s*/, block, sentenceStart, sentence, colon, lexicon);
  return list && { ...list, completeness: 'partial' };
}

/** An inline enumeration right after a collection's term: "Vietnam's comprehensive strategic partners include China, Russia and India". */
export function readTermList(block: Block, sentenceStart: number, sentence: string, from: number, lexicon: Lexicon): ListReading | undefined {
  return readEnumerationAfter(AFTER_TERM, block, sentenceStart, sentence, from, lexicon);
}

function readEnumerationAfter(markers: RegExp, block: Block, sentenceStart: number, sentence: string, from: number, lexicon: Lexicon): ListReading | undefined {
  const marker = markers.exec(sentence.slice(from));
  const framing = sentence.slice(0, from);
  if (!marker || outsideCollection(framing)) return undefined;
  const bodyStart = from + marker[0].length;
  let bodyEnd = sentence.length;
  if (marker[2] === '(') bodyEnd = Math.max(sentence.indexOf(')', bodyStart), bodyStart);
  // "are in Addis Ababa, Ethiopia": a place after the copula, not an enumeration of members.
  if (/^(?:in|at|on|from|part|among|also|not|now|still|based|located|members?)\b/i.test(sentence.slice(bodyStart))) return undefined;
  const body = sentence.slice(bodyStart, bodyEnd).replace(/[.;!?]+\s*$/, '');
  const entries = readEnumeration(body, lexicon);
  // An enumeration of members names at least two that the ledger knows.
  if (entries.length < 2 || entries.filter((e) => e.entity).length < 2) return undefined;
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
    completeness: marker[1] || framesPart(framing) ? 'partial' : 'complete',
    span: { start: mapped[0]!.span.start, end: mapped.at(-1)!.span.end },
  };
}

/** A closing sentence that points at what follows: "Here they are, in the order they joined.", "They are listed below." */
const POINTS_FORWARD = /^(?:here (?:they|it|these) (?:are|is|come)|(?:they|these|those) are(?: listed)? (?:below|as follows)|(?:the|a) (?:full |complete )?list (?:follows|is below)|(?:see )?below|as follows)\b/i;

/**
 * Whether the words of a block after a sentence hand over to the lines below:
 * nothing (the sentence ends with a colon) or one sentence that points
 * forward ("Here they are, in the order they reached the top tier.").
 */
export function framesLinesBelow(sentence: string, rest: string): boolean {
  if (rest.trim() === '') return /:\s*$/.test(sentence);
  return POINTS_FORWARD.test(rest.trim()) && !/[.!?]\s+\S/.test(rest.trim().replace(/[.!?:]\s*$/, ''));
}

/** The lines, list items or table rows after block `index`, while each one is an entry. */
export function readBlockList(blocks: readonly Block[], index: number, framing: string, lexicon: Lexicon): ListReading | undefined {
  if (outsideCollection(framing)) return undefined;
  const entries: ListEntry[] = [];
  const first = blocks[index + 1];
  if (first?.table) entries.push(...readTableRows(blocks, index + 1, lexicon));
  else for (let i = index + 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (first?.list && block.list?.id !== first.list.id) break;
    const entry = first?.list ? readEntryLine(block, lexicon, true) : readEntryLine(block, lexicon, false);
    if (!entry) break;
    entries.push(entry);
  }
  if (entries.length < 2) return undefined;
  return {
    entries,
    completeness: /\b(?:include[sd]?|including|such as|among them|among which|notably|like)\b/i.test(framing) || framesPart(framing) ? 'partial' : 'complete',
    span: { start: entries[0]!.span.start, end: entries.at(-1)!.span.end },
  };
}

/** One entry per body row of the table starting at `start`: the member from its first cell that names one, the date from any other. */
/** A header that says a table dates its members: "Date of accession", "Joined", "Member since", "Entry into force". */
const DATE_HEADER = /\b(?:join(?:ed|ing)?|accession|accede[ds]?|admi(?:tted|ssion)|entry into force|in force|member since|since|membership|signed|signature|date)\b/i;

/**
 * A table with no sentence above it that frames it, whose header dates its
 * rows ("Country | Date of entry into force"): the rows as a partial list
 * with dates, `start` being its first header cell.
 */
export function readDatedTable(blocks: readonly Block[], start: number, lexicon: Lexicon): ListReading | undefined {
  const table = blocks[start]!.table!.id;
  const header = blocks.slice(start).filter((b) => b.table?.id === table && b.table.row === 0);
  if (!header.some((cell) => DATE_HEADER.test(cell.text))) return undefined;
  const entries = readTableRows(blocks, start, lexicon).filter((e) => e.date);
  if (entries.filter((e) => e.entity).length < 2) return undefined;
  return { entries, completeness: 'partial', span: { start: entries[0]!.span.start, end: entries.at(-1)!.span.end } };
}

function readTableRows(blocks: readonly Block[], start: number, lexicon: Lexicon): ListEntry[] {
  const table = blocks[start]!.table!.id;
  const cells = [];
  for (let i = start; i < blocks.length && blocks[i]!.table?.id === table; i++) cells.push(blocks[i]!);
  const rows = new Map<number, Block[]>();
  for (const cell of cells) if (cell.table!.row > 0) rows.set(cell.table!.row, [...(rows.get(cell.table!.row) ?? []), cell]);
  const entries: ListEntry[] = [];
  for (const row of rows.values()) {
    const cells = row.map((cell) => ({ cell, entity: lexicon.matchEntities(cell.text)[0] }));
    // A grid of names ("Afghanistan | Egypt | Liechtenstein | Rwanda") lists a member in every cell.
    if (cells.filter((c) => c.entity).length > 1 && !row.some((cell) => readDates(cell.text).length > 0)) {
      for (const { cell, entity } of cells) {
        const name = entity?.text ?? UNKNOWN_NAME.exec(cell.text.trim())?.[1];
        if (!name) continue;
        const at = entity ? entity.start : cell.text.indexOf(name);
        entries.push({ ...(entity ? { entity: entity.value } : {}), name, span: sourceSpan(cell, at, at + name.length) });
      }
      continue;
    }
    const named = cells.find((c) => c.entity);
    if (!named?.entity) {
      // A row that names no known member still names one ("Abania"): kept, unknown, so the list is not short of it.
      const first = row[0];
      const name = first && UNKNOWN_NAME.exec(first.text.trim())?.[1];
      if (first && name) entries.push({ name, span: sourceSpan(first, first.text.indexOf(name), first.text.indexOf(name) + name.length) });
      continue;
    }
    const dated = row.filter((cell) => cell !== named.cell).map((cell) => ({ cell, date: readDates(cell.text)[0] })).find((c) => c.date);
    entries.push({
      entity: named.entity.value,
      name: named.entity.text,
      span: sourceSpan(named.cell, named.entity.start, named.entity.end),
      ...(dated?.date ? { date: { date: dated.date.date, span: sourceSpan(dated.cell, dated.date.start, dated.date.end) } } : {}),
    });
  }
  return entries;
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
  const end = date ? closeParen(text, nameEnd + date.end) : nameEnd;
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
  readonly date?: { readonly date: PartialDate; readonly start: number; readonly end: number };
}

/** Where one item of an enumeration ends and the next begins. */
const ITEM_SEPARATOR = /(?:(?<!\s)\s+)?[,;]\s*(?:(?:and|or)\s+)?|(?<!\s)\s+(?:and|or|as well as)\s+/gi;
/** Words around a name inside an item: "the", and the preposition before its date. */
const ITEM_FILLER = /\b(?:the|in|on|since|from)\b|[()]/gi;

/**
 * The items of an enumeration, in order, while each is one name (known to the
 * ledger or a capitalised unknown one) with at most a date: "China in 2008",
 * "the U.K.", "Narnia (2014)". The first item that is prose ends the list.
 */
function readEnumeration(body: string, lexicon: Lexicon): RawEntry[] {
  const dates = readDates(body);
  // Commas inside dates ("March 10, 2025") do not separate items.
  const masked = dates.reduce((text, d) => text.slice(0, d.start) + '§'.repeat(d.end - d.start) + text.slice(d.end), body);
  const names = lexicon.matchEntities(body);
  const entries: RawEntry[] = [];
  let from = 0;
  for (const separator of [...masked.matchAll(ITEM_SEPARATOR), { index: body.length, 0: '' }]) {
    const start = from;
    const end = separator.index!;
    from = end + separator[0].length;
    if (end <= start) continue;
    const entry = readItem(body, start, end, names, dates);
    if (!entry) break;
    entries.push(entry);
  }
  return entries;
}

/** A relative clause after the last name ends the enumeration: "… Japan and Britain with which Vietnam has …". */
const TRAILING_CLAUSE = /(?<!\s)\s+(?:with which|with whom|which|that|who|whose|where)\b/i;

function readItem(body: string, start: number, itemEnd: number, names: readonly EntityMatch[], dates: readonly DateMention[]): RawEntry | undefined {
  const clause = TRAILING_CLAUSE.exec(body.slice(start, itemEnd));
  const end = clause ? start + clause.index : itemEnd;
  const inside = <T extends { start: number; end: number }>(m: T) => m.start >= start && m.end <= end;
  const itemNames = names.filter(inside);
  const date = dates.find(inside);
  const blank = (text: string, spans: readonly { start: number; end: number }[]) =>
    spans.reduce((t, m) => t.slice(0, m.start - start) + ' '.repeat(m.end - m.start) + t.slice(m.end - start), text);
  const rest = blank(body.slice(start, end), [...itemNames, ...(date ? [date] : [])]).replace(ITEM_FILLER, ' ').trim();
  const withDate = (entry: RawEntry): RawEntry => (date ? { ...entry, end: Math.max(entry.end, closeParen(body, date.end)), date } : entry);
  if (itemNames.length === 1 && rest === '') {
    const name = itemNames[0]!;
    return withDate({ entity: name.value, name: name.text, start: name.start, end: name.end });
  }
  if (itemNames.length > 0) return undefined;
  const unknown = UNKNOWN_NAME.exec(rest);
  if (!unknown) return undefined;
  const at = body.indexOf(unknown[1]!, start);
  return withDate({ name: unknown[1]!, start: at, end: at + unknown[1]!.length });
}

/** An entry's date in parentheses ends with the parenthesis: "United Kingdom (October, 2025)". */
function closeParen(text: string, end: number): number {
  return text[end] === ')' ? end + 1 : end;
}
