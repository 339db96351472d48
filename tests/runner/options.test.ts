/**
 * --max-warnings N, and the one-line refusals of bad --jobs, --max-warnings
 * and --shard values (exit 2, nothing checked).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { scratch, SUPPRESSED_ARTICLE } from './corpus.js';

const STALE = '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n';

/** A folder whose check has `warnings` warnings and no error: stale counts at `warn`. */
function warnings(count: number): string {
  const dir = scratch('options');
  writeFileSync(path.join(dir, 'ledgerlint.config.yaml'), 'rules:\n  stale-count: warn\n');
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, `a${i}.md`), STALE);
  return dir;
}

describe('--max-warnings', () => {
  it('exits 1 when there are more warnings than N, saying so, after the whole report', async () => {
    const dir = warnings(3);
    const { code, stdout, stderr } = await runCli(['check', '.', '--max-warnings', '2'], dir);
    expect(code).toBe(1);
    expect(stderr).toBe('ledgerlint: 3 warnings, more than --max-warnings 2\n');
    expect(stdout).toContain('✖ 0 errors, 3 warnings in 3 files\n');
  });

  it('says "1 warning" for one', async () => {
    expect((await runCli(['check', '.', '--max-warnings', '0'], warnings(1))).stderr).toBe('ledgerlint: 1 warning, more than --max-warnings 0\n');
  });

  it('exits 0 with N warnings or fewer, or without the flag', async () => {
    const dir = warnings(3);
    for (const argv of [['--max-warnings', '3'], ['--max-warnings', '10'], ['--max-warnings=3'], []]) {
      const { code, stderr } = await runCli(['check', '.', ...argv], dir);
      expect({ code, stderr }, argv.join(' ')).toEqual({ code: 0, stderr: '' });
    }
    const none = scratch('options');
    writeFileSync(path.join(none, 'a.md'), '---\ndate: 2025-11-05\n---\nVietnam has comprehensive strategic partnerships with 14 countries.\n');
    expect((await runCli(['check', '.', '--max-warnings', '0'], none)).code).toBe(0);
  });

  it('counts input problems and directive problems as warnings, not suppressed findings', async () => {
    const dir = scratch('options');
    writeFileSync(path.join(dir, 'a.md'), SUPPRESSED_ARTICLE);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    // Stale counts at warn: one suppressed (not counted), one a warning; an unused suppression; an empty file.
    writeFileSync(path.join(dir, 'ledgerlint.config.yaml'), 'rules:\n  stale-count: warn\n');
    const { code, stderr } = await runCli(['check', '.', '--max-warnings', '2'], dir);
    expect({ code, stderr }).toEqual({ code: 1, stderr: 'ledgerlint: 3 warnings, more than --max-warnings 2\n' });
    expect((await runCli(['check', '.', '--max-warnings', '3'], dir)).code).toBe(0);
  });

  it('leaves exit 1 (errors) and 2 (unusable input) as they are, without its line', async () => {
    const errors = scratch('options');
    writeFileSync(path.join(errors, 'a.md'), STALE);
    writeFileSync(path.join(errors, 'empty.txt'), '');
    expect(await runCli(['check', '.', '--max-warnings', '0'], errors)).toMatchObject({ code: 1, stderr: '' });
    const unusable = warnings(2);
    writeFileSync(path.join(unusable, 'binary.txt'), Buffer.from([0x41, 0x00]));
    expect(await runCli(['check', '.', '--max-warnings', '0'], unusable)).toMatchObject({ code: 2, stderr: '' });
  });
});

describe('bad values are refused with one line and exit 2', () => {
  const cases: [string[], string][] = [
    [['--jobs', '0'], '--jobs: expected a whole number of at least 1, got `0`'],
    [['--jobs', 'two'], '--jobs: expected a whole number of at least 1, got `two`'],
    [['--jobs', '1.5'], '--jobs: expected a whole number of at least 1, got `1.5`'],
    [['--jobs='], '--jobs: expected a whole number of at least 1, got ``'],
    [['--jobs=-2'], '--jobs: expected a whole number of at least 1, got `-2`'],
    [['-j', ' 2'], '--jobs: expected a whole number of at least 1, got ` 2`'],
    [['--jobs', '-2'], "Option '--jobs' argument is ambiguous."],
    [['--max-warnings', 'none'], '--max-warnings: expected a whole number of at least 0, got `none`'],
    [['--max-warnings=-1'], '--max-warnings: expected a whole number of at least 0, got `-1`'],
    [['--max-warnings', '1e3'], '--max-warnings: expected a whole number of at least 0, got `1e3`'],
    [['--shard', '0/3'], '--shard: `0/3`: the shard index must be from 1 to 3'],
    [['--shard', '4/3'], '--shard: `4/3`: the shard index must be from 1 to 3'],
    [['--shard', '1/0'], '--shard: `1/0`: the shard count must be at least 1'],
    [['--shard', '2'], '--shard: `2` is not a shard: expected INDEX/COUNT, such as 1/4'],
    [['--shard', '1-3'], '--shard: `1-3` is not a shard: expected INDEX/COUNT, such as 1/4'],
    [['--shard', 'one/three'], '--shard: `one/three` is not a shard: expected INDEX/COUNT, such as 1/4'],
    [['--shard='], '--shard: `` is not a shard: expected INDEX/COUNT, such as 1/4'],
  ];
  for (const [argv, message] of cases) {
    it(argv.join(' '), async () => {
      const dir = scratch('options');
      writeFileSync(path.join(dir, 'a.md'), STALE);
      expect(await runCli(['check', 'a.md', ...argv], dir)).toEqual({ code: 2, stdout: '', stderr: `ledgerlint: ${message}\n` });
    });
  }
});
