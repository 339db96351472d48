/**
 * The CLI as a function: argv and a fake io in, exit code and output out.
 * Bad inputs give one clear line each and every other file is still checked.
 */
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const repo = path.resolve(import.meta.dirname, '../..');

const cli = (argv: string[], cwd = repo) => runCli(argv, cwd);

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'ledgerlint-cli-'));
}

describe('ledgerlint check', () => {
  it('reports the sample articles\' errors with file:line:col and exits 1', async () => {
    const { code, stdout } = await cli(['check', 'sources']);
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter((l) => l.includes('  error  '));
    expect(lines.map((l) => l.replace(/  error  .*  (\S+)$/, ' $1'))).toEqual([
      'sources/2025-02-27-hanoi-times-diplomacy-through-csp.txt:40:78 stale-count',
      'sources/2025-02-27-hanoi-times-diplomacy-through-csp.txt:40:78 count-list-mismatch',
      'sources/2025-10-elite-diplomatic-sphere-14-csps.txt:3:408 stale-as-of',
      'sources/2025-10-elite-diplomatic-sphere-14-csps.txt:18:98 count-list-mismatch',
      'sources/2025-10-elite-diplomatic-sphere-14-csps.txt:32:1 member-after-as-of',
      'sources/2025-10-elite-diplomatic-sphere-14-csps.txt:132:5 stale-superlative',
    ]);
    expect(stdout).toContain('✖ 6 errors, 0 warnings in 4 files\n');
  });

  it('exits 0 on an article whose claims are all true', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'ok.md'), '---\ndate: 2025-11-05\n---\nVietnam has comprehensive strategic partnerships with 14 countries.\n');
    const { code, stdout } = await cli(['check', 'ok.md'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('✔ 0 errors, 0 warnings in 1 file\n1 claim checked, 1 verdict: 1 supported, 0 refuted, 0 unverifiable\n');
  });

  it('writes markdown and JSON reports atomically with --report-dir', async () => {
    const dir = scratch();
    const { code, stderr } = await cli(['check', path.join(repo, 'sources'), '--report-dir', 'out'], dir);
    expect(code).toBe(1);
    expect(stderr).toBe('reports written to out/: report.md, report.json, report.sarif, index.html\n');
    const report = JSON.parse(readFileSync(path.join(dir, 'out/report.json'), 'utf8'));
    expect(report.version).toBe(1);
    expect(report.summary).toMatchObject({ files: 4, errors: 6 });
    expect(readFileSync(path.join(dir, 'out/report.md'), 'utf8')).toMatch(/^# ledgerlint report\n/);
  });

  it('checks every other file when some cannot be used, and exits 2', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a-good.md'), '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n');
    writeFileSync(path.join(dir, 'b-empty.txt'), '');
    writeFileSync(path.join(dir, 'c-latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(path.join(dir, 'd-binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'e-broken-link.md'));
    const { code, stdout } = await cli(['check', '.', 'missing.md'], dir);
    expect(code).toBe(2);
    expect(stdout.split('\n').filter((l) => !l.includes('stale-count') && !l.startsWith('    read as: '))).toEqual([
      'missing.md: error: cannot read: no such file or directory',
      'b-empty.txt: warning: empty file: nothing to check',
      'c-latin1.txt: error: not valid UTF-8 (first bad byte at offset 3): save the file as UTF-8',
      'd-binary.txt: error: binary file (NUL byte at offset 1): expected text',
      'e-broken-link.md: error: cannot read: no such file or directory',
      '',
      '✖ 1 error, 1 warning in 5 files',
      '1 claim checked, 1 verdict: 0 supported, 1 refuted, 0 unverifiable',
      '',
    ]);
    expect(stdout).toContain('a-good.md:4:55  error  `nine` countries as of 2025-02-27 (front-matter)');
  });

  it('refuses a malformed ledger with file:line:col and exit 2, checking nothing', async () => {
    const dir = scratch();
    mkdirSync(path.join(dir, 'ledger'));
    writeFileSync(path.join(dir, 'ledger/bad.yaml'), 'version: 1\nentities:\n  china: { name: China, type: nation }\n');
    writeFileSync(path.join(dir, 'a.md'), 'text\n');
    const { code, stdout, stderr } = await cli(['check', 'a.md', '--ledger', 'ledger'], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toMatch(/^ledger\/bad\.yaml:3:31: error: `entities\.china\.type`: expected `country`, `organization`, `territory` or `person`$/);
    expect(stderr).toContain('ledgerlint: the ledger cannot be used; run `ledgerlint ledger validate` for details\n');
  });

  it('judges undated articles at --as-of, and rejects a bad one', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'undated.txt'), 'Vietnam has comprehensive strategic partnerships with 14 countries.\n');
    expect((await cli(['check', 'undated.txt'], dir)).stdout).toContain('1 unverifiable');
    expect((await cli(['check', 'undated.txt', '--as-of', '2025-11'], dir)).code).toBe(0);
    expect((await cli(['check', 'undated.txt', '--as-of', '2025-03'], dir)).code).toBe(1);
    expect((await cli(['check', 'undated.txt', '--as-of', 'today'], dir)).stdout).toContain('1 supported');
    expect(await cli(['check', 'undated.txt', '--as-of', '2025-02-30'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: --as-of: `2025-02-30` does not exist: 2025-02 has 28 days, or `today`\n',
    });
  });

  it('gives one-line reasons for bad arguments', async () => {
    expect((await cli(['check'])).stderr).toBe('ledgerlint: check: give at least one file or folder to check (or `paths` in ledgerlint.config.yaml)\n');
    expect((await cli(['frobnicate'])).stderr).toBe('ledgerlint: unknown command `frobnicate`: expected check, claims, ledger, reconcile, merge or init (see --help)\n');
    expect((await cli(['check', 'sources', '--format', 'xml'])).stderr).toBe('ledgerlint: --format: unknown format `xml`: expected one of stylish, json, markdown, sarif, github, html\n');
    expect((await cli(['check', 'sources', '--bogus'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
  });
});

describe('ledgerlint claims', () => {
  it('prints each claim with its span, date and the date\'s source', async () => {
    const { code, stdout } = await cli(['claims', 'sources/2025-11-csp-investment-outlook.txt']);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((l) => !l.startsWith('    '))).toEqual([
      'sources/2025-11-csp-investment-outlook.txt:1:94-1:106  c1 count vietnam-csp  14 country  as of 2025-11 (explicit)',
      'sources/2025-11-csp-investment-outlook.txt:1:118-1:171  c2 group vietnam-csp  all 5 in unsc-p5  as of 2025-11 (explicit)',
      'sources/2025-11-csp-investment-outlook.txt:1:122-1:171  c3 count unsc-p5  5 members  as of 2025-11 (explicit)',
      'sources/2025-11-csp-investment-outlook.txt:1:177-1:216  c4 list unsc-p5  complete, 5 entries: united-states, china, russia, france, united-kingdom  as of 2025-11 (framing)',
      '4 claims',
      '',
    ]);
  });
});

describe('ledgerlint ledger validate', () => {
  it('accepts the built-in ledger', async () => {
    const { code, stdout } = await cli(['ledger', 'validate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✔ ledger is valid: \d+ entities, \d+ collections, \d+ memberships in \d+ files\n$/);
  });

  it('lists every problem of a bad ledger as file:line:col and exits 1', async () => {
    const dir = scratch();
    cpSync(path.join(repo, 'ledger'), path.join(dir, 'ledger'), { recursive: true });
    const file = path.join(dir, 'ledger/collections/vietnam-csp.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('entity: united-kingdom', 'entity: united-kingdon'));
    const { code, stdout } = await cli(['ledger', 'validate', 'ledger'], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^ledger\/collections\/vietnam-csp\.yaml:\d+:\d+: error: unknown entity `united-kingdon`: declare it under `entities` \(did you mean `united-kingdom`\?\)\n/);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ errors? in the ledger$/);
  });
});

describe('npm start', () => {
  it('the built command runs from dist/ (npm test builds first)', () => {
    expect(existsSync(path.join(repo, 'dist/cli/bin.js'))).toBe(true);
  });
});

describe('report output', () => {
  it('names the file and exits 2 when a report cannot be written', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a-file'), 'not a folder');
    const { code, stderr } = await cli(['check', path.join(repo, 'sources'), '--output', 'a-file/report.json', '--format', 'json'], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('ledgerlint: cannot write a-file/report.json: a part of the path is a file, not a directory\n');
  });
});
