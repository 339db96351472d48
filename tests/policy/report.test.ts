/**
 * Suppressed findings and rule levels in what the CLI reports: a suppressed
 * finding is neither an error nor a warning (exit code, summary), but JSON
 * marks it `suppressed: {reason}` and SARIF gives it an inSource suppression;
 * a rule at `warn` is a warning and exits 0.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const repo = path.resolve(import.meta.dirname, '../..');
const addFormats = ajvFormats.default;
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(path.join(repo, 'tests/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object);

function expectValidSarif(text: string): void {
  const valid = validateSarif(JSON.parse(text));
  expect(valid ? [] : validateSarif.errors?.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
}

const STALE = 'Vietnam has comprehensive strategic partnerships with nine countries.';
const MESSAGE = '`nine` countries as of 2025-02-27 (front-matter): the ledger has `10` countries at that date; nine was true from 2024-11-21 to 2025-02-25';

/** One article: a suppressed stale count and an unused suppression (a warning). */
const SUPPRESSED = [
  '---',
  'date: 2025-02-27',
  '---',
  '<!-- ledgerlint-disable-next-line stale-count -- quoting the 2024 press release -->',
  STALE,
  '',
  '<!-- ledgerlint-disable-next-line wrong-date -- nothing to silence -->',
  'A paragraph with no claim.',
  '',
].join('\n');

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-policy-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('a suppressed finding', () => {
  it('is not an error: exit 0, and stylish shows only the directive\'s warning', async () => {
    const dir = folder({ 'a.md': SUPPRESSED });
    expect(await runCli(['check', 'a.md'], dir)).toEqual({
      code: 0,
      stdout: [
        'a.md:7:1: warning: unused `ledgerlint-disable-next-line`: no `wrong-date` finding in the text that follows',
        '',
        '✖ 0 errors, 1 warning in 1 file',
        '1 claim checked, 1 verdict: 0 supported, 1 refuted, 0 unverifiable',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('is counted as suppressed and marked on its verdict in JSON', async () => {
    const dir = folder({ 'a.md': SUPPRESSED });
    const { code, stdout } = await runCli(['check', 'a.md', '--format', 'json'], dir);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.summary).toEqual({ files: 1, claims: 1, supported: 0, refuted: 1, unverifiable: 0, errors: 0, warnings: 1, suppressed: 1, unusable: 0 });
    const [verdict] = report.files[0].verdicts;
    expect(verdict).toMatchObject({ ruleId: 'stale-count', status: 'refuted', severity: 'error', suppressed: { reason: 'quoting the 2024 press release' }, message: MESSAGE, line: 5, column: 55 });
    expect(Object.keys(verdict).slice(0, 6)).toEqual(['claimId', 'ruleId', 'status', 'severity', 'suppressed', 'message']);
    expect(report.files[0].problems).toEqual([
      { line: 7, column: 1, message: 'unused `ledgerlint-disable-next-line`: no `wrong-date` finding in the text that follows', severity: 'warning' },
    ]);
  });

  it('is a SARIF result with an inSource suppression and its justification, valid against the schema', async () => {
    const dir = folder({ 'a.md': SUPPRESSED, 'b.md': `---\ndate: 2025-02-27\n---\n${STALE}\n` });
    const { code, stdout } = await runCli(['check', '.', '--format', 'sarif'], dir);
    expect(code).toBe(1);
    expectValidSarif(stdout);
    const run = JSON.parse(stdout).runs[0];
    expect(run.results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; suppressions?: unknown }) => [
      r.locations[0]!.physicalLocation.artifactLocation.uri,
      r.suppressions,
    ])).toEqual([
      ['a.md', [{ kind: 'inSource', justification: 'quoting the 2024 press release' }]],
      ['b.md', undefined],
    ]);
    expect(run.invocations).toEqual([{
      executionSuccessful: true,
      exitCode: 1,
      toolExecutionNotifications: [{
        level: 'warning',
        message: { text: 'unused `ledgerlint-disable-next-line`: no `wrong-date` finding in the text that follows' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'a.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 7, startColumn: 1 } } }],
      }],
    }]);
  });

  it('is left out of the Markdown report\'s findings and of GitHub annotations', async () => {
    const dir = folder({ 'a.md': SUPPRESSED });
    const markdown = await runCli(['check', 'a.md', '--format', 'markdown'], dir);
    expect(markdown.stdout).not.toContain(MESSAGE);
    const github = await runCli(['check', 'a.md', '--format', 'github'], dir);
    expect(github.stdout).not.toContain('stale-count');
  });
});

describe('rule levels from the config', () => {
  it('warn: a warning everywhere, exit 0', async () => {
    const dir = folder({ 'a.md': `---\ndate: 2025-02-27\n---\n${STALE}\n`, 'ledgerlint.config.yaml': 'rules:\n  stale-count: warn\n' });
    const json = await runCli(['check', 'a.md', '--format', 'json'], dir);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1, suppressed: 0 });
    expect(report.files[0].verdicts[0]).toMatchObject({ ruleId: 'stale-count', status: 'refuted', severity: 'warning' });
    const sarif = await runCli(['check', 'a.md', '--format', 'sarif'], dir);
    expect(sarif.code).toBe(0);
    expectValidSarif(sarif.stdout);
    expect(JSON.parse(sarif.stdout).runs[0].results.map((r: { level: string }) => r.level)).toEqual(['warning']);
    expect((await runCli(['check', 'a.md', '--format', 'github'], dir)).stdout).toMatch(/^::warning file=a\.md,line=4,/);
  });

  it('off: the verdict is still refuted in JSON, with no severity, and is no finding', async () => {
    const dir = folder({ 'a.md': `---\ndate: 2025-02-27\n---\n${STALE}\n`, 'ledgerlint.config.yaml': 'rules:\n  stale-count: off\n' });
    const json = await runCli(['check', 'a.md', '--format', 'json'], dir);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ refuted: 1, errors: 0, warnings: 0, suppressed: 0 });
    expect(report.files[0].verdicts[0].severity).toBeUndefined();
    expect(JSON.parse((await runCli(['check', 'a.md', '--format', 'sarif'], dir)).stdout).runs[0].results).toEqual([]);
  });

  // The HTML page reads the run's findings too (how it shows a suppressed one is pinned in tests/report/formats.test.ts).
  it('HTML: a rule at `warn` is shown as a warning', async () => {
    const dir = folder({ 'a.md': `---\ndate: 2025-02-27\n---\n${STALE}\n`, 'ledgerlint.config.yaml': 'rules:\n  stale-count: warn\n' });
    expect((await runCli(['check', 'a.md', '--format', 'html'], dir)).stdout).toContain('<span class="rule">stale-count</span> <span class="src">warning</span>');
  });

  it('HTML: a rule that is off is no finding', async () => {
    const dir = folder({ 'a.md': `---\ndate: 2025-02-27\n---\n${STALE}\n`, 'ledgerlint.config.yaml': 'rules:\n  stale-count: off\n' });
    expect((await runCli(['check', 'a.md', '--format', 'html'], dir)).stdout).not.toContain('<span class="rule">stale-count</span>');
  });
});
