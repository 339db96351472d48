/**
 * A deterministic synthetic news archive for the speed benchmark: N articles
 * (default 10,000, about 50 MB), Markdown with front matter and plain text
 * with datelines, mostly filler with claim paragraphs, sample-article
 * paragraphs and a few long explainers. Article i depends only on the seed and
 * i, so a small archive is the start of a large one. Articles are written one
 * at a time: the archive is never held in memory.
 *
 *   tsx bench/archive/generate.ts [DIR] [--articles N] [--seed S]
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Random } from '../lib/prng.js';
import { claimParagraph, claimTitle, sectionLines, type ArticleDate } from './claims.js';
import { fillerItem, fillerParagraph, fillerTitle, headingText, MONTHS } from './filler.js';
import { sampleParagraphs } from './samples.js';

export const DEFAULT_ARTICLES = 10_000;
export const DEFAULT_SEED = 20_251_123;
export const DEFAULT_ARCHIVE_DIR = fileURLToPath(new URL('../.archive/', import.meta.url));
/** Bumped whenever the output changes, so a stale archive on disk is regenerated. */
export const GENERATOR_VERSION = 1;
const MANIFEST = 'manifest.json';

export type ParagraphKind = 'filler' | 'claim' | 'sample' | 'heading' | 'list' | 'frame';

export interface SyntheticArticle {
  /** Relative to the archive folder. */
  readonly path: string;
  readonly text: string;
  /** What each paragraph was generated as, for tests of the pre-filter. */
  readonly paragraphs: readonly { readonly kind: ParagraphKind; readonly text: string }[];
}

export interface Manifest {
  readonly generator: number;
  readonly seed: number;
  readonly articles: number;
  readonly bytes: number;
}

/** Article sizes in bytes: mostly short news, some features, a few long explainers. */
function targetSize(r: Random): number {
  const x = r.next();
  if (x < 0.75) return r.int(1_400, 4_200);
  if (x < 0.95) return r.int(4_500, 10_000);
  if (x < 0.995) return r.int(10_000, 30_000);
  return r.int(40_000, 200_000);
}

function articleDate(r: Random): ArticleDate {
  // Weighted to recent years, as an archive's traffic is.
  const year = r.chance(0.6) ? r.int(2022, 2026) : r.int(2008, 2021);
  return { year, month: year === 2026 ? r.int(1, 6) : r.int(1, 12), day: r.int(1, 28) };
}

const pad = (n: number) => String(n).padStart(2, '0');
const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50);

export function syntheticArticle(index: number, seed = DEFAULT_SEED): SyntheticArticle {
  const r = new Random(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  const markdown = r.chance(0.6);
  const date = articleDate(r);
  const target = targetSize(r);
  const claimShare = r.chance(0.35) ? 0 : r.pick([0.05, 0.1, 0.15, 0.25]);
  const title = claimShare > 0 && r.chance(0.4) ? claimTitle(r, date) : fillerTitle(r);
  const samples = sampleParagraphs();
  const paragraphs: { kind: ParagraphKind; text: string }[] = [];
  let size = 0;
  const push = (kind: ParagraphKind, text: string) => {
    paragraphs.push({ kind, text });
    size += text.length + 2;
  };
  if (target >= 40_000 && claimShare > 0) push('claim', sectionLines(r, date).join('\n'));
  while (size < target) {
    const x = r.next();
    if (markdown && paragraphs.length > 0 && r.chance(0.12)) push('heading', `## ${headingText(r)}`);
    if (markdown && r.chance(0.06)) push('list', Array.from({ length: r.int(3, 6) }, () => `- ${fillerItem(r)}`).join('\n'));
    if (x < claimShare) push('claim', claimParagraph(r, date));
    else if (x < claimShare + 0.12) push('sample', r.pick(samples));
    else push('filler', fillerParagraph(r));
  }
  const ymd = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const name = `${date.year}/${pad(date.month)}/${String(index).padStart(5, '0')}-${slugOf(title)}.${markdown ? 'md' : 'txt'}`;
  let text: string;
  if (markdown) {
    text = `---\ntitle: "${title.replace(/"/g, "'")}"\ndate: ${ymd}\n---\n\n# ${title}\n\n${paragraphs.map((p) => p.text).join('\n\n')}\n`;
  } else {
    const dateline = r.chance(0.5)
      ? `${MONTHS[date.month - 1]!.slice(0, 3)} ${date.day}, ${date.year} / ${pad(r.int(6, 22))}:${pad(r.int(0, 59))}`
      : `HANOI, ${MONTHS[date.month - 1]!.slice(0, 3)} ${date.day}, ${date.year} (VNA) -`;
    const gap = r.chance(0.5) ? '\n\n' : '\n';
    text = `${title}\n${dateline}\n\n${paragraphs.map((p) => p.text).join(gap)}\n`;
  }
  return { path: name, text, paragraphs: [{ kind: 'frame', text: title }, ...paragraphs] };
}

export function* syntheticArticles(count: number, seed = DEFAULT_SEED): Generator<SyntheticArticle> {
  for (let i = 0; i < count; i++) yield syntheticArticle(i, seed);
}

/**
 * Writes the archive to `dir`, one article at a time, and a manifest. A
 * previous archive there is replaced; any other non-empty folder is refused.
 */
export async function writeArchive(dir: string, articles = DEFAULT_ARTICLES, seed = DEFAULT_SEED): Promise<Manifest> {
  const entries = await readdir(dir).catch((): string[] => []);
  if (entries.length > 0 && !entries.includes(MANIFEST)) throw new Error(`${dir} is not empty and holds no archive manifest: refusing to replace it`);
  await rm(dir, { recursive: true, force: true });
  let bytes = 0;
  const made = new Set<string>();
  for (const article of syntheticArticles(articles, seed)) {
    const file = path.join(dir, article.path);
    const folder = path.dirname(file);
    if (!made.has(folder)) await mkdir(folder, { recursive: true });
    made.add(folder);
    const data = Buffer.from(article.text, 'utf8');
    await writeFile(file, data);
    bytes += data.length;
  }
  const manifest: Manifest = { generator: GENERATOR_VERSION, seed, articles, bytes };
  await writeFile(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The manifest of the archive in `dir`, if it was written by this generator with these settings. */
export async function existingArchive(dir: string, articles: number, seed = DEFAULT_SEED): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    return manifest.generator === GENERATOR_VERSION && manifest.articles === articles && manifest.seed === seed ? manifest : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { articles: { type: 'string' }, seed: { type: 'string' } },
  });
  const dir = path.resolve(positionals[0] ?? DEFAULT_ARCHIVE_DIR);
  const articles = Number(values.articles ?? DEFAULT_ARTICLES);
  const seed = Number(values.seed ?? DEFAULT_SEED);
  if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) throw new Error('--articles and --seed take whole numbers');
  const started = performance.now();
  const manifest = await writeArchive(dir, articles, seed);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${manifest.articles} articles, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${path.relative(process.cwd(), dir) || '.'} (${seconds.toFixed(1)} s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
