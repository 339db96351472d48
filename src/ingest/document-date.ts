/**
 * The date an article speaks for and its title, from what newsrooms write:
 * front matter (`title:`, `date:`), a dateline line ("Feb 27, 2025 / 21:17",
 * "Published: 3 March 2025") or a wire dateline opening the first paragraph
 * ("CANBERRA, March 7, 2024 (AAP) - …"), or a title ending in a date
 * ("… (Oct 2025)").
 */
import { createRequire } from 'node:module';
import type { Problem } from '../problem.js';
import { dayFromDate, formatPartialDate, parsePartialDate, partialDateProblem, precisionOf, toInterval, type DayNumber } from '../time/partial-date.js';
import { readDates } from '../time/read-dates.js';
import { sourceSpan, type Article, type Block, type DocumentDate, type Span } from './article.js';

/** yaml is loaded on first use, from its CommonJS build: most articles have no front matter. */
let yamlModule: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

/** Datelines and dated titles sit at the top: navigation lines, a caption, then the title. */
const HEAD_BLOCKS = 10;
const DATELINE_FILLER = /^(?:published|updated|posted|last updated|date|on|at|[\s,.:;|/·–—-])*$/i;
/** A wire dateline's place and agency: "HANOI, Jan 30, 2026 (Reuters) -". */
const WIRE_PARTS = /^\s*\p{Lu}[\p{Lu} .'’-]{1,40}(?=,)|\([\p{L} .&-]{2,30}\)/gu;
const TRAILING_PARENTHETICAL = /\(([^()]{3,40})\)\s*$/;
/** Plain text: the title is among the first lines (after navigation and a caption). */
const PLAIN_TITLE_LINES = 3;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'into', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'via', 'its', 's']);

type Framing = Pick<Article, 'title' | 'date' | 'titleDate'>;

export function frameArticle(blocks: readonly Block[], frontMatter: FrontMatter | undefined): Framing {
  const head = blocks.slice(0, HEAD_BLOCKS);
  const dateline = frontMatter?.date ? undefined : findDateline(head);
  const dated = findDatedTitle(head, frontMatter?.title);
  const datedBlock = dated?.span && head.find((b) => b.span === dated.span);
  const title = frontMatter?.title
    ?? (datedBlock && { text: datedBlock.text, span: datedBlock.span })
    ?? firstHeading(blocks)
    ?? titleAfter(head, dateline?.block);
  return {
    ...(title ? { title } : {}),
    ...(frontMatter?.date ? { date: frontMatter.date } : dateline ? { date: dateline.date } : {}),
    ...(dated ? { titleDate: dated.date } : {}),
  };
}

/** A wire dateline that opens the first paragraph: "CANBERRA, March 7, 2024 (AAP) - Vietnam now has …". */
const INLINE_DATELINE = /^(.{6,80}?)\s[-–—]{1,2}\s/;

/**
 * A line that is only a date, maybe with a time and a word such as "Updated",
 * or a wire dateline that opens a paragraph.
 */
function findDateline(head: readonly Block[]): { block: Block; date: DocumentDate } | undefined {
  for (const block of head) {
    const text = block.text.length <= 60 ? block.text : INLINE_DATELINE.exec(block.text)?.[1];
    if (!text) continue;
    const dates = readDates(text).filter((d) => precisionOf(d.date) === 'day');
    const first = dates[0];
    if (!first) continue;
    const rest = (text.slice(0, first.start) + text.slice(first.end)).replace(/\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?(?:\s*(?:GMT|UTC|ICT)(?:[+-]\d{1,2})?)?/gi, '');
    if (DATELINE_FILLER.test(rest.replace(WIRE_PARTS, ''))) {
      return { block, date: { date: first.date, source: 'dateline', span: sourceSpan(block, first.start, first.end) } };
    }
  }
  return undefined;
}

/**
 * A title that ends in a parenthesised date frames the article: "… 14
 * Partnerships (Oct 2025)". Only a title qualifies — the front matter's
 * `title:`, a heading, or one of the first lines of plain text that reads like
 * a headline — never a list line such as "China (May 2008)".
 */
