/**
 * The real corpus through the checker as a newsroom runs it: every article
 * against the default ledger (every collection loaded), no --as-of; then one
 * copy of the article per planted error.
 */
import path from 'node:path';
import { checkArticle, type FileResult } from '../../../src/check.js';
import type { Lexicon } from '../../../src/extract/index.js';
import { overlaps } from '../score.js';
import type { Span } from '../labels.js';
import { REAL_DIR, ROOT } from './corpus.js';
import { loadRealArticle, type LocatedClaim, type RealArticle } from './labels.js';
import { scoreRealArticle, type ArticleScore, type FindingLike } from './score.js';
import { readSplits, type Split } from './splits.js';
import { labelFiles } from '../corpus.js';

export interface PlantRun {
  readonly claim: LocatedClaim;
  readonly caught: boolean;
  /** Findings away from the planted words that the original article did not have. */
  readonly alarms: readonly FindingLike[];
  /** What the checker reported at the planted words, or "nothing". */
  readonly engine: string;
}

export interface RealRun {
  readonly article: RealArticle;
  readonly split: Split;
  readonly score: ArticleScore;
  readonly plants: readonly PlantRun[];
}

/**
 * Every split article. A collection folder none of whose articles is split yet
 * is being built: it is left out (and named on stderr) until the manifest
 * assigns it; one unsplit article in a split folder is an error.
 */
export function loadRealCorpus(known: ReadonlySet<string>): { article: RealArticle; split: Split }[] {
  const splits = readSplits();
  const folderOf = (p: string) => path.relative(path.join(REAL_DIR, 'articles'), p).split(path.sep)[0]!;
  const splitFolders = new Set([...splits.keys()].map((p) => folderOf(path.join(ROOT, p))));
  const files = labelFiles(path.join(REAL_DIR, 'articles'));
  const building = [...new Set(files.map(folderOf).filter((f) => !splitFolders.has(f)))];
  if (building.length) process.stderr.write(`real corpus: not split yet, left out: ${building.join(', ')}\n`);
  return files.filter((file) => splitFolders.has(folderOf(file))).map((file) => {
    const article = loadRealArticle(file, ROOT, known);
    const split = splits.get(article.path);
    if (!split) throw new Error(`${article.path} has no split: run \`npx tsx bench/accuracy/real/manifest.ts\``);
    return { article, split };
  });
}

export async function evaluateRealCorpus(corpus: readonly { article: RealArticle; split: Split }[], lexicon: Lexicon): Promise<RealRun[]> {
  const runs: RealRun[] = [];
  for (const { article, split } of corpus) {
    const result = await check(article, article.text, lexicon);
    const findings = findingsOf(result);
    const extracted = result.claims.map((c) => ({
      kind: c.kind,
      span: c.span,
      statuses: result.verdicts.filter((v) => v.claimId === c.id).map((v) => v.status),
    }));
    const score = scoreRealArticle(article.claims, article.traps, extracted, findings);
    const plants: PlantRun[] = [];
    for (const claim of article.claims) if (claim.plant) plants.push(await runPlant(article, claim, findings, lexicon));
    runs.push({ article, split, score, plants });
  }
  return runs;
}

async function check(article: RealArticle, text: string, lexicon: Lexicon): Promise<FileResult> {
  const result = await checkArticle(article.path, text, lexicon);
  const fatal = result.problems.filter((p) => p.severity === 'error');
  if (fatal.length) throw new Error(`${article.path}: ${fatal.map((p) => p.message).join('; ')}`);
  return result;
}

function findingsOf(result: FileResult): FindingLike[] {
  return result.findings
    .filter((f) => !f.suppressed)
    .map(({ verdict }) => {
      const claim = result.claims.find((c) => c.id === verdict.claimId);
      return {
        ruleId: verdict.ruleId,
        message: verdict.message,
        span: verdict.span,
        ...(claim ? { claimSpan: claim.span } : {}),
        ...(verdict.cause ? { causeSpan: verdict.cause.span } : {}),
      };
    });
}

async function runPlant(article: RealArticle, claim: LocatedClaim, before: readonly FindingLike[], lexicon: Lexicon): Promise<PlantRun> {
  const plant = claim.plant!;
  const text = article.text.slice(0, plant.span.start) + plant.with + article.text.slice(plant.span.end);
  const delta = plant.with.length - (plant.span.end - plant.span.start);
  const shift = (s: Span): Span => (s.start >= plant.span.end ? { start: s.start + delta, end: s.end + delta } : s);
  const planted: Span = { start: claim.span.start, end: claim.span.end + delta };
  const findings = findingsOf(await check(article, text, lexicon));
  const touches = (f: FindingLike) => [f.span, f.claimSpan, f.causeSpan].some((s) => s && overlaps(s, planted));
  const existed = new Set(before.map((f) => `${f.ruleId} ${shift(f.span).start} ${shift(f.span).end}`));
  const at = findings.filter(touches);
  return {
    claim,
    caught: at.length > 0,
    alarms: findings.filter((f) => !touches(f) && !existed.has(`${f.ruleId} ${f.span.start} ${f.span.end}`)),
    engine: at.length ? [...new Set(at.map((f) => f.ruleId))].join(', ') : 'nothing',
  };
}
