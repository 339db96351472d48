/**
 * The accuracy benchmark: every labelled article through checkArticle, scored
 * against its labels; then the same articles with seeded injected errors.
 * Prints the report and writes bench/accuracy/RESULTS.md (deterministic: no
 * clock, no timings; the date is --date, by default the benchmark's day).
 *
 *   npm run bench:accuracy [-- --seed 42 --date 2026-11-23 --no-write]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkArticle, type FileResult } from '../../src/check.js';
import { parsePartialDate } from '../../src/time/partial-date.js';
import { BENCH_DIR, ROOT, loadCorpus, loadLexicons, type CorpusEntry, type LoadedLedger } from './corpus.js';
import { DEFAULT_SEED, injectErrors, OPERATORS, TODAY, type MutatedArticle } from './inject.js';
import type { LabelledArticle, Span } from './labels.js';
import { renderReport, type ArticleRun, type InjectionRun } from './report.js';
import { overlaps, scoreArticle } from './score.js';
import { knownCollectionIds } from './real/corpus.js';
import { evaluateRealCorpus, loadRealCorpus } from './real/evaluate.js';
import { baselineOf, renderRealReport, type Baseline } from './real/report.js';
import { SPLITS_FILE } from './real/splits.js';

async function run(article: LabelledArticle, text: string, lexicons: (a: LabelledArticle) => LoadedLedger): Promise<FileResult> {
  const options = article.asOf ? { asOf: parsePartialDate(article.asOf) } : {};
  const result = await checkArticle(article.path, text, lexicons(article).lexicon, options);
  if (result.problems.some((p) => p.severity === 'error')) throw new Error(`${article.path}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result;
}

async function scoreCorpus(corpus: readonly CorpusEntry[], lexicons: (a: LabelledArticle) => LoadedLedger): Promise<ArticleRun[]> {
  const runs: ArticleRun[] = [];
  for (const { section, article } of corpus) {
    const result = await run(article, article.text, lexicons);
    runs.push({ section, article, result, score: scoreArticle(article.labels, result.claims, result.verdicts) });
  }
  return runs;
}

/** Every span by which a refuted verdict is tied to words: its own, its cause's, its claim's, the claim's as-of and linked list or count. */
function tiedSpans(result: FileResult, verdict: FileResult['verdicts'][number]): Span[] {
  const claim = result.claims.find((c) => c.id === verdict.claimId);
  const spans: Span[] = [verdict.span];
  if (verdict.cause) spans.push(verdict.cause.span);
  if (claim) {
    spans.push(claim.span);
    if (claim.asOf?.span) spans.push(claim.asOf.span);
    const linked = claim.kind === 'count' ? claim.listId : claim.kind === 'list' ? claim.countId : undefined;
    const other = linked && result.claims.find((c) => c.id === linked);
    if (other) spans.push(other.span);
  }
  return spans;
}

async function scoreInjections(mutated: readonly MutatedArticle[], originals: ReadonlyMap<string, FileResult>, lexicons: (a: LabelledArticle) => LoadedLedger): Promise<InjectionRun[]> {
  const runs: InjectionRun[] = [];
  for (const m of mutated) {
    const result = await run(m.source, m.text, lexicons);
    const { mutation } = m;
    const touches = (v: FileResult['verdicts'][number]) => tiedSpans(result, v).some((s) => overlaps(s, mutation.target) || overlaps(s, mutation.changed));
    const refuted = result.verdicts.filter((v) => v.status === 'refuted');
    const caught = refuted.filter((v) => touches(v) && mutation.rules.includes(v.ruleId));
    const acceptedOnly = caught.length === 0 && refuted.some((v) => touches(v) && mutation.accept.includes(v.ruleId));
    // Away from the injected error and not refuted in the original article: a false alarm the mutation caused.
    const delta = mutation.after.length - (mutation.replaced.end - mutation.replaced.start);
    const editedEnd = mutation.replaced.end + delta;
    const back = (s: Span): Span => (s.start >= editedEnd ? { start: s.start - delta, end: s.end - delta } : s);
    const before = new Set(originals.get(m.source.path)!.verdicts.filter((v) => v.status === 'refuted').map((v) => `${v.ruleId} ${v.span.start} ${v.span.end}`));
    const elsewhere = mutation.operator === 'stale-superlative'
      ? undefined // the article's date moved: any dated claim may rightly go stale
      : refuted.filter((v) => !touches(v) && !overlaps(v.span, { start: mutation.replaced.start, end: editedEnd }) && !before.has(`${v.ruleId} ${back(v.span).start} ${back(v.span).end}`));
    runs.push({ mutated: m, result, caught: caught.length > 0, acceptedOnly, elsewhere, engine: describeAt(result, mutation.target) });
  }
  return runs;
}

function describeAt(result: FileResult, span: Span): string {
  const claims = result.claims.filter((c) => overlaps(c.span, span));
  if (claims.length === 0) return 'not extracted';
  const ids = new Set(claims.map((c) => c.id));
  const said = [...new Set(result.verdicts.filter((v) => ids.has(v.claimId)).map((v) => `${v.ruleId} ${v.status}`))];
  return `extracted as ${[...new Set(claims.map((c) => c.kind))].join(', ')}; ${said.join(', ') || 'no verdict'}`;
}

/** The commit that first added the real corpus's split file: the test split's freeze. */
function freezeCommit(): string {
  try {
    const commits = execFileSync('git', ['log', '--format=%h', '--diff-filter=A', '--', path.relative(ROOT, SPLITS_FILE)], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    return commits.at(-1) || 'not yet committed';
  } catch {
    return 'unknown (no git)';
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, date: { type: 'string' }, 'no-write': { type: 'boolean' }, 'baseline-out': { type: 'string' }, 'baseline-engine': { type: 'string' } } });
  const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
  const date = values.date ?? [TODAY.year, TODAY.month, TODAY.day].map((n) => String(n).padStart(2, '0')).join('-');
  const corpus = loadCorpus();
  const lexicons = await loadLexicons(corpus.map((e) => e.article));
  const articleRuns = await scoreCorpus(corpus, lexicons);
  const originals = new Map(articleRuns.map((r) => [r.article.path, r.result]));
  const mutated = injectErrors(corpus.map((e) => e.article), (a) => lexicons(a).ledger, seed);
  const injectionRuns = await scoreInjections(mutated, originals, lexicons);
  const realRuns = await evaluateRealCorpus(loadRealCorpus(knownCollectionIds()), lexicons(corpus[0]!.article).lexicon);
  if (values['baseline-out']) {
    writeFileSync(values['baseline-out'], `${JSON.stringify(baselineOf(realRuns, values['baseline-engine'] ?? 'unnamed'), null, 2)}\n`);
    return;
  }
  const baselineFile = path.join(BENCH_DIR, 'real', 'baseline.json');
  const baseline = existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline) : undefined;
  const real = renderRealReport({ runs: realRuns, freezeCommit: freezeCommit(), ...(baseline ? { baseline } : {}) });
  const report = renderReport({ date, seed, articles: articleRuns, injections: injectionRuns, operators: OPERATORS, before: real });
  process.stdout.write(report);
  if (!values['no-write']) writeFileSync(path.join(BENCH_DIR, 'RESULTS.md'), report);
}

await main();
