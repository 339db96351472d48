/**
 * One article through the whole pipeline: ingest → extract → reconcile →
 * judge (which verdicts are findings, at what severity, suppressed or not). No
 * file or config I/O happens here, so it runs the same in the CLI, in a
 * worker, in the remark plugin and in tests.
 */
import { extractClaims, type Claim, type Lexicon } from './extract/index.js';
import { ingest, type Article } from './ingest/index.js';
import { judge, type Finding, type RuleLevels } from './policy/index.js';
import type { Problem } from './problem.js';
import { gate } from './gate/index.js';
import { reconcile, type Verdict } from './reconcile/index.js';
import type { PartialDate } from './time/partial-date.js';

export interface CheckOptions {
  /** The date to judge claims at when an article gives none (--as-of). */
  readonly asOf?: PartialDate;
  /** A later date to re-judge present-tense claims of dated articles at (--as-of): outdated-since-publication. */
  readonly recheckAt?: PartialDate;
  /** Rule levels from the config: off, warn or error. */
  readonly rules?: RuleLevels;
}

/** What the command line's --as-of means: the date for undated articles, and the date to re-judge dated ones' present-tense claims at. */
export function asOfOptions(asOf: PartialDate | undefined): Pick<CheckOptions, 'asOf' | 'recheckAt'> {
  return asOf ? { asOf, recheckAt: asOf } : {};
}

export interface FileResult {
  readonly path: string;
  readonly article?: Article;
  readonly claims: readonly Claim[];
  readonly verdicts: readonly Verdict[];
  /** The refuted verdicts that are findings, with their severity and any suppression. */
  readonly findings: readonly Finding[];
  readonly problems: readonly Problem[];
}

export async function checkArticle(path: string, input: Uint8Array | string, lexicon: Lexicon, options: CheckOptions = {}): Promise<FileResult> {
  const { article, problems } = ingest(path, input);
  if (!article) return { path, claims: [], verdicts: [], findings: [], problems };
  const claims = await extractClaims(article, lexicon, options);
  const recheck = options.recheckAt ? { recheckAt: options.recheckAt } : {};
  const verdicts = gate(claims, reconcile(article, claims, lexicon.ledger, recheck), { ledger: lexicon.ledger, article, claims, ...recheck });
  const judged = judge(article, verdicts, options.rules);
  return { path, article, claims, verdicts, findings: judged.findings, problems: [...problems, ...judged.problems] };
}
