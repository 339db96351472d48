/**
 * `ledgerlint reconcile` end to end on the sample articles in sources/: the
 * February 2025 article's "nine" against the ten partners the articles date
 * by then, no conflict among the fourteen countries' dates, and — with a
 * ledger copy that lacks the United Kingdom — a proposal to add it, citing the
 * article that names it.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers.js';
import { repo } from './fixture.js';

const cli = (argv: string[], cwd = repo) => runCli(argv, cwd);
const scratch = () => mkdtempSync(path.join(tmpdir(), 'ledgerlint-reconcile-'));

const HANOI = 'sources/2025-02-27-hanoi-times-diplomacy-through-csp.txt';
const ELITE = 'sources/2025-10-elite-diplomatic-sphere-14-csps.txt';

/** A copy of ledger/ without the UK's CSP, and without the two reported counts that counted it. */
function ledgerWithoutUk(): string {
  const dir = path.join(scratch(), 'ledger');
  cpSync(path.join(repo, 'ledger'), dir, { recursive: true });
  const file = path.join(dir, 'collections/vietnam-csp.yaml');
  let text = readFileSync(file, 'utf8');
  const uk = text.indexOf('      # London local date');
  text = text.slice(0, uk) + text.slice(text.indexOf('      - entity: european-union'));
  text = text.replace(/      - date: 2025-10-29\n(?: {8}.*\n)+/, '').replace(/      # 15 partners = 14 countries \+ the EU\.\n      - date: 2026-01-29\n(?: {8}.*\n)+/, '');
  expect(text).not.toMatch(/entity: united-kingdom|date: 2025-10-29|date: 2026-01-29/);
  writeFileSync(file, text);
  return dir;
}

function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [path.join(e.parentPath, e.name), readFileSync(path.join(e.parentPath, e.name), 'utf8')]));
}

