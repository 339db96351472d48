/**
 * `ledgerlint ledger diff OLD NEW --sources DIR`: the verdicts a ledger change
 * alters. OLD is the built-in ledger as it was before the EU became Vietnam's
 * 15th comprehensive strategic partner (2026-01-29): a copy with the EU's
 * membership and the reported count of 15 removed.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const repo = path.resolve(import.meta.dirname, '../..');
const cli = (argv: string[], cwd = repo) => runCli(argv, cwd);

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'ledgerlint-diff-'));
}

/** The ledger without the EU's membership of vietnam-csp, and without the reported count that needs it. */
function ledgerBeforeTheEu(): string {
  const dir = path.join(scratch(), 'old');
  cpSync(path.join(repo, 'ledger'), dir, { recursive: true });
  const file = path.join(dir, 'collections/vietnam-csp.yaml');
  const yaml = readFileSync(file, 'utf8');
  const member = yaml.indexOf('      - entity: european-union');
  const reported = yaml.indexOf('    reported:');
  const lastCount = yaml.indexOf('      # 15 partners = 14 countries + the EU.');
  expect([member, reported, lastCount].every((i) => i > 0), 'the EU membership and its reported count are where the test expects').toBe(true);
  writeFileSync(file, `${yaml.slice(0, member)}${yaml.slice(reported, lastCount).trimEnd()}\n`);
  return dir;
}

const OLD = ledgerBeforeTheEu();

const NEWEST_BEFORE = '`newest partner` for `New Zealand` was true as of 2025-02-27 (dateline), but by 2026-11-23 `Indonesia`, `Singapore`, `Thailand` and `United Kingdom` had joined `vietnam-csp` after it, the latest on 2025-10-29';
const NEWEST_AFTER = '`newest partner` for `New Zealand` was true as of 2025-02-27 (dateline), but by 2026-11-23 `Indonesia`, `Singapore`, `Thailand`, `United Kingdom` and `European Union` had joined `vietnam-csp` after it, the latest on 2026-01-29';
const COUNT_BEFORE = '`14` Comprehensive Strategic Partnerships as of 2025-10 (title) still holds on 2026-11-23: the ledger has `14` Comprehensive Strategic Partnerships';
const COUNT_AFTER = '`14` Comprehensive Strategic Partnerships was true as of 2025-10 (title), but on 2026-11-23 the ledger has `15` Comprehensive Strategic Partnerships: `European Union` joined on 2026-01-29';

