/**
 * One article through the whole pipeline: ingest → extract → reconcile. No
 * file or config I/O happens here, so it runs the same in the CLI, in a
 * worker, in the remark plugin and in tests.
 */
import { extractClaims, type Claim, type Lexicon } from './extract/index.js';
import { ingest, type Article } from './ingest/index.js';
import type { Problem } from './problem.js';
import { reconcile, type Verdict } from './reconcile/index.js';
import type { PartialDate } from './time/partial-date.js';

export interface CheckOptions {
  /** The date to judge claims at when an article gives none (--as-of). */
  readonly asOf?: PartialDate;
}

export interface FileResult {
  readonly path: string;
  readonly article?: Article;
  readonly claims: readonly Claim[];
  readonly verdicts: readonly Verdict[];
  readonly problems: readonly Problem[];
}

export async function checkArticle(path: string, input: Uint8Array | string, lexicon: Lexicon, options: CheckOptions = {}): Promise<FileResult> {
  const { article, problems } = ingest(path, input);
  if (!article) return { path, claims: [], verdicts: [], problems };
  const claims = await extractClaims(article, lexicon, options);
  const verdicts = reconcile(article, claims, lexicon.ledger);
  return { path, article, claims, verdicts, problems };
}
