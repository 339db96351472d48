/** Plain text: every non-empty line is a block, trimmed, with its offsets. */
import { splitLongBlock, verbatimBlock, type Block } from './article.js';

export function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const match of text.matchAll(/[^\r\n]+/g)) {
    const line = match[0];
    const lead = line.length - line.trimStart().length;
    const content = line.trim();
    if (content) blocks.push(...splitLongBlock(verbatimBlock('line', content, match.index + lead)));
  }
  return blocks;
}
