/**
 * `--changed-since REF` on real git repositories in temporary folders:
 * what a branch changed since it left REF, plus uncommitted work; renames by
 * their new path; deleted and non-article files left out; clear reasons for
 * a bad ref, a folder outside git, and a clone without the common commit.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedArticlesSince, onlyChanged } from '../../src/cli/changed-files.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function write(dir: string, file: string, text = `${file}\n`): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

function commitAll(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

/** A repository on `main` with three articles and a non-article, committed. */
function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-git-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Test');
  git(dir, 'config', 'user.email', 'test@example.com');
  git(dir, 'config', 'commit.gpgsign', 'false');
  write(dir, 'news/kept.md');
  write(dir, 'news/edited.md');
  write(dir, 'news/moved.txt', 'a plain-text article long enough for git to see the rename\n'.repeat(5));
  write(dir, 'news/gone.md');
  write(dir, 'notes.json', '{}\n');
  commitAll(dir, 'start');
  return dir;
}

/** Relative to `dir`, for readable expectations. */
const relative = (dir: string, files: readonly string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

describe('changedArticlesSince', () => {
  it('gives the branch\'s added, modified and renamed articles, not deleted or non-article files', async () => {
    const dir = repository();
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'news/edited.md', 'edited\n');
    write(dir, 'news/new.markdown');
    renameSync(path.join(dir, 'news/moved.txt'), path.join(dir, 'news/renamed.txt'));
    rmSync(path.join(dir, 'news/gone.md'));
    write(dir, 'notes.json', '{"changed": true}\n');
    write(dir, 'script.ts', 'export {};\n');
    commitAll(dir, 'feature work');
    expect(git(dir, 'diff', '--name-status', '-M', 'main...HEAD').split('\n')).toContain('R100\tnews/moved.txt\tnews/renamed.txt');
    const changed = await changedArticlesSince('main', dir);
    expect(relative(dir, changed.files)).toEqual(['news/edited.md', 'news/new.markdown', 'news/renamed.txt']);
    expect(changed.base).toBe(git(dir, 'rev-parse', 'main').trim());
  });

  it('counts from the merge base: what landed on the ref after the branch left it is not the branch\'s change', async () => {
    const dir = repository();
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'news/edited.md', 'on the branch\n');
    commitAll(dir, 'branch');
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'news/kept.md', 'changed on main later\n');
    commitAll(dir, 'main moves on');
    git(dir, 'checkout', '-q', 'feature');
    const changed = await changedArticlesSince('main', dir);
    expect(relative(dir, changed.files)).toEqual(['news/edited.md']);
  });

  it('adds uncommitted work: staged, unstaged and untracked articles, not ignored or deleted ones', async () => {
    const dir = repository();
    write(dir, '.gitignore', 'drafts/\n');
    commitAll(dir, 'ignore drafts');
    write(dir, 'news/edited.md', 'unstaged edit\n');
    write(dir, 'news/staged.md');
    git(dir, 'add', 'news/staged.md');
    write(dir, 'news/untracked.txt');
    write(dir, 'drafts/ignored.md');
    rmSync(path.join(dir, 'news/gone.md'));
    const changed = await changedArticlesSince('HEAD', dir);
    expect(relative(dir, changed.files)).toEqual(['news/edited.md', 'news/staged.md', 'news/untracked.txt']);
  });

  it('gives nothing when nothing changed', async () => {
    const dir = repository();
    expect((await changedArticlesSince('main', dir)).files).toEqual([]);
  });

  it('spells paths from the folder it runs in, also below the repository\'s top', async () => {
    const dir = repository();
    write(dir, 'news/edited.md', 'edited\n');
    write(dir, 'other/article.md');
    const cwd = path.join(dir, 'news');
    const changed = await changedArticlesSince('main', cwd);
    expect(changed.files).toEqual([path.join(cwd, 'edited.md'), path.join(cwd, '..', 'other', 'article.md')]);
  });

  it('keeps only the found articles that changed', async () => {
    const dir = repository();
    write(dir, 'news/edited.md', 'edited\n');
    const changed = await changedArticlesSince('main', dir);
    const found = ['news/edited.md', 'news/kept.md'].map((f) => path.join(dir, f));
    expect(onlyChanged(found, changed)).toEqual([path.join(dir, 'news/edited.md')]);
  });

  it('refuses an unknown ref with its name and the usual CI cause', async () => {
    const dir = repository();
    await expect(changedArticlesSince('foo', dir)).rejects.toThrow(
      '--changed-since: unknown git ref `foo` (in CI, fetch it first: actions/checkout with fetch-depth: 0)',
    );
  });

  it('refuses a ref that git would read as an option', async () => {
    const dir = repository();
    await expect(changedArticlesSince('--output=/tmp/x', dir)).rejects.toThrow('--changed-since: `--output=/tmp/x` is not a git ref');
  });

  it('refuses a folder outside any git repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-nogit-'));
    await expect(changedArticlesSince('main', dir)).rejects.toThrow(`--changed-since: ${dir} is not inside a git repository`);
  });

  it('explains a ref with no common commit (as in a shallow clone)', async () => {
    const dir = repository();
    git(dir, 'checkout', '-q', '--orphan', 'unrelated');
    commitAll(dir, 'a history of its own');
    await expect(changedArticlesSince('main', dir)).rejects.toThrow(
      '--changed-since: `main` and HEAD have no common commit in this clone (a shallow clone? fetch the history: actions/checkout with fetch-depth: 0)',
    );
  });
});
