/**
 * The labelled corpus: every `*.labels.yaml` under bench/accuracy/samples/
 * (labels for the verbatim articles in sources/) and bench/accuracy/articles/
 * (one folder per collection), with the ledger each article is checked against.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLexicon, type Lexicon } from '../../src/extract/index.js';
import { DEFAULT_LEDGER_DIR, loadLedger } from '../../src/ledger/load.js';
import type { Ledger } from '../../src/ledger/model.js';
import { loadLabelledArticle, type LabelledArticle } from './labels.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BENCH_DIR = path.join(ROOT, 'bench', 'accuracy');

export interface CorpusEntry {
  /** "samples", or the folder under articles/: "vietnam", "euro-area". */
  readonly section: string;
  readonly article: LabelledArticle;
}

export function labelFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...labelFiles(full));
    else if (entry.name.endsWith('.labels.yaml')) out.push(full);
  }
  return out;
}

export function loadCorpus(benchDir: string = BENCH_DIR, root: string = ROOT): CorpusEntry[] {
  const samples = labelFiles(path.join(benchDir, 'samples')).map((file) => ({ section: 'samples', article: loadLabelledArticle(file, root) }));
  const articlesDir = path.join(benchDir, 'articles');
  const own = labelFiles(articlesDir).map((file) => ({
    section: path.relative(articlesDir, file).split(path.sep)[0]!,
    article: loadLabelledArticle(file, root),
  }));
  return [...samples, ...own];
}

export interface LoadedLedger {
  readonly ledger: Ledger;
  readonly lexicon: Lexicon;
}

/** Loads every ledger the articles name (once each); returns a lookup by article. */
export async function loadLexicons(articles: readonly LabelledArticle[]): Promise<(article: LabelledArticle) => LoadedLedger> {
  const dirs = [...new Set(articles.map((a) => a.ledger ?? DEFAULT_LEDGER_DIR))];
  const loaded = new Map<string, LoadedLedger>();
  for (const dir of dirs) {
    const ledger = await loadLedger(dir);
    loaded.set(dir, { ledger, lexicon: buildLexicon(ledger) });
  }
  return (article) => loaded.get(article.ledger ?? DEFAULT_LEDGER_DIR)!;
}

export async function loadLedgers(articles: readonly LabelledArticle[]): Promise<(article: LabelledArticle) => Ledger> {
  const lookup = await loadLexicons(articles);
  return (article) => lookup(article).ledger;
}