describe('ledgerlint reconcile sources', () => {
  it('reports the February 2025 article\'s "nine" against the ten partners the articles date by then, and exits 1', async () => {
    const { code, stdout, stderr } = await cli(['reconcile', 'sources']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const conflicts = stdout.split('\n').filter((l) => l.includes('  conflict  '));
    expect(conflicts).toEqual([
      `${HANOI}:40:78  conflict  \`nine countries\` as of 2025-02-27 (dateline), but the sources date \`10\` countries of \`vietnam-csp\` on or before 2025-02-27: China 2008-05, Russia 2012-07, India 2016-09, South Korea 2022-12, United States 2023-09, Japan 2023-11, Australia 2024-03, France 2024-10, Malaysia 2024-11, New Zealand 2025-02  count-timeline`,
    ]);
    expect(stdout).toContain(`    \`10\` countries joined on or before 2025-02-27:\n      ${HANOI}:40:104  "China in 2008"\n      ${ELITE}:19:1  "China (May 2008)"\n`);
    expect(stdout).toContain(`      ${ELITE}:28:1  "New Zealand (February 2025)"\n`);
    expect(stdout).toContain('✖ 1 conflict among 4 sources, compared with the ledger (');
  });

  it('finds no conflict among the sources\' dates for the fourteen countries: they agree', async () => {
    const { stdout } = await cli(['reconcile', 'sources', '--format', 'json']);
    const doc = JSON.parse(stdout);
    const csp = doc.timelines.filter((t: { collection: string }) => t.collection === 'vietnam-csp');
    expect(csp.map((t: { name: string; consensus: string }) => `${t.name} ${t.consensus}`)).toEqual([
      'China 2008-05', 'Russia 2012-07', 'India 2016-09', 'South Korea 2022-12', 'United States 2023-09', 'Japan 2023-11', 'Australia 2024-03',
      'France 2024-10', 'Malaysia 2024-11', 'New Zealand 2025-02', 'Indonesia 2025-03-10', 'Singapore 2025-03-12', 'Thailand 2025-05-16', 'United Kingdom 2025-10',
    ]);
    expect(csp.every((t: { disputed: boolean; ledger: { status: string } }) => !t.disputed && t.ledger.status === 'agrees')).toBe(true);
    expect(doc.conflicts.map((c: { kind: string }) => c.kind)).toEqual(['count-timeline']);
    expect(doc.proposals).toEqual([]);
  });

  it('works with no ledger memberships at all (--sources-only)', async () => {
    const { code, stdout } = await cli(['reconcile', 'sources', '--sources-only']);
    expect(code).toBe(1);
    expect(stdout.split('\n').filter((l) => l.includes('  conflict  '))).toHaveLength(1);
    expect(stdout).toContain(`${HANOI}:40:78  conflict  \`nine countries\``);
    expect(stdout).toContain('  2025-10     United Kingdom  2 statements in 1 source\n');
    expect(stdout).toContain('✖ 1 conflict among 4 sources, compared with each other only (--sources-only: the ledger\'s names and terms, none of its memberships)\n');
  });

  it('proposes adding the United Kingdom to a ledger copy that lacks it, citing the article that names it, and leaves the ledger alone', async () => {
    const ledger = ledgerWithoutUk();
    const validate = await cli(['ledger', 'validate', ledger]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^✔ ledger is valid: /m);
    const before = filesOf(ledger);
    const out = scratch();
    const { code, stdout, stderr } = await cli(['reconcile', 'sources', '--ledger', ledger, '--propose', path.join(out, 'proposals.yaml')]);
    expect(code).toBe(1);
    expect(stderr).toBe(`1 proposed ledger change written to ${path.join(out, 'proposals.yaml')} (review them; the ledger is unchanged)\n`);
    expect(stdout).toContain('  2025-10     United Kingdom  2 statements in 1 source  not in the ledger → proposed\n');
    const text = readFileSync(path.join(out, 'proposals.yaml'), 'utf8');
    expect(text).toContain([
      '  # United Kingdom is not a member of vietnam-csp in the ledger; 1 source dates its joining 2025-10.',
      '  - change: add-member',
      '    collection: vietnam-csp',
      '    file: collections/vietnam-csp.yaml',
      '    member:',
      '      entity: united-kingdom',
      '      since: 2025-10',
      '      sources:',
      `        # ${ELITE}:32:1 “Vietnam’s Elite Diplomatic Sphere: A Deep Dive into 14 Comprehensive Strategic…”, title dated 2025-10; the article gives no URL: cite its public address instead`,
      `        - url: file:${ELITE}`,
      '          quote: United Kingdom (October, 2025)',
    ].join('\n'));
    expect(parse(text).proposals).toHaveLength(1);
    expect(filesOf(ledger)).toEqual(before);
  });

  it('refuses --propose without the ledger\'s memberships, or inside the ledger folder', async () => {
    const alone = await cli(['reconcile', 'sources', '--sources-only', '--propose', 'p.yaml'], scratch());
    expect(alone).toMatchObject({ code: 2, stderr: 'ledgerlint: --propose needs the ledger\'s memberships to compare with: drop --sources-only\n' });
    const inside = await cli(['reconcile', 'sources', '--propose', 'ledger/proposals.yaml']);
    expect(inside).toMatchObject({ code: 2, stderr: 'ledgerlint: --propose: ledger/proposals.yaml is inside the ledger folder; write the proposals elsewhere (they are never applied to the ledger)\n' });
  });
});

describe('ledgerlint reconcile: formats, exit codes and bad input', () => {
  it('exits 0 when the sources agree, and writes the report atomically with --output', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.md'), '---\ndate: 2025-03-01\n---\nNew Zealand elevated ties to a comprehensive strategic partnership with Vietnam in February 2025.\n');
    writeFileSync(path.join(dir, 'b.txt'), 'Wire\nMar 2, 2025 / 09:00\n\nVietnam and New Zealand upgraded relations to a comprehensive strategic partnership on February 26, 2025.\n');
    const { code, stdout, stderr } = await cli(['reconcile', '.', '--format', 'markdown', '--output', 'out/report.md'], dir);
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' });
    const report = readFileSync(path.join(dir, 'out/report.md'), 'utf8');
    expect(report).toContain('**0 conflicts**');
    expect(report).toContain('| New Zealand | 2025-02-26 | 2025-02-26 ✔ | 2025-02 | 2025-02-26 |\n');
    expect(readdirSync(path.join(dir, 'out'))).toEqual(['report.md']);
  });

  it('still reconciles the other sources when one cannot be used, and exits 2', async () => {
    const dir = scratch();
    cpSync(path.join(repo, 'sources'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    const { code, stdout } = await cli(['reconcile', '.'], dir);
    expect(code).toBe(2);
    expect(stdout.split('\n')[0]).toMatch(/^binary\.txt: error: /);
    expect(stdout).toContain('2025-02-27-hanoi-times-diplomacy-through-csp.txt:40:78  conflict  ');
  });

  it('refuses an unknown format and a missing path', async () => {
    expect(await cli(['reconcile', 'sources', '--format', 'sarif'])).toMatchObject({ code: 2, stderr: 'ledgerlint: --format: unknown format `sarif` for reconcile: expected one of stylish, json, markdown, html\n' });
    expect(await cli(['reconcile'])).toMatchObject({ code: 2, stderr: 'ledgerlint: reconcile: give at least one file or folder of sources\n' });
  });

  it('writes a self-contained HTML page', async () => {
    const { code, stdout } = await cli(['reconcile', 'sources', '--format', 'html']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(stdout).toContain('<h1>ledgerlint reconcile report</h1>');
    expect(stdout).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=/);
  });
});
