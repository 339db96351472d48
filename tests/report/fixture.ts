/**
 * The small run the report tests share: two articles through checkArticle
 * with the real ledger — one with a refuted count, one that cannot be
 * decoded — and the context the CLI would give them.
 */
import path from 'node:path';
import { checkArticle } from '../../src/check.js';
import { buildLexicon, type Lexicon } from '../../src/extract/index.js';
import { loadLedger } from '../../src/ledger/load.js';
import type { Ledger } from '../../src/ledger/model.js';
import type { ReportContext, RunResult } from '../../src/report/index.js';

export const repo = path.resolve(import.meta.dirname, '../..');

/** Front matter dates it 2025-02-27, when Vietnam had ten such partners by country: `nine` is stale. */
export const COUNT_ARTICLE = '---\ndate: 2025-02-27\n---\n# Partners\n\nVietnam has comprehensive strategic partnerships with nine countries.\n';

/** Latin-1 "Café": not UTF-8, so the article cannot be used. */
export const LATIN1_ARTICLE = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]);

let loaded: Promise<{ ledger: Ledger; lexicon: Lexicon }> | undefined;

export function ledgerAndLexicon(): Promise<{ ledger: Ledger; lexicon: Lexicon }> {
  loaded ??= loadLedger('ledger').then((ledger) => ({ ledger, lexicon: buildLexicon(ledger) }));
  return loaded;
}

export async function contextFor(): Promise<ReportContext> {
  const { ledger } = await ledgerAndLexicon();
  return { cwd: repo, color: false, version: '0.0.0-test', ledger };
}

/** The fixture run: articles/csp.md (one stale-count error) and articles/latin1.txt (not UTF-8). */
export async function fixtureRun(): Promise<RunResult> {
  const { lexicon } = await ledgerAndLexicon();
  return {
    files: [
      await checkArticle(path.join(repo, 'articles/csp.md'), COUNT_ARTICLE, lexicon),
      await checkArticle(path.join(repo, 'articles/latin1.txt'), LATIN1_ARTICLE, lexicon),
    ],
    problems: [],
  };
}
