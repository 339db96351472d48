/**
 * `ledgerlint init`: the commented starter config. It parses, it checks
 * nothing differently from no config, and each commented line works once
 * uncommented.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { starterConfig } from '../../src/config/starter.js';
import { rules } from '../../src/reconcile/index.js';
import { runCli } from '../helpers.js';

const repo = path.resolve(import.meta.dirname, '../..');
const CONFIG = 'ledgerlint.config.yaml';

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'ledgerlint-init-'));
}

/** A folder of real articles: the samples and the unseen styles. */
function articles(): string {
  const dir = scratch();
  cpSync(path.join(repo, 'sources'), path.join(dir, 'sources'), { recursive: true });
  cpSync(path.join(repo, 'tests/fixtures/unseen'), path.join(dir, 'unseen'), { recursive: true });
  return dir;
}

const STALE = '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n';

describe('ledgerlint init', () => {
  it('writes the starter in the working folder and says so', async () => {
    const dir = scratch();
    expect(await runCli(['init'], dir)).toEqual({
      code: 0,
      stdout: '',
      stderr: 'wrote ledgerlint.config.yaml: every key is commented; `ledgerlint check` now reads it\n',
    });
    expect(readFileSync(path.join(dir, CONFIG), 'utf8')).toBe(starterConfig());
  });

  it('refuses to overwrite a config, .yaml or .yml, and leaves it as it was', async () => {
    for (const name of ['ledgerlint.config.yaml', 'ledgerlint.config.yml']) {
      const dir = scratch();
      writeFileSync(path.join(dir, name), 'rules:\n  stale-count: off\n');
      expect(await runCli(['init'], dir)).toEqual({
        code: 2,
        stdout: '',
        stderr: `ledgerlint: init: ${name} already exists; edit it, or delete it to start again\n`,
      });
      expect(readFileSync(path.join(dir, name), 'utf8')).toBe('rules:\n  stale-count: off\n');
    }
  });

  it('takes no arguments', async () => {
    const dir = scratch();
    expect(await runCli(['init', 'elsewhere'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: init: takes no arguments; it writes ledgerlint.config.yaml in the current folder\n',
    });
  });

  it('names every rule of the registry, commented, at its default level', () => {
    const lines = starterConfig().split('\n');
    const ruleLines = lines.slice(lines.indexOf('rules:') + 1).filter(Boolean);
    expect(ruleLines).toEqual(rules.map(({ meta }) => `  # ${meta.id}: ${meta.severity === 'warning' ? 'warn' : 'error'}`));
  });
});

describe('the starter config', () => {
  it('parses, with nothing set but `paths: [.]` and the ignores', async () => {
    const dir = scratch();
    const file = path.join(dir, CONFIG);
    writeFileSync(file, starterConfig());
    expect(await loadConfig(file)).toEqual({ file, root: dir, paths: [dir], ignore: ['node_modules/', 'reports/'], rules: {} });
  });

  it('checks nothing differently from no config', async () => {
    const dir = articles();
    await runCli(['init'], dir);
    for (const format of ['json', 'stylish']) {
      const starter = await runCli(['check', '--format', format], dir);
      const none = await runCli(['check', '.', '--no-config', '--format', format], dir);
      expect(starter.code).toBe(1);
      expect(starter, format).toEqual(none);
    }
  }, 60_000);

  it('does not check the reports/ folder a run writes (which a run without config would)', async () => {
    const dir = articles();
    await runCli(['init'], dir);
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports/report.md'), STALE);
    const starter = JSON.parse((await runCli(['check', '--format', 'json'], dir)).stdout);
    const none = JSON.parse((await runCli(['check', '.', '--no-config', '--format', 'json'], dir)).stdout);
    expect(none.files.map((f: { path: string }) => f.path)).toContain('reports/report.md');
    expect(starter.files.map((f: { path: string }) => f.path)).not.toContain('reports/report.md');
  });

  it('works with a rule line uncommented at another level: `stale-count: warn`', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.md'), STALE);
    const text = starterConfig();
    expect(text).toContain('\n  # stale-count: error\n');
    writeFileSync(path.join(dir, CONFIG), text.replace('  # stale-count: error', '  stale-count: warn'));
    const { code, stdout, stderr } = await runCli(['check', 'a.md'], dir);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('a.md:4:55  warning  `nine` countries as of 2025-02-27');
    expect(stdout).toContain('✖ 0 errors, 1 warning in 1 file\n');
  });

  it('parses with each rule line uncommented at each level', async () => {
    const dir = scratch();
    const file = path.join(dir, CONFIG);
    for (const { meta } of rules) {
      const line = `  # ${meta.id}: ${meta.severity === 'warning' ? 'warn' : 'error'}`;
      for (const level of ['off', 'warn', 'error'] as const) {
        writeFileSync(file, starterConfig().replace(line, `  ${meta.id}: ${level}`));
        expect((await loadConfig(file)).rules).toEqual({ [meta.id]: level });
      }
    }
  });

  it('with every line uncommented (ledger, include, asOf, all rules at their defaults) checks as the same flags would', async () => {
    const dir = scratch();
    cpSync(path.join(repo, 'ledger'), path.join(dir, 'ledger'), { recursive: true });
    cpSync(path.join(repo, 'sources'), path.join(dir, 'articles'), { recursive: true });
    cpSync(path.join(repo, 'tests/fixtures/unseen'), path.join(dir, 'articles/unseen'), { recursive: true });
    writeFileSync(path.join(dir, 'notes.md'), STALE);
    let text = starterConfig()
      .replace('# ledger: ledger', 'ledger: ledger')
      .replace('# include:\n#   - "articles/**/*.md"', 'include:\n  - "articles/**/*.md"\n  - "articles/**/*.txt"')
      .replace('# asOf: today', 'asOf: today');
    for (const { meta } of rules) text = text.replace(`  # ${meta.id}:`, `  ${meta.id}:`);
    expect(text).not.toMatch(/^(?:# ledger:|# include:|# {3}-|# asOf:| {2}# )/m);
    writeFileSync(path.join(dir, CONFIG), text);
    const all = await runCli(['check', '--format', 'json'], dir);
    const flags = await runCli(['check', 'articles', '--no-config', '--as-of', 'today', '--format', 'json'], dir);
    expect(all.code).toBe(1);
    expect(all).toEqual(flags);
    // include narrowed the folder search: notes.md is not checked.
    expect(JSON.parse(all.stdout).files.map((f: { path: string }) => f.path)).not.toContain('notes.md');
  });
});
