/**
 * Which files a run checks: the config's `include` and `ignore` and the
 * .ledgerlintignore beside it, gitignore-style and relative to the config's
 * folder; a named file that is ignored is skipped with a warning; --no-ignore.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'ledgerlint-files-'));
}

function write(dir: string, file: string, text: string): void {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}

/** A true claim: quick to check, and silent. */
const TRUE = '---\ndate: 2025-11-05\n---\nVietnam has comprehensive strategic partnerships with 14 countries.\n';

const IGNORED = 'not checked: it matches an ignore pattern (config `ignore` or .ledgerlintignore)';

/** The paths the JSON report lists, run from `cwd`. */
async function checked(argv: string[], cwd: string): Promise<{ code: number; files: string[]; problems: string[] }> {
  const { code, stdout, stderr } = await runCli(['check', ...argv, '--format', 'json'], cwd);
  expect(stderr).toBe('');
  const report = JSON.parse(stdout) as { files: { path: string }[]; problems: { file: string; severity: string; message: string }[] };
  return { code, files: report.files.map((f) => f.path), problems: report.problems.map((p) => `${p.file}: ${p.severity}: ${p.message}`) };
}

/** An archive of articles, some of which the config and .ledgerlintignore keep out. */
function newsroom(): string {
  const dir = scratch();
  for (const file of [
    'articles/a.md',
    'articles/b.draft.md',
    'articles/2024/c.txt',
    'archive/old.md',
    'archive/2019/older.txt',
    'top-only.md',
    'desk/top-only.md',
    'private/secret.md',
    'private/keep.md',
    'notes.txt',
  ]) write(dir, file, TRUE);
  write(dir, 'ledgerlint.config.yaml', 'ignore:\n  - archive/\n  - "*.draft.md"\n  - /top-only.md\n');
  write(dir, '.ledgerlintignore', '# private notes, except one\r\nprivate/*\r\n\r\n!private/keep.md\r\n');
  return dir;
}

describe('include and ignore', () => {
  it('skip what the config and .ledgerlintignore ignore when folders are searched', async () => {
    const dir = newsroom();
    expect(await checked(['.'], dir)).toEqual({
      code: 0,
      files: ['articles/2024/c.txt', 'articles/a.md', 'desk/top-only.md', 'notes.txt', 'private/keep.md'],
      problems: [],
    });
  });

  it('read patterns relative to the config\'s folder, from whatever folder the run starts in', async () => {
    const dir = newsroom();
    expect((await checked(['.'], path.join(dir, 'articles'))).files).toEqual(['2024/c.txt', 'a.md']);
    expect((await checked(['..'], path.join(dir, 'desk'))).files.map((f) => path.relative(dir, path.resolve(dir, 'desk', f)))).toEqual([
      'articles/2024/c.txt', 'articles/a.md', 'desk/top-only.md', 'notes.txt', 'private/keep.md',
    ]);
  });

  it('reads .ledgerlintignore only beside the config, not in the working folder', async () => {
    const dir = newsroom();
    write(dir, 'articles/.ledgerlintignore', 'a.md\n');
    expect((await checked(['.'], path.join(dir, 'articles'))).files).toEqual(['2024/c.txt', 'a.md']);
  });

  it('with --no-config, reads .ledgerlintignore in the working folder', async () => {
    const dir = newsroom();
    expect((await checked(['.', '--no-config'], dir)).files).toEqual([
      'archive/2019/older.txt', 'archive/old.md', 'articles/2024/c.txt', 'articles/a.md', 'articles/b.draft.md', 'desk/top-only.md', 'notes.txt', 'private/keep.md', 'top-only.md',
    ]);
  });

  it('`include` narrows a folder search; a file named on the command line is checked all the same', async () => {
    const dir = newsroom();
    write(dir, 'ledgerlint.config.yaml', 'include:\n  - "articles/**/*.md"\nignore:\n  - "*.draft.md"\n');
    expect((await checked(['.'], dir)).files).toEqual(['articles/a.md']);
    expect((await checked(['notes.txt', 'articles'], dir)).files).toEqual(['articles/a.md', 'notes.txt']);
  });

  it('an ignored file named on the command line is not checked, with a warning', async () => {
    const dir = newsroom();
    const { code, stdout, stderr } = await runCli(['check', 'archive/old.md', 'articles/a.md', 'private/secret.md'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe([
      `archive/old.md: warning: ${IGNORED}`,
      `private/secret.md: warning: ${IGNORED}`,
      '',
      '✖ 0 errors, 2 warnings in 1 file',
      '1 claim checked, 1 verdict: 1 supported, 0 refuted, 0 unverifiable',
      '',
    ].join('\n'));
  });

  it('a folder named on the command line whose articles are all ignored says so', async () => {
    const dir = newsroom();
    expect(await checked(['archive'], dir)).toEqual({
      code: 0,
      files: [],
      problems: ['archive: warning: not checked: every article in it matches an ignore pattern or no include pattern (config or .ledgerlintignore)'],
    });
    write(dir, 'empty/readme.json', '{}');
    expect((await checked(['empty'], dir)).problems).toEqual(['empty: warning: no articles found: expected .md or .txt files']);
  });

  it('--no-ignore checks everything, named or found, with no warning', async () => {
    const dir = newsroom();
    expect(await checked(['.', 'archive/old.md', '--no-ignore'], dir)).toEqual({
      code: 0,
      files: [
        'archive/2019/older.txt', 'archive/old.md', 'articles/2024/c.txt', 'articles/a.md', 'articles/b.draft.md', 'desk/top-only.md',
        'notes.txt', 'private/keep.md', 'private/secret.md', 'top-only.md',
      ],
      problems: [],
    });
  });

  it('patterns do not reach files outside the config\'s folder', async () => {
    const dir = scratch();
    write(dir, 'project/ledgerlint.config.yaml', 'include:\n  - "articles/"\nignore:\n  - "*.md"\n');
    write(dir, 'elsewhere/a.md', TRUE);
    write(dir, 'elsewhere/b.txt', TRUE);
    const cwd = path.join(dir, 'project');
    expect((await checked(['../elsewhere/a.md'], cwd)).files).toEqual([path.join(dir, 'elsewhere/a.md')]);
    expect((await checked(['../elsewhere'], cwd)).files).toEqual([path.join(dir, 'elsewhere/a.md'), path.join(dir, 'elsewhere/b.txt')]);
  });

  it('a file whose name starts with two dots is inside the folder, and patterns reach it', async () => {
    const dir = scratch();
    write(dir, 'ledgerlint.config.yaml', 'ignore:\n  - "..draft.md"\n');
    write(dir, '..draft.md', TRUE);
    write(dir, 'a.md', TRUE);
    expect((await checked(['.'], dir)).files).toEqual(['a.md']);
  });

  it('a .ledgerlintignore that cannot be read stops the run with one line', async () => {
    const dir = scratch();
    write(dir, 'a.md', TRUE);
    mkdirSync(path.join(dir, '.ledgerlintignore'));
    expect(await runCli(['check', 'a.md'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: '.ledgerlintignore: error: cannot read: is a directory, expected a file\nledgerlint: the config cannot be used\n',
    });
    // …unless ignores are not read at all.
    expect((await runCli(['check', 'a.md', '--no-ignore'], dir)).code).toBe(0);
  });
});
