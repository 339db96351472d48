/**
 * ledgerlint.config.yaml: where it is found (the working folder or one above,
 * --config, none with --no-config), what each key does, and how a bad one is
 * refused: every problem at file:line:col, then one closing line, exit 2.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const repo = path.resolve(import.meta.dirname, '../..');

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'ledgerlint-config-'));
}

function write(dir: string, file: string, text: string): string {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  return full;
}

/** Dated 2025-02-27, when Vietnam had ten such partners by country: one stale-count error, nothing else. */
const STALE = '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n';
const STALE_LINE = '`nine` countries as of 2025-02-27 (front-matter): the ledger has `10` countries at that date; nine was true from 2024-11-21 to 2025-02-25 (suggest: ten countries)  stale-count';
/** The second line of a finding: how the sentence was read. */
const READ_AS = '    read as: the number of countries of `vietnam-csp` on 2025-02-27 (front-matter) is 9; collection: named in the sentence';
/** Undated: judged only with an as-of date; 14 countries is true from 2025-10-29 and false in March 2025. */
const UNDATED = 'Vietnam has comprehensive strategic partnerships with 14 countries.\n';

const CLOSING = 'ledgerlint: the config cannot be used\n';

describe('finding the config', () => {
  it('reads ledgerlint.config.yaml in the working folder', async () => {
    const dir = scratch();
    write(dir, 'a.md', STALE);
    write(dir, 'ledgerlint.config.yaml', 'rules:\n  stale-count: warn\n');
    const { code, stdout, stderr } = await runCli(['check', 'a.md'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(`a.md:4:55  warning  ${STALE_LINE}\n${READ_AS}\n\n✖ 0 errors, 1 warning in 1 file\n1 claim checked, 1 verdict: 0 supported, 1 refuted, 0 unverifiable\n`);
  });

  it('reads the nearest one in a folder above, and .yml as well as .yaml', async () => {
    const dir = scratch();
    write(dir, 'ledgerlint.config.yml', 'rules:\n  stale-count: off\n');
    write(dir, 'desk/ledgerlint.config.yaml', 'rules:\n  stale-count: warn\n');
    write(dir, 'desk/today/a.md', STALE);
    write(dir, 'archive/a.md', STALE);
    const nearest = await runCli(['check', 'a.md'], path.join(dir, 'desk/today'));
    expect(nearest.code).toBe(0);
    expect(nearest.stdout).toContain('a.md:4:55  warning  ');
    const above = await runCli(['check', 'a.md'], path.join(dir, 'archive'));
    expect(above.code).toBe(0);
    expect(above.stdout).toBe('✔ 0 errors, 0 warnings in 1 file\n1 claim checked, 1 verdict: 0 supported, 1 refuted, 0 unverifiable\n');
  });

  it('prefers .yaml to .yml in the same folder', async () => {
    const dir = scratch();
    write(dir, 'ledgerlint.config.yaml', 'rules:\n  stale-count: warn\n');
    write(dir, 'ledgerlint.config.yml', 'rules:\n  stale-count: off\n');
    write(dir, 'a.md', STALE);
    expect((await runCli(['check', 'a.md'], dir)).stdout).toContain('a.md:4:55  warning  ');
  });

  it('reads --config FILE (relative to the working folder) instead of the nearest', async () => {
    const dir = scratch();
    write(dir, 'ledgerlint.config.yaml', 'rules:\n  stale-count: warn\n');
    write(dir, 'strict/ci.yaml', 'rules:\n  stale-count: error\n');
    write(dir, 'a.md', STALE);
    const { code, stdout } = await runCli(['check', 'a.md', '--config', 'strict/ci.yaml'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain(`a.md:4:55  error  ${STALE_LINE}\n`);
  });

  it('reads none with --no-config, even when one is there', async () => {
    const dir = scratch();
    write(dir, 'ledgerlint.config.yaml', 'rules: [this is not a config\n');
    write(dir, 'a.md', STALE);
    const { code, stdout, stderr } = await runCli(['check', 'a.md', '--no-config'], dir);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toContain(`a.md:4:55  error  ${STALE_LINE}\n`);
  });

  it('refuses a --config that cannot be read', async () => {
    const dir = scratch();
    write(dir, 'a.md', STALE);
    expect(await runCli(['check', 'a.md', '--config', 'missing.yaml'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: `missing.yaml: error: cannot read: no such file or directory\n${CLOSING}`,
    });
  });

  it('treats an empty file, or one of comments only, as no config', async () => {
    const dir = scratch();
    write(dir, 'a.md', STALE);
    const none = await runCli(['check', 'a.md', '--no-config'], dir);
    for (const text of ['', '# nothing yet\n', 'rules:\n  # stale-count: off\ninclude:\nignore:\n']) {
      write(dir, 'ledgerlint.config.yaml', text);
      expect(await runCli(['check', 'a.md'], dir), JSON.stringify(text)).toEqual(none);
    }
  });
});

describe('what the keys do', () => {
  it('`paths` is what `check` checks without arguments, relative to the config file', async () => {
    const dir = scratch();
    write(dir, 'ledgerlint.config.yaml', 'paths:\n  - articles\n');
    write(dir, 'articles/a.md', STALE);
    write(dir, 'elsewhere/b.md', STALE);
    const { code, stdout } = await runCli(['check'], path.join(dir, 'elsewhere'));
    expect(code).toBe(1);
    // A file outside the working folder is named by its absolute path.
    expect(stdout).toBe(`${dir}/articles/a.md:4:55  error  ${STALE_LINE}\n${READ_AS}\n\n✖ 1 error, 0 warnings in 1 file\n1 claim checked, 1 verdict: 0 supported, 1 refuted, 0 unverifiable\n`);
    // Paths on the command line win, relative to the working folder.
    expect((await runCli(['check', 'b.md'], path.join(dir, 'elsewhere'))).stdout).toContain(`b.md:4:55  error  ${STALE_LINE}\n`);
  });

  it('without `paths` or arguments, `check` asks for a path', async () => {
    const dir = scratch();
    write(dir, 'ledgerlint.config.yaml', 'rules:\n  stale-count: warn\n');
    expect(await runCli(['check'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: check: give at least one file or folder to check (or `paths` in ledgerlint.config.yaml)\n',
    });
  });

  it('`ledger` is a folder relative to the config file; --ledger, relative to the working folder, wins', async () => {
    const dir = scratch();
    write(dir, 'ledgerlint.config.yaml', 'ledger: no-such-ledger\n');
    write(dir, 'desk/a.md', STALE);
    const fromConfig = await runCli(['check', 'a.md'], path.join(dir, 'desk'));
    expect(fromConfig).toEqual({
      code: 2,
      stdout: '',
      stderr: `${dir}/no-such-ledger: error: no such file or directory\nledgerlint: the ledger cannot be used; run \`ledgerlint ledger validate\` for details\n`,
    });
    const fromFlag = await runCli(['check', 'a.md', '--ledger', path.join(repo, 'ledger')], path.join(dir, 'desk'));
    expect(fromFlag.code).toBe(1);
    expect(fromFlag.stdout).toContain(`a.md:4:55  error  ${STALE_LINE}\n`);
  });

  it('`asOf` judges undated articles; --as-of wins', async () => {
    const dir = scratch();
    write(dir, 'undated.txt', UNDATED);
    write(dir, 'ledgerlint.config.yaml', 'asOf: 2025-11\n');
    expect((await runCli(['check', 'undated.txt'], dir)).code).toBe(0);
    expect((await runCli(['check', 'undated.txt', '--as-of', '2025-03'], dir)).code).toBe(1);
    write(dir, 'ledgerlint.config.yaml', 'asOf: today\n');
    expect((await runCli(['check', 'undated.txt'], dir)).stdout).toContain('1 supported');
    write(dir, 'ledgerlint.config.yaml', 'asOf: 2025-03\n');
    expect((await runCli(['check', 'undated.txt'], dir)).code).toBe(1);
  });

  it('rule levels: `off` drops the finding, `warn` makes it a warning (exit 0), `error` an error', async () => {
    const dir = scratch();
    write(dir, 'a.md', STALE);
    const levels = async (level: string) => {
      write(dir, 'ledgerlint.config.yaml', `rules:\n  stale-count: ${level}\n`);
      const { code, stdout } = await runCli(['check', 'a.md'], dir);
      return { code, headline: stdout.split('\n').find((l) => /^[✔✖]/.test(l)) };
    };
    expect(await levels('off')).toEqual({ code: 0, headline: '✔ 0 errors, 0 warnings in 1 file' });
    expect(await levels('warn')).toEqual({ code: 0, headline: '✖ 0 errors, 1 warning in 1 file' });
    expect(await levels('error')).toEqual({ code: 1, headline: '✖ 1 error, 0 warnings in 1 file' });
  });
});

describe('a config that cannot be used', () => {
  it('lists every unknown key and wrong type at file:line:col, then one closing line, and checks nothing', async () => {
    const dir = scratch();
    write(dir, 'a.md', STALE);
    write(dir, 'ledgerlint.config.yaml', [
      'ledgr: ledger',
      'paths: articles',
      'include:',
      '  - ""',
      'ignore: [3]',
      'asOf: 2025-13',
      'rules:',
      '  wrong-date: warning',
      '  stale-count: true',
      '',
    ].join('\n'));
    const { code, stdout, stderr } = await runCli(['check', 'a.md'], dir);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr.split('\n')).toEqual([
      'ledgerlint.config.yaml:2:8: error: `paths`: Invalid input: expected array, received string',
      'ledgerlint.config.yaml:4:5: error: `include.0`: a pattern cannot be empty',
      'ledgerlint.config.yaml:5:10: error: `ignore.0`: Invalid input: expected string, received number',
      'ledgerlint.config.yaml:6:7: error: `asOf`: `2025-13` has no month 13, or `today`',
      'ledgerlint.config.yaml:8:15: error: `rules.wrong-date`: expected one of off, warn, error',
      'ledgerlint.config.yaml:9:16: error: `rules.stale-count`: expected one of off, warn, error',
      'ledgerlint.config.yaml:1:1: error: unknown key `ledgr`',
      'ledgerlint: the config cannot be used',
      '',
    ]);
  });

  it('names an unknown rule id, with "did you mean" when one is close', async () => {
    const dir = scratch();
    write(dir, 'a.md', STALE);
    write(dir, 'ledgerlint.config.yaml', 'rules:\n  stale-cont: warn\n  count-list-mismatch: off\n  zzz-qqq-xxx: off\n');
    expect(await runCli(['check', 'a.md'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'ledgerlint.config.yaml:2:3: error: `rules.stale-cont`: unknown rule (did you mean `stale-count`?)',
        'ledgerlint.config.yaml:4:3: error: `rules.zzz-qqq-xxx`: unknown rule',
        CLOSING,
      ].join('\n'),
    });
  });

  it('names an unknown rule id alongside the config\'s other problems', async () => {
    const dir = scratch();
    write(dir, 'a.md', STALE);
    write(dir, 'ledgerlint.config.yaml', 'paths: articles\nrules:\n  stale-cont: warn\n');
    expect((await runCli(['check', 'a.md'], dir)).stderr).toBe([
      'ledgerlint.config.yaml:1:8: error: `paths`: Invalid input: expected array, received string',
      'ledgerlint.config.yaml:3:3: error: `rules.stale-cont`: unknown rule (did you mean `stale-count`?)',
      CLOSING,
    ].join('\n'));
  });

  it('refuses YAML that does not parse, duplicate keys and a document that is not a map', async () => {
    const dir = scratch();
    write(dir, 'a.md', STALE);
    const refusal = async (text: string) => {
      write(dir, 'ledgerlint.config.yaml', text);
      const { code, stdout, stderr } = await runCli(['check', 'a.md'], dir);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr.endsWith(CLOSING)).toBe(true);
      return stderr.slice(0, -CLOSING.length);
    };
    expect(await refusal('rules: [\n')).toBe('ledgerlint.config.yaml:2:1: error: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n');
    expect(await refusal('asOf: 2025\nasOf: 2024\n')).toBe('ledgerlint.config.yaml:2:1: error: invalid YAML: Map keys must be unique\n');
    expect(await refusal('- paths\n')).toBe('ledgerlint.config.yaml:1:1: error: Invalid input: expected object, received array\n');
    expect(await refusal('rules:\n  stale-count: [warn]\n')).toBe('ledgerlint.config.yaml:2:16: error: `rules.stale-count`: expected one of off, warn, error\n');
    expect(await refusal('paths: []\n')).toBe('ledgerlint.config.yaml:1:8: error: `paths`: Too small: expected array to have >=1 items\n');
  });

  it('names a config found above by its absolute path', async () => {
    const dir = scratch();
    write(dir, 'ledgerlint.config.yaml', 'ignore: nothing\n');
    write(dir, 'desk/a.md', STALE);
    expect((await runCli(['check', 'a.md'], path.join(dir, 'desk'))).stderr).toBe(
      `${dir}/ledgerlint.config.yaml:1:9: error: \`ignore\`: Invalid input: expected array, received string\n${CLOSING}`,
    );
  });
});
