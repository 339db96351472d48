/**
 * `--changed-since REF`: the articles a branch changed, so CI checks only
 * those. What counts as changed follows the pull request's own diff and
 * Jest's `--changedSince`:
 *
 * - everything changed since the merge base of REF and HEAD (`REF...HEAD`),
 *   so commits that landed on REF after the branch left it are not checked;
 * - plus uncommitted work — staged, unstaged and untracked (not ignored)
 *   files — so the same flag works on a laptop before committing; a CI
 *   checkout has none;
 * - added, copied, modified and renamed files (a rename by its new path);
 *   deleted files, files that no longer exist and files that are not
 *   articles (by the extension `findArticles` uses) are left out.
 *
 * git runs through execFile (no shell), so the ref is never interpreted by one.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ARTICLE_EXTENSIONS } from '../files.js';
import { UsageError } from './io.js';

const run = promisify(execFile);

export interface ChangedArticles {
  /** Absolute paths (spelt from `cwd`) of the changed articles that exist, sorted. */
  readonly files: string[];
  /** The commit the changes are counted from: the merge base of REF and HEAD. */
  readonly base: string;
}

export async function changedArticlesSince(ref: string, cwd: string): Promise<ChangedArticles> {
  // A ref starting with `-` would be read by git as an option.
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--changed-since: \`${ref}\` is not a git ref`);
  // The way from cwd up to the repository's top, so git's top-relative paths keep the caller's spelling of cwd.
  const up = (await git(['rev-parse', '--show-cdup'], cwd, notARepository(cwd))).trim();
  const top = path.resolve(cwd, up);
  await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top, unknownRef(ref));
  const base = (await git(['merge-base', ref, 'HEAD'], top, noMergeBase(ref))).trim();
  // Against the working tree, not HEAD: committed, staged and unstaged changes in one diff.
  const tracked = await git(['diff', '--name-only', '-z', '--diff-filter=ACMR', base, '--'], top, failed);
  const untracked = await git(['ls-files', '--others', '--exclude-standard', '-z'], top, failed);
  const names = new Set([...tracked.split('\0'), ...untracked.split('\0')].filter((name) => ARTICLE_EXTENSIONS.test(name)));
  const files: string[] = [];
  for (const name of names) {
    const file = path.join(top, name);
    if (await isFile(file)) files.push(file);
  }
  return { files: files.sort(), base };
}

/** The found articles that changed: both lists hold absolute paths resolved from the same cwd. */
export function onlyChanged(files: readonly string[], changed: ChangedArticles): string[] {
  const keep = new Set(changed.files);
  return files.filter((file) => keep.has(file));
}

type Explain = (stderr: string) => string;

async function git(args: readonly string[], cwd: string, explain: Explain): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } });
    return stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new UsageError('--changed-since: git is not installed (or not on PATH)');
    throw new UsageError(`--changed-since: ${explain(failure.stderr ?? '')}`);
  }
}

const notARepository = (cwd: string): Explain => (stderr) =>
  /not a git repository/i.test(stderr) ? `${cwd} is not inside a git repository` : failed(stderr);

// In CI the usual cause is a checkout that fetched only the branch's last commit.
const unknownRef = (ref: string): Explain => () =>
  `unknown git ref \`${ref}\` (in CI, fetch it first: actions/checkout with fetch-depth: 0)`;

const noMergeBase = (ref: string): Explain => (stderr) =>
  stderr.trim() === '' || /no merge base/i.test(stderr)
    ? `\`${ref}\` and HEAD have no common commit in this clone (a shallow clone? fetch the history: actions/checkout with fetch-depth: 0)`
    : failed(stderr);

function failed(stderr: string): string {
  const line = stderr.split('\n').find((l) => l.trim() !== '')?.trim();
  return `git failed${line ? `: ${line.replace(/^fatal: /, '')}` : ''}`;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
