/**
 * The speed benchmark's archive generator and statistics: the archive must be
 * the same on every machine, shaped like a news archive (mostly filler, both
 * formats, dated, a few long articles), about 5 kB an article, and written
 * to disk without clobbering a folder that is not an archive. No timing here:
 * speed is measured by `npm run bench`.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { existingArchive, syntheticArticle, syntheticArticles, writeArchive } from '../../bench/archive/generate.js';
import { median, percentile } from '../../bench/lib/stats.js';
import { ingest } from '../../src/ingest/index.js';

const thousand = [...syntheticArticles(1000)];
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

describe('the synthetic archive', () => {
  it('is the same for the same seed, article by article, and differs for another seed', () => {
    expect(syntheticArticle(123).text).toBe(thousand[123]!.text);
    expect(syntheticArticle(123, 7).text).not.toBe(thousand[123]!.text);
    expect(new Set(thousand.map((a) => a.path)).size).toBe(1000);
  });

  it('averages about 5 kB an article, so 10,000 make about 50 MB', () => {
    const mean = thousand.reduce((sum, a) => sum + bytes(a.text), 0) / thousand.length;
    expect(mean).toBeGreaterThan(4_000);
    expect(mean).toBeLessThan(6_000);
  });

  it('mixes Markdown and plain text, and has a few long articles', () => {
    const markdown = thousand.filter((a) => a.path.endsWith('.md')).length;
    expect(markdown).toBeGreaterThan(500);
    expect(markdown).toBeLessThan(700);
    expect(thousand.filter((a) => a.path.endsWith('.txt')).length).toBe(1000 - markdown);
    const long = [...syntheticArticles(3000)].filter((a) => bytes(a.text) >= 40_000).length;
    expect(long).toBeGreaterThanOrEqual(5);
    expect(long).toBeLessThanOrEqual(30);
  });

  it('is mostly filler, with claim paragraphs and sample-article paragraphs', () => {
    const share = (kind: string) => {
      const of = (a: (typeof thousand)[number]) => a.paragraphs.filter((p) => p.kind === kind).reduce((n, p) => n + p.text.length, 0);
      return thousand.reduce((n, a) => n + of(a), 0) / thousand.reduce((n, a) => n + a.text.length, 0);
    };
    expect(share('filler')).toBeGreaterThan(0.6);
    expect(share('claim')).toBeGreaterThan(0.02);
    expect(share('sample')).toBeGreaterThan(0.05);
  });

  it('dates every article where ingest reads it: front matter or a dateline', () => {
    for (const a of thousand.slice(0, 200)) {
      const { article, problems } = ingest(a.path, a.text);
      expect(problems, a.path).toEqual([]);
      expect(article?.date?.source, a.path).toBe(a.path.endsWith('.md') ? 'front-matter' : 'dateline');
    }
  });
});

describe('writing the archive', () => {
  const made: string[] = [];
  const scratch = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ledgerlint-archive-test-'));
    made.push(dir);
    return dir;
  };
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });

  it('writes each article and a manifest of their bytes, and replaces a previous archive', async () => {
    const dir = path.join(await scratch(), 'archive');
    await writeArchive(dir, 30);
    const manifest = await writeArchive(dir, 20);
    const files = (await readdir(dir, { recursive: true })).filter((f) => /\.(?:md|txt)$/.test(f)).sort();
    expect(files).toEqual(thousand.slice(0, 20).map((a) => a.path).sort());
    expect(manifest).toMatchObject({ articles: 20, bytes: thousand.slice(0, 20).reduce((n, a) => n + bytes(a.text), 0) });
    expect(await readFile(path.join(dir, thousand[3]!.path), 'utf8')).toBe(thousand[3]!.text);
    expect(await existingArchive(dir, 20)).toEqual(manifest);
    expect(await existingArchive(dir, 10_000)).toBeUndefined();
  });

  it('refuses a folder that holds something other than an archive', async () => {
    const dir = await scratch();
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    await expect(writeArchive(dir, 5)).rejects.toThrow(`${dir} is not empty and holds no archive manifest: refusing to replace it`);
    expect(await readFile(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('statistics', () => {
  it('takes medians and interpolated percentiles', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBe(48);
    expect(percentile([], 50)).toBeNaN();
  });
});
