/** One article's bytes to its slimmed result: the step the main thread and the workers share. */
import { asOfOptions, checkArticle, type FileResult } from '../check.js';
import type { Lexicon } from '../extract/index.js';
import { describeFsError } from '../fs-error.js';
import type { ArticleOptions } from './options.js';
import { slim } from './slim.js';

export async function checkBytes(file: string, bytes: Uint8Array, lexicon: Lexicon, options: ArticleOptions): Promise<FileResult> {
  return slim(await checkArticle(file, bytes, lexicon, { ...asOfOptions(options.asOf), rules: options.rules }));
}

export function unreadable(file: string, error: unknown): FileResult {
  return { path: file, claims: [], verdicts: [], findings: [], problems: [{ file, message: `cannot read: ${describeFsError(error)}`, severity: 'error' }] };
}
