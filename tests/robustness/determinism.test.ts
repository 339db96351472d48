/**
 * The same articles give byte-identical JSON and SARIF, whatever order the
 * files are given in, wherever the folder is (paths are relative to cwd), and
 * from one run to the next.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

const repo = path.resolve(import.meta.dirname, '../..');

async function report(argv: string[], cwd: string): Promise<string> {
  const { code, stdout, stderr } = await runCli(argv, cwd);
  expect(stderr).toBe('');
  expect([0, 1, 2]).toContain(code);
  return stdout;
}

/** A tree of articles: the four samples, one with a problem, one unusable, in nested folders. */
function tree(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-determinism-'));
  cpSync(path.join(repo, 'sources'), path.join(dir, 'articles/sources'), { recursive: true });
  writeFileSync(path.join(dir, 'articles/z-first.md'), '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries: China, Russia and India.\n');
  writeFileSync(path.join(dir, 'articles/a-bad-date.md'), '---\ndate: someday\n---\nVietnam has 14 comprehensive strategic partners.\n');
  writeFileSync(path.join(dir, 'articles/binary.txt'), Buffer.from([0x41, 0x00]));
  return dir;
}

const FILES = ['articles/z-first.md', 'articles/a-bad-date.md', 'articles/binary.txt', 'articles/sources'];

describe.each(['json', 'sarif'])('--format %s', (format) => {
  let dir: string;
  let reference: string;
  beforeAll(async () => {
    dir = tree();
    reference = await report(['check', ...FILES, '--format', format], dir);
  });

  it('reports something', () => {
    expect(reference.length).toBeGreaterThan(1000);
    expect(reference).not.toContain(dir); // no absolute paths
    expect(reference).not.toContain(tmpdir());
  });

  it('is byte-identical on a second run', async () => {
    expect(await report(['check', ...FILES, '--format', format], dir)).toBe(reference);
  });

  it('is byte-identical with the files given in another order', async () => {
    expect(await report(['check', ...[...FILES].reverse(), '--format', format], dir)).toBe(reference);
    expect(await report(['check', FILES[2]!, FILES[0]!, FILES[3]!, FILES[1]!, '--format', format], dir)).toBe(reference);
  });

  it('is byte-identical when the folder is given instead of its files', async () => {
    expect(await report(['check', 'articles', '--format', format], dir)).toBe(reference);
  });

  it('is byte-identical when the tree is copied elsewhere', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'ledgerlint-determinism-copy-'));
    cpSync(dir, path.join(copy, 'deeper/place'), { recursive: true });
    expect(await report(['check', ...FILES, '--format', format], path.join(copy, 'deeper/place'))).toBe(reference);
  });

  it('is byte-identical with --output', async () => {
    await report(['check', ...FILES, '--format', format, '--output', 'out/report'], dir);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path.join(dir, 'out/report'), 'utf8')).toBe(reference);
  });
});
