/**
 * Plain text: every non-empty line is a block, trimmed, with its offsets;
 * except a line that is an HTML comment, which is a directive to ledgerlint or
 * a note, not the article's words.
 */
import { commentOf, splitLongBlock, verbatimBlock, type Block, type Comment } from './article.js';

export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const line = match[0];
    const lead = line.length - line.trimStart().length;
    const content = line.trim();
    if (content && !commentOf(content, 0)) blocks.push(...splitLongBlock(verbatimBlock('line', content, match.index + lead)));
  }
  return blocks;
}

/** Lines that are an HTML comment and nothing else. */
export function plainTextComments(text: string): Comment[] {
  const comments: Comment[] = [];
  for (const match of text.matchAll(/^[ \t]*<!--[^\r\n]*$/gm)) {
    const comment = commentOf(match[0], match.index);
    if (comment) comments.push(comment);
  }
  return comments;
}
