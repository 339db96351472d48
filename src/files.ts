/**
 * Which files a run checks: the paths given, with folders searched for
 * articles (Markdown and plain text), less what the config and
 * .ledgerlintignore exclude. A path that cannot be used becomes a problem for
 * that path; the others are still checked.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describeFsError } from './fs-error.js';
import { UnusableInputError, type Problem } from './problem.js';

export const ARTICLE_EXTENSIONS = /\.(?:md|markdown|mdx|txt|text)$/i;
export const IGNORE_FILE = '.ledgerlintignore';

/** gitignore-style patterns, relative to `root`, that narrow what folders yield. */
export interface ArticleFilter {
  readonly root: string;
  /** Files found in folders must match one of these, when given. */
  readonly include?: readonly string[];
  /** Files never checked, even when named. */
  readonly ignore?: readonly string[];
}

export async function findArticles(paths: readonly string[], filter?: ArticleFilter): Promise<{ files: string[]; problems: Problem[] }> {
  const files = new Set<string>();
  const problems: Problem[] = [];
  const matches = filter ? matcher(filter) : undefined;
  for (const given of paths) {
    try {
      const info = await stat(given);
      if (info.isFile()) {
        if (matches?.ignored(given)) problems.push({ file: given, message: 'not checked: it matches an ignore pattern (config `ignore` or .ledgerlintignore)', severity: 'warning' });
        else files.add(given);
        continue;
      }
      const entries = await readdir(given, { recursive: true, withFileTypes: true });
      const articles = entries
        .filter((e) => !e.isDirectory() && ARTICLE_EXTENSIONS.test(e.name) && !e.parentPath.split(path.sep).includes('node_modules'))
        .map((e) => path.join(e.parentPath, e.name));
      const found = articles.filter((file) => !matches || (matches.included(file) && !matches.ignored(file)));
      if (found.length === 0) {
        // Articles that the patterns all left out are not "no articles": say which it is.
        const message = articles.length === 0
          ? 'no articles found: expected .md or .txt files'
          : 'not checked: every article in it matches an ignore pattern or no include pattern (config or .ledgerlintignore)';
        problems.push({ file: given, message, severity: 'warning' });
      }
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

/** The patterns of .ledgerlintignore in `root`, or none when there is no such file. */
export async function readIgnoreFile(root: string): Promise<string[]> {
  const file = path.join(root, IGNORE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UnusableInputError([{ file, message: `cannot read: ${describeFsError(error)}`, severity: 'error' }], 'the config');
  }
  return text.split(/\r\n|\r|\n/);
}

function matcher(filter: ArticleFilter) {
  const ignored = ignore().add([...(filter.ignore ?? [])]);
  const included: Ignore | undefined = filter.include ? ignore().add([...filter.include]) : undefined;
  // Patterns speak of files under the root; a file elsewhere is outside their reach.
  const relative = (file: string) => {
    const rel = path.relative(filter.root, file);
    const outside = rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
    return outside ? undefined : rel.split(path.sep).join('/');
  };
  return {
    ignored: (file: string) => {
      const rel = relative(file);
      return rel !== undefined && ignored.ignores(rel);
    },
    included: (file: string) => {
      const rel = relative(file);
      return !included || rel === undefined || included.ignores(rel);
    },
  };
}
