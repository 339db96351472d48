/**
 * Which files a run checks: the paths given, with folders searched for
 * articles (Markdown and plain text). A path that cannot be used becomes a
 * problem for that path; the others are still checked.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from './ledger/read.js';
import type { Problem } from './problem.js';

export const ARTICLE_EXTENSIONS = /\.(?:md|markdown|mdx|txt|text)$/i;

export async function findArticles(paths: readonly string[]): Promise<{ files: string[]; problems: Problem[] }> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  for (const given of paths) {
    try {
      const info = await stat(given);
      if (info.isFile()) {
        files.add(given);
        continue;
      }
      const entries = await readdir(given, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((e) => !e.isDirectory() && ARTICLE_EXTENSIONS.test(e.name) && !e.parentPath.split(path.sep).includes('node_modules'))
        .map((e) => path.join(e.parentPath, e.name));
      if (found.length === 0) problems.push({ file: given, message: 'no articles found: expected .md or .txt files', severity: 'warning' });
      for (const file of found) files.add(file);
    } catch (error) {
      // A shell passes a pattern that matched nothing as it is: say so rather than only "no such file".
      const pattern = (error as NodeJS.ErrnoException).code === 'ENOENT' && /[*?[\]{}]/.test(path.basename(given))
        ? ' (a pattern that matched no file: ledgerlint does not expand patterns; give a folder to search it)'
        : '';
      problems.push({ file: given, message: `cannot read: ${describeFsError(error)}${pattern}`, severity: 'error' });
    }
  }
  // Sorted so the same tree gives the same report, whatever order the disk lists it in.
  return { files: [...files].sort(), problems };
}
