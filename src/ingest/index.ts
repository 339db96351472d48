/**
 * The ingest stage's entry: a file's bytes (or text) to an Article. It never
 * throws for bad input; it returns the problems, so every other file is still
 * checked.
 */
import { readFile } from 'node:fs/promises';
import type { Problem } from '../problem.js';
import type { Article } from './article.js';
import { decodeArticle } from './decode.js';
import { frameArticle, readFrontMatter, type FrontMatter } from './document-date.js';
import { parseMarkdown } from './markdown.js';
import { plainTextBlocks, plainTextComments } from './plain-text.js';
import { describeFsError } from '../fs-error.js';
import type { DayNumber } from '../time/partial-date.js';

export type { Article, Block, Span } from './article.js';

export interface Ingested {
  readonly article?: Article;
  readonly problems: readonly Problem[];
}

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;

export async function readArticle(file: string): Promise<Ingested> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { problems: [{ file, message: `cannot read: ${describeFsError(error)}`, severity: 'error' }] };
  }
  return ingest(file, bytes);
}

export interface IngestOptions {
  /** Today, for the warning about a front-matter date in the future (default: the clock's UTC day). */
  readonly today?: DayNumber;
}

/** Front matter opens with `---` on the first line; remark reads it only when a closing `---` follows. */
const FRONT_MATTER_OPENING = /^---[ \t]*(?:\r\n|\r|\n)/;
/** …and a YAML key a newsroom's front matter has on the next line: not a thematic break above prose. */
const FRONT_MATTER_KEY = /^(?:title|date|author|authors|tags|slug|description|layout|categories|published|updated|draft|lang)[ \t]*:/i;

export function ingest(file: string, input: Uint8Array | string, options: IngestOptions = {}): Ingested {
  const problems: Problem[] = [];
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = decodeArticle(input);
    if (!decoded.ok) return { problems: [{ file, message: decoded.reason, severity: 'error' }] };
    if (decoded.warning) problems.push({ file, message: decoded.warning, severity: 'warning' });
    text = decoded.text;
  }
  if (!text.trim()) {
    problems.push({ file, message: text ? 'only whitespace: nothing to check' : 'empty file: nothing to check', severity: 'warning' });
  }
  const markdown = MARKDOWN.test(file);
  let frontMatter: FrontMatter | undefined;
  let blocks;
  let comments;
  if (markdown) {
    const parts = parseMarkdownSafely(file, text);
    if (!parts) return { problems: [...problems, { file, message: 'too deeply nested to read (the Markdown parser ran out of stack): flatten the nesting', severity: 'error' }] };
    blocks = parts.blocks;
    comments = parts.comments;
    if (parts.frontMatter) {
      const read = readFrontMatter(file, parts.frontMatter.value, parts.frontMatter.start, text, options.today);
      frontMatter = read.frontMatter;
      problems.push(...read.problems);
    } else if (FRONT_MATTER_OPENING.test(text) && FRONT_MATTER_KEY.test(text.replace(FRONT_MATTER_OPENING, ''))) {
      problems.push({ file, line: 1, column: 1, message: 'front matter is not closed: expected a `---` line after it; its `title:` and `date:` are not read', severity: 'warning' });
    }
  } else {
    blocks = plainTextBlocks(text);
    comments = plainTextComments(text);
  }
  const article: Article = { path: file, text, format: markdown ? 'markdown' : 'text', blocks, comments, ...frameArticle(blocks, frontMatter) };
  return { article, problems };
}

/** remark's own parser recurses into nested constructs; a file nested deeper than the stack allows is refused, not fatal. */
function parseMarkdownSafely(file: string, text: string): ReturnType<typeof parseMarkdown> | undefined {
  try {
    return parseMarkdown(text);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}
