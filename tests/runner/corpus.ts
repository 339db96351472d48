/**
 * The folder the runner tests check: the sample articles, the unseen styles,
 * and generated articles that each go wrong in their own way — empty, binary,
 * a broken link, unreadable (where chmod can make it so: not as root), a
 * suppression and its unused sibling — with a config that sets a rule level,
 * so workers, the cache and shards must all carry options.
 */
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runCli } from '../helpers.js';

export const repo = path.resolve(import.meta.dirname, '../..');

export function scratch(what = 'runner'): string {
  return mkdtempSync(path.join(tmpdir(), `ledgerlint-${what}-`));
}

/** Whether chmod 000 makes a file unreadable here (it does not for root). */
export const CAN_MAKE_UNREADABLE = (() => {
  const file = path.join(scratch('probe'), 'probe.txt');
  writeFileSync(file, 'x');
  chmodSync(file, 0o000);
  try {
    readFileSync(file);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(file, 0o644);
  }
})();

export const SUPPRESSED_ARTICLE = [
  '---',
  'date: 2025-02-27',
  '---',
  '<!-- ledgerlint-disable-next-line stale-count -- quoting the 2024 press release -->',
  'Vietnam has comprehensive strategic partnerships with nine countries.',
  '',
  'Vietnam has comprehensive strategic partnerships with nine countries.',
  '',
  '<!-- ledgerlint-disable-next-line wrong-date -- nothing to silence -->',
  'A paragraph with no claim.',
  '',
].join('\n');

/** A new corpus folder; returns its path. */
export function corpus(): string {
  const dir = scratch('corpus');
  cpSync(path.join(repo, 'sources'), path.join(dir, 'sources'), { recursive: true });
  cpSync(path.join(repo, 'tests/fixtures/unseen'), path.join(dir, 'unseen'), { recursive: true });
  const generated = path.join(dir, 'generated');
  mkdirSync(generated);
  writeFileSync(path.join(generated, 'empty.txt'), '');
  writeFileSync(path.join(generated, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42, 0x0a]));
  symlinkSync(path.join(generated, 'nowhere.md'), path.join(generated, 'broken-link.md'));
  writeFileSync(path.join(generated, 'suppressed.md'), SUPPRESSED_ARTICLE);
  if (CAN_MAKE_UNREADABLE) {
    writeFileSync(path.join(generated, 'unreadable.md'), 'Vietnam has comprehensive strategic partnerships with nine countries.\n');
    chmodSync(path.join(generated, 'unreadable.md'), 0o000);
  }
  writeFileSync(path.join(dir, 'ledgerlint.config.yaml'), 'rules:\n  count-list-mismatch: warn\n');
  return dir;
}

/** The articles a corpus holds, as the reports name them. */
export function corpusFiles(): string[] {
  return [
    'generated/binary.txt',
    'generated/broken-link.md',
    'generated/empty.txt',
    'generated/suppressed.md',
    ...(CAN_MAKE_UNREADABLE ? ['generated/unreadable.md'] : []),
    'sources/2025-02-27-hanoi-times-diplomacy-through-csp.txt',
    'sources/2025-10-elite-diplomatic-sphere-14-csps.txt',
    'sources/2025-11-csp-investment-outlook.txt',
    'sources/undated-diplomatic-mark-csp-timeline.txt',
    'unseen/2025-03-wire-singapore-upgrade.txt',
    'unseen/2025-04-explainer-partnership-tiers.md',
    'unseen/2025-11-oped-partnership-limits.txt',
    'unseen/2026-01-wire-eu-upgrade.txt',
  ];
}

export interface Reports {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly json: string;
  readonly sarif: string;
  readonly html: string;
  readonly markdown: string;
}

/**
 * One `check` run from `cwd` writing every report format, into a new folder
 * outside `cwd` so that a later run does not find them as articles.
 */
export async function reports(argv: readonly string[], cwd: string): Promise<Reports> {
  const out = scratch('reports');
  const { code, stdout, stderr } = await runCli(['check', ...argv, '--format', 'json', '--report-dir', out], cwd);
  expect(stderr, 'the run wrote its reports').toMatch(/^reports written to \S+\/: report\.md, report\.json, report\.sarif, index\.html\n$/);
  const read = (name: string) => (existsSync(path.join(out, name)) ? readFileSync(path.join(out, name), 'utf8') : '');
  return { code, stdout, stderr, json: read('report.json'), sarif: read('report.sarif'), html: read('index.html'), markdown: read('report.md') };
}

/** Writes a file, made writable first: copies of sources/ keep its read-only mode. */
export function rewrite(file: string, text: string | Buffer): void {
  chmodSync(file, 0o644);
  writeFileSync(file, text);
}

export function remove(file: string): void {
  if (existsSync(file)) unlinkSync(file);
}
