/**
 * Markdown through unified + remark-parse: one block per heading, paragraph,
 * list item and table cell, its text stripped of markup but mapped back to the
 * source, plus the YAML front matter if there is one.
 */
import type { Nodes, Parent, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { commentOf, splitLongBlock, type Block, type Comment, type Segment } from './article.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export interface MarkdownParts {
  readonly blocks: Block[];
  readonly comments: Comment[];
  readonly frontMatter?: { readonly value: string; readonly start: number };
}

export function parseMarkdown(text: string): MarkdownParts {
  const tree = parser.parse(text) as Root;
  const blocks: Block[] = [];
  const comments: Comment[] = [];
  let frontMatter: MarkdownParts['frontMatter'];
  let lists = 0;
  let tables = 0;

  // Depth first with a stack of its own, in document order: 5,000 nested block quotes would overflow the call stack.
  const stack: { node: Nodes; list?: Block['list'] }[] = [{ node: tree }];
  const later = (nodes: readonly { node: Nodes; list?: Block['list'] }[]) => stack.push(...[...nodes].reverse());
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { node, list } = next;
    switch (node.type) {
      case 'table': {
        const id = tables++;
        node.children.forEach((row, r) => row.children.forEach((cell, c) => {
          const block = inlineBlock('table-cell', cell, text);
          if (block) blocks.push({ ...block, table: { id, row: r, column: c } });
        }));
        break;
      }
      case 'html': {
        const comment = node.position ? commentOf(node.value, node.position.start.offset!) : undefined;
        if (comment) comments.push(comment);
        break;
      }
      case 'yaml':
        if (node.position) frontMatter = { value: node.value, start: node.position.start.offset! + text.slice(node.position.start.offset).indexOf('\n') + 1 };
        break;
      case 'heading':
      case 'paragraph': {
        const kind = list ? 'list-item' : node.type;
        const block = inlineBlock(kind, node, text, list);
        if (block) blocks.push(...splitLongBlock(block));
        break;
      }
      case 'list': {
        const id = lists++;
        later(node.children.flatMap((item) => item.children.map((child, i) => ({
          node: child as Nodes,
          ...(i === 0 ? { list: { id, ordered: node.ordered === true } } : {}),
        }))));
        break;
      }
      default:
        if ('children' in node) later((node as Parent).children.map((child) => ({ node: child as Nodes })));
    }
  }
  return { blocks, comments, frontMatter };
}

/**
 * Runs of `value` copied verbatim from source[start, end). The value can lack
 * what the source has — a continuation line's indentation or `> `, an escaping
 * backslash, the tail of a character reference — so the two are walked
 * together and each skipped stretch of source starts a new run.
 */
function alignSegments(value: string, source: string, start: number, end: number, at: number): Segment[] {
  const segments: Segment[] = [];
  let j = start;
  let current: { at: number; source: number; length: number } | undefined;
  for (let i = 0; i < value.length; i++) {
    // A character reference (`&nbsp;`, `&#97;`) stands for what the value has
    // here: skip both, so the text after it stays aligned.
    const decoded = source[j] === value[i] ? undefined : referenceAt(source, j, end, value, i);
    if (decoded) {
      j += decoded.sourceLength;
      i += decoded.valueLength - 1;
      current = undefined;
      continue;
    }
    while (j < end && source[j] !== value[i]) {
      j++;
      current = undefined;
    }
    if (j >= end) break; // the rest of the value has no verbatim source (a decoded reference)
    if (!current) {
      current = { at: at + i, source: j, length: 0 };
      segments.push(current);
    }
    current.length++;
    j++;
  }
  return segments;
}

const REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|[A-Za-z][A-Za-z0-9]{1,31});/y;

/**
 * The character reference at source[j], if the value at i is what it decodes
 * to: numeric ones are checked exactly, named ones stand for one character
 * (a surrogate pair counts as one).
 */
function referenceAt(source: string, j: number, end: number, value: string, i: number): { sourceLength: number; valueLength: number } | undefined {
  if (source[j] !== '&') return undefined;
  REFERENCE.lastIndex = j;
  const match = REFERENCE.exec(source);
  if (!match || j + match[0].length > end) return undefined;
  const code = match[1] !== undefined ? Number.parseInt(match[1], 10) : match[2] !== undefined ? Number.parseInt(match[2], 16) : undefined;
  if (code !== undefined) {
    const char = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
    // CommonMark turns controls and non-characters into U+FFFD.
    if (value.startsWith(char, i)) return { sourceLength: match[0].length, valueLength: char.length };
    return value[i] === '\uFFFD' ? { sourceLength: match[0].length, valueLength: 1 } : undefined;
  }
  if (value[i] === '&') return undefined; // not a reference after all: `&foo;` is kept as written
  const pair = /[\uD800-\uDBFF]/.test(value[i] ?? '') && /[\uDC00-\uDFFF]/.test(value[i + 1] ?? '');
  return { sourceLength: match[0].length, valueLength: pair ? 2 : 1 };
}

/** Concatenates the literal text under a node, recording where each run came from. */
function inlineBlock(kind: Block['kind'], node: Parent & Nodes, source: string, list?: Block['list']): Block | undefined {
  const segments: Segment[] = [];
  let text = '';
  const collect = (child: Nodes): void => {
    if (child.type === 'text' || child.type === 'inlineCode') {
      const start = child.position?.start.offset;
      const end = child.position?.end.offset;
      if (start === undefined || end === undefined) return;
      segments.push(...alignSegments(child.value, source, start, end, text.length));
      text += child.value;
      return;
    }
    if (child.type === 'break') {
      text += '\n';
      return;
    }
    if (child.type === 'image' || child.type === 'html' || child.type === 'footnoteReference') return;
    if ('children' in child) for (const grandchild of (child as Parent).children) collect(grandchild as Nodes);
  };
  for (const child of node.children) collect(child as Nodes);
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (!text.trim() || start === undefined || end === undefined) return undefined;
  return { kind, text, span: { start, end }, segments, ...(list ? { list } : {}) };
}
