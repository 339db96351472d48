/**
 * What a run keeps of each article once it is judged. Reporters read the
 * text, title and dates but never the blocks, which are most of an
 * article's memory: dropping them lets a large archive be held for the
 * report, and keeps worker messages and the cache small.
 */
import type { FileResult } from '../check.js';

export function slim(result: FileResult): FileResult {
  if (!result.article) return result;
  return { ...result, article: { ...result.article, blocks: [], comments: [] } };
}
