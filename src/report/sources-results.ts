/**
 * What the reconcile reporters read: the sources report, the per-file results
 * it was built from (for line:column and titles) and the problems that belong
 * to no single article. The summary and exit code are derived here, once, so
 * every format agrees.
 */
import type { FileResult } from '../check.js';
import type { Problem } from '../problem.js';
import type { SourceRef, SourcesReport } from '../sources/index.js';
import { formatPartialDate } from '../time/partial-date.js';
import { locator, type Locator, type Range } from './positions.js';
import { relativePath } from './relative-path.js';
import type { ReportContext } from './results.js';

export interface ReconcileRun {
  readonly report: SourcesReport;
  readonly files: readonly FileResult[];
  /** Problems with paths or arguments rather than with one article. */
  readonly problems: readonly Problem[];
}

export type ReconcileReporter = (run: ReconcileRun, context: ReportContext) => string;

export interface ReconcileSummary {
  readonly sources: number;
  readonly memberStatements: number;
  readonly countStatements: number;
  readonly members: number;
  readonly collections: number;
  readonly conflicts: number;
  readonly proposals: number;
  /** Inputs that could not be used. */
  readonly unusable: number;
  readonly warnings: number;
}

export function summarizeReconcile(run: ReconcileRun): ReconcileSummary {
  const { report } = run;
  const problems = [...run.problems, ...run.files.flatMap((f) => f.problems)];
  return {
    sources: run.files.length,
    memberStatements: report.sources.reduce((n, s) => n + s.memberStatements, 0),
    countStatements: report.sources.reduce((n, s) => n + s.countStatements, 0),
    members: report.timelines.length,
    collections: new Set(report.timelines.map((t) => t.collection)).size,
    conflicts: report.conflicts.length,
    proposals: report.proposals.length,
    unusable: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

/** 0: the sources agree; 1: they conflict; 2: an input could not be used. */
export function reconcileExitCode(run: ReconcileRun): 0 | 1 | 2 {
  const summary = summarizeReconcile(run);
  if (summary.unusable > 0) return 2;
  return summary.conflicts > 0 ? 1 : 0;
}

export interface Located extends Range {
  readonly ref: SourceRef;
  /** The file as the report names it: relative to the working folder. */
  readonly path: string;
}

/** line:column for source references, one locator per file, made when first needed. */
export function refLocator(run: ReconcileRun, context: ReportContext): (ref: SourceRef) => Located {
  const texts = new Map(run.files.map((f) => [f.path, f.article?.text ?? '']));
  const locators = new Map<string, Locator>();
  return (ref) => {
    let locate = locators.get(ref.file);
    if (!locate) {
      locate = locator(texts.get(ref.file) ?? '');
      locators.set(ref.file, locate);
    }
    return { ref, path: relativePath(context.cwd, ref.file), ...locate(ref.span) };
  };
}

/** "a.txt:40:78". */
export function where(located: Located): string {
  return `${located.path}:${located.line}:${located.column}`;
}

/** Words on one line, cut to `max` characters: quotes in a report, never the source. */
export function quoteOf(words: string, max = 90): string {
  const flat = words.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** What the report compared against, in one phrase. */
export function comparedWith(run: ReconcileRun, context: ReportContext): string {
  return run.report.mode === 'ledger'
    ? `compared with the ledger (${context.ledger.hash})`
    : 'compared with each other only (--sources-only: the ledger\'s names and terms, none of its memberships)';
}

/** "dated 2025-02-27 (dateline)", "title dated 2025-10", "undated". */
export function sourceDate(source: SourcesReport['sources'][number]): string {
  if (source.date) return `dated ${formatPartialDate(source.date.date)} (${source.date.source})`;
  if (source.titleDate) return `title dated ${formatPartialDate(source.titleDate)}`;
  return 'undated';
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
