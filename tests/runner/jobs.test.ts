/**
 * --jobs N: checking in worker threads (which load dist/runner/worker.js, so
 * dist/ must be built: `npm test` builds first) gives byte-identical reports
 * to checking in this thread, for every format, with every kind of bad input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { CAN_MAKE_UNREADABLE, corpus, corpusFiles, repo, reports, scratch, type Reports } from './corpus.js';

describe('--jobs', () => {
  let dir: string;
  const runs = new Map<number, Reports>();

  beforeAll(async () => {
    expect(existsSync(path.join(repo, 'dist/runner/worker.js')), 'dist/ is built (npm run build)').toBe(true);
    dir = corpus();
    for (const jobs of [1, 2, 3]) runs.set(jobs, await reports(['.', '--as-of', '2025-06', '--jobs', String(jobs)], dir));
  }, 180_000);

  it('checks a corpus of every kind of input (≥ 8 articles)', () => {
    const single = runs.get(1)!;
    expect(single.code).toBe(2);
    const report = JSON.parse(single.json);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(corpusFiles());
    expect(report.summary).toMatchObject({ files: corpusFiles().length, suppressed: 1, unusable: CAN_MAKE_UNREADABLE ? 3 : 2 });
    const problems = report.files.flatMap((f: { path: string; problems: { message: string }[] }) => f.problems.map((p) => `${f.path}: ${p.message}`));
    expect(problems).toEqual([
      'generated/binary.txt: binary file (NUL byte at offset 1): expected text',
      'generated/broken-link.md: cannot read: no such file or directory',
      'generated/empty.txt: empty file: nothing to check',
      'generated/suppressed.md: unused `ledgerlint-disable-next-line`: no `wrong-date` finding in the text that follows',
      ...(CAN_MAKE_UNREADABLE ? ['generated/unreadable.md: cannot read: permission denied'] : []),
    ]);
    // The config's level reached every article: count-list-mismatch is a warning.
    const severities = report.files.flatMap((f: { verdicts: { ruleId: string; severity?: string }[] }) => f.verdicts.filter((v) => v.ruleId === 'count-list-mismatch' && v.severity).map((v) => v.severity));
    expect(severities.length).toBeGreaterThan(0);
    expect(new Set(severities)).toEqual(new Set(['warning']));
  });

  it.skipIf(CAN_MAKE_UNREADABLE)('cannot make an unreadable file here (running as root): the broken link stands in for it', () => {
    expect(CAN_MAKE_UNREADABLE).toBe(false);
  });

  for (const jobs of [2, 3]) {
    it(`--jobs ${jobs} writes the same bytes as --jobs 1: JSON, SARIF, HTML and Markdown, and exits the same`, () => {
      const single = runs.get(1)!;
      const parallel = runs.get(jobs)!;
      expect(parallel.code).toBe(single.code);
      expect(parallel.json).toBe(single.json);
      expect(parallel.sarif).toBe(single.sarif);
      expect(parallel.html).toBe(single.html);
      expect(parallel.markdown).toBe(single.markdown);
    });
  }

  it('more jobs than files, and one file with --jobs, are the same as --jobs 1', async () => {
    const small = scratch('jobs');
    writeFileSync(path.join(small, 'a.md'), '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n');
    writeFileSync(path.join(small, 'b.txt'), 'Vietnam has comprehensive strategic partnerships with 14 countries.\n');
    const one = await runCli(['check', '.', '--format', 'json'], small);
    expect(one.code).toBe(1);
    expect(await runCli(['check', '.', '--format', 'json', '--jobs', '8'], small)).toEqual(one);
    expect(await runCli(['check', 'a.md', '--format', 'json', '--jobs', '4'], small)).toEqual(await runCli(['check', 'a.md', '--format', 'json'], small));
  }, 60_000);

  it('a large archive with --jobs and --cache does not run out of file handles (ulimit -n 256, 600 files)', () => {
    const many = scratch('many');
    for (let i = 0; i < 600; i++) writeFileSync(path.join(many, `a${i}.txt`), 'Vietnam has comprehensive strategic partnerships with 14 countries.\n');
    const bin = path.join(repo, 'dist/cli/bin.js');
    const run = spawnSync('sh', ['-c', `ulimit -n 256 && exec "${process.execPath}" "${bin}" check . --no-config --jobs 2 --cache --cache-location "${path.join(scratch('many-cache'), 'cache')}"`], { cwd: many, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('✔ 0 errors, 0 warnings in 600 files\n600 claims checked, 600 verdicts: 0 supported, 0 refuted, 600 unverifiable\n');
    expect(run.status).toBe(0);
  }, 60_000);
});