describe('ledgerlint ledger diff', () => {
  it('starts from a valid ledger without the EU', async () => {
    const { code, stdout } = await cli(['ledger', 'validate', OLD]);
    expect(stdout).toMatch(/^✔ ledger is valid: \d+ entities, \d+ collections, \d+ memberships in \d+ files\n$/);
    expect(code).toBe(0);
  });

  it('finds no change in the sample articles at their own dates: the EU joined after all of them', async () => {
    const { code, stdout, stderr } = await cli(['ledger', 'diff', OLD, 'ledger', '--sources', 'sources']);
    expect(stderr).toBe('');
    expect(stdout).toBe('✔ no verdict changed in 4 articles\n');
    expect(code).toBe(0);
  });

  it('lists the verdicts that change at 2026-11-23, with file:line:col, rule, old → new status and both messages; exits 1', async () => {
    const { code, stdout, stderr } = await cli(['ledger', 'diff', OLD, 'ledger', '--sources', 'sources', '--as-of', '2026-11-23']);
    expect(stderr).toBe('');
    expect(stdout).toBe([
      'sources/2025-02-27-hanoi-times-diplomacy-through-csp.txt',
      '  36:20  `newest partner`  outdated-since-publication  refuted → refuted',
      `      - refuted: ${NEWEST_BEFORE}`,
      `      + refuted: ${NEWEST_AFTER}`,
      '',
      'sources/2025-10-elite-diplomatic-sphere-14-csps.txt',
      '  145:32  `14 Comprehensive Strategic Partnerships`  outdated-since-publication  supported → refuted',
      `      - supported: ${COUNT_BEFORE}`,
      `      + refuted: ${COUNT_AFTER}`,
      '',
      '✖ 2 verdicts changed in 2 articles (1 in status, 1 in wording only); 2 articles unchanged',
      '',
    ].join('\n'));
    expect(code).toBe(1);
  });

  it('writes the same as JSON for tools', async () => {
    const { code, stdout } = await cli(['ledger', 'diff', OLD, 'ledger', '--sources', 'sources', '--as-of', '2026-11-23', '--format', 'json']);
    expect(code).toBe(1);
    const document = JSON.parse(stdout);
    expect(document).toMatchObject({ version: 1, new: 'ledger', sources: 'sources', asOf: '2026-11-23' });
    expect(document.summary).toEqual({ articles: 4, changed: 2, unchanged: 2, verdicts: 2, statusChanges: 1, wordingChanges: 1 });
    const changes = document.articles.flatMap((a: { path: string; changes: { claim: { text: string; line: number; column: number }; ruleId: string; kind: string; before: { status: string; message: string }[]; after: { status: string; message: string }[] }[] }) =>
      a.changes.map((c) => [a.path, `${c.claim.line}:${c.claim.column}`, c.claim.text, c.ruleId, c.kind, c.before.map((v) => v.status), c.after.map((v) => [v.status, v.message])]));
    expect(changes).toEqual([
      ['sources/2025-02-27-hanoi-times-diplomacy-through-csp.txt', '36:20', 'newest partner', 'outdated-since-publication', 'wording', ['refuted'], [['refuted', NEWEST_AFTER]]],
      ['sources/2025-10-elite-diplomatic-sphere-14-csps.txt', '145:32', '14 Comprehensive Strategic Partnerships', 'outdated-since-publication', 'status', ['supported'], [['refuted', COUNT_AFTER]]],
    ]);
  });

  it('writes a Markdown table per article, for a pull request', async () => {
    const { code, stdout } = await cli(['ledger', 'diff', OLD, 'ledger', '--sources', 'sources', '--as-of', '2026-11-23', '--format', 'markdown']);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['# ledgerlint ledger diff', '', `Ledger \`${OLD}\` → \`ledger\`, articles in \`sources\`, as of 2026-11-23: ✖ 2 verdicts changed in 2 articles (1 in status, 1 in wording only); 2 articles unchanged`]);
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## sources/2025-02-27-hanoi-times-diplomacy-through-csp.txt', '## sources/2025-10-elite-diplomatic-sphere-14-csps.txt']);
    expect(lines).toContain(`| 145:32 | \`14 Comprehensive Strategic Partnerships\` | \`outdated-since-publication\` | **supported**: ${COUNT_BEFORE} | **refuted**: ${COUNT_AFTER} |`);
  });

  it('shows the change the other way round when the EU is taken out', async () => {
    const { code, stdout } = await cli(['ledger', 'diff', 'ledger', OLD, '--sources', 'sources', '--as-of', '2026-11-23']);
    expect(code).toBe(1);
    expect(stdout).toContain('  145:32  `14 Comprehensive Strategic Partnerships`  outdated-since-publication  refuted → supported\n');
  });

  it('finds nothing between a ledger and itself', async () => {
    const { code, stdout } = await cli(['ledger', 'diff', 'ledger', 'ledger', '--sources', 'sources', '--as-of', '2026-11-23']);
    expect(stdout).toBe('✔ no verdict changed in 4 articles\n');
    expect(code).toBe(0);
  });

  it('names a claim that only one ledger reads, as "no verdict" on the other side', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.md'), '---\ndate: 2026-03-01\n---\nThe European Union is the newest comprehensive strategic partner of Vietnam.\n');
    const { code, stdout } = await cli(['ledger', 'diff', OLD, path.join(repo, 'ledger'), '--sources', '.'], dir);
    expect(code).toBe(1);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      'a.md',
      '  4:27  `newest comprehensive strategic partner`  stale-superlative  no verdict → supported',
      '      + supported: `newest comprehensive strategic partner` for `European Union` as of 2026-03-01 (front-matter): no member joined `vietnam-csp` after it by then',
    ]);
  });

  it('names the ledger that cannot be used and exits 2', async () => {
    const dir = scratch();
    cpSync(path.join(repo, 'ledger'), path.join(dir, 'broken'), { recursive: true });
    writeFileSync(path.join(dir, 'broken/extra.yaml'), 'version: 1\nentities:\n  atlantis: { name: Atlantis, type: island }\n');
    const { code, stdout, stderr } = await cli(['ledger', 'diff', 'broken', path.join(repo, 'ledger'), '--sources', path.join(repo, 'sources')], dir);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').at(-2)).toBe('ledgerlint: the old ledger `broken` cannot be used; run `ledgerlint ledger validate broken` for details');
    expect(stderr).toMatch(/^broken\/extra\.yaml:3:\d+: error: /);
  });

  it('still compares the other articles when one cannot be read, and exits 2', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.md'), '---\ndate: 2025-11-05\n---\nVietnam now has 14 comprehensive strategic partners.\n');
    writeFileSync(path.join(dir, 'b.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const { code, stdout, stderr } = await cli(['ledger', 'diff', OLD, path.join(repo, 'ledger'), '--sources', '.', '--as-of', '2026-11-23'], dir);
    expect(stderr).toBe('b.txt: error: binary file (NUL byte at offset 1): expected text\n');
    expect(stdout).toContain('a.md\n  4:17  `14 comprehensive strategic partners`  outdated-since-publication  supported → refuted\n');
    expect(code).toBe(2);
  });

  it.each([
    [['ledger', 'diff', 'ledger', 'ledger'], 'ledgerlint: ledger diff: give the articles to compare with `--sources DIR`\n'],
    [['ledger', 'diff', 'ledger', '--sources', 'sources'], 'ledgerlint: ledger diff: expected `ledger diff OLD NEW --sources DIR`\n'],
    [['ledger', 'diff', 'ledger', 'ledger', '--sources', 'sources', '--format', 'sarif'], 'ledgerlint: --format: `ledger diff` writes stylish, markdown, json, not `sarif`\n'],
    [['ledger', 'diff', 'ledger', 'ledger', '--sources', 'sources', '--as-of', 'soon'], null],
    [['ledger', 'merge'], 'ledgerlint: ledger: expected `ledger validate [DIR]` or `ledger diff OLD NEW --sources DIR`\n'],
  ])('refuses %j with one line and exit 2', async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    if (message) expect(stderr).toBe(message);
    else expect(stderr).toMatch(/^ledgerlint: --as-of: .*\n$/);
  });
});