function findDatedTitle(head: readonly Block[], frontMatterTitle?: FrontMatter['title']): { span?: Span; date: DocumentDate } | undefined {
  if (frontMatterTitle) return datedTitle(frontMatterTitle.text, (start, end) => ({ start: frontMatterTitle.span.start + start, end: frontMatterTitle.span.start + end }));
  const headings = head.filter((b) => b.kind === 'heading');
  const candidates = headings.length > 0 ? headings.slice(0, 1) : head.filter((b) => b.kind === 'line').slice(0, PLAIN_TITLE_LINES);
  for (const block of candidates) {
    if (block.kind === 'line' && !readsLikeHeadline(block.text)) continue;
    const found = datedTitle(block.text, (start, end) => sourceSpan(block, start, end));
    if (found) return { span: block.span, date: found.date };
  }
  return undefined;
}

function datedTitle(text: string, toSpan: (start: number, end: number) => Span): { date: DocumentDate } | undefined {
  if (text.length > 200) return undefined;
  const paren = TRAILING_PARENTHETICAL.exec(text);
  if (!paren) return undefined;
  const inner = paren.index + 1;
  const date = readDates(paren[1]!)[0];
  if (!date || date.end - date.start < paren[1]!.trim().length - 1) return undefined;
  return { date: { date: date.date, source: 'title', span: toSpan(inner + date.start, inner + date.end) } };
}

/**
 * Headlines are written in title case and do not end in a full stop: "Elite
 * Diplomatic Sphere: A Deep Dive into 14 Partnerships (Oct 2025)", not "The
 * first was China (May 2008)". The first word is capitalised either way.
 */
function readsLikeHeadline(text: string): boolean {
  const words = text.replace(TRAILING_PARENTHETICAL, '').trim();
  if (/[.!?]["'’”]?$/.test(words)) return false;
  const content = words.split(/\s+/).slice(1).filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return content.length >= 1 && capitalised / content.length >= 0.6;
}

function firstHeading(blocks: readonly Block[]): Article['title'] {
  const heading = blocks.find((b) => b.kind === 'heading');
  return heading && { text: heading.text, span: heading.span };
}

/** Plain text with a dateline: the title is usually the next line. */
function titleAfter(head: readonly Block[], dateline?: Block): Article['title'] {
  const index = dateline ? head.indexOf(dateline) + 1 : 0;
  const block = head[index];
  return block && { text: block.text, span: block.span };
}

export interface FrontMatter {
  readonly title?: { text: string; span: { start: number; end: number } };
  readonly date?: DocumentDate;
}

/** Reads `title:` and `date:` from YAML front matter; a bad date is a problem at its line. */
export function readFrontMatter(file: string, value: string, start: number, articleText: string, today: DayNumber = dayFromDate(new Date())): { frontMatter: FrontMatter; problems: Problem[] } {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(value, { lineCounter, uniqueKeys: true });
  const firstLine = articleText.slice(0, start).split(/\r\n|\r|\n/).length;
  const problemAt = (offset: number, message: string): Problem => {
    const pos = lineCounter.linePos(offset);
    return { file, line: firstLine + pos.line - 1, column: pos.col, message, severity: 'warning' };
  };
  if (doc.errors.length > 0) {
    return { frontMatter: {}, problems: [problemAt(doc.errors[0]!.pos[0], `front matter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`)] };
  }
  const frontMatter: { -readonly [K in keyof FrontMatter]: FrontMatter[K] } = {};
  const problems: Problem[] = [];
  const titleNode = doc.get('title', true) as { value?: unknown; range?: [number, number, number] } | undefined;
  if (titleNode && typeof titleNode.value === 'string' && titleNode.range) {
    frontMatter.title = { text: titleNode.value, span: { start: start + titleNode.range[0], end: start + titleNode.range[1] } };
  }
  const dateNode = doc.get('date', true) as { value?: unknown; range?: [number, number, number] } | undefined;
  if (dateNode?.range) {
    const written = String(dateNode.value);
    const span = { start: start + dateNode.range[0], end: start + dateNode.range[1] };
    const iso = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(written)?.[0];
    const date = iso && !partialDateProblem(iso) ? parsePartialDate(iso) : readDates(written)[0]?.date;
    if (date) {
      frontMatter.date = { date, source: 'front-matter', span };
      // Claims are judged at the article's date: a date to come is almost always a typo.
      if (toInterval(date).start > today) problems.push(problemAt(dateNode.range[0], `front matter \`date: ${written}\` is in the future: claims are judged at that date`));
    } else {
      problems.push(problemAt(dateNode.range[0], `front matter \`date: ${written}\` is not a date: expected YYYY-MM-DD`));
    }
  }
  return { frontMatter, problems };
}

export function describeDocumentDate(date: DocumentDate): string {
  return `${formatPartialDate(date.date)} (${date.source})`;
}
