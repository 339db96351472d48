/**
 * What reporters read: a run's per-file results, plus the problems that
 * belong to no single article. Findings are derived here, once, so every
 * format agrees on what counts as an error.
 */
import type { FileResult } from '../check.js';
import type { Ledger } from '../ledger/model.js';
import type { Problem } from '../problem.js';
import type { Finding } from '../policy/index.js';
import { locator, type Range } from './positions.js';

export type { Finding };

export interface RunResult {
  readonly files: readonly FileResult[];
  /** Problems with paths or arguments rather than with one article. */
  readonly problems: readonly Problem[];
}

export interface ReportContext {
  readonly ledger: Ledger;
  /** Paths in reports are relative to this folder. */
  readonly cwd: string;
  readonly color: boolean;
  readonly version: string;
}


/** One line's worth of output, in report order: run problems, then per file its problems and its findings. */
export type Message =
  | { readonly kind: 'problem'; readonly problem: Problem }
  | { readonly kind: 'finding'; readonly file: FileResult; readonly finding: Finding; readonly at: Range };

export function* messagesOf(run: RunResult): Generator<Message> {
  for (const problem of run.problems) yield { kind: 'problem', problem };
  for (const file of run.files) {
    for (const problem of file.problems) yield { kind: 'problem', problem };
    if (!file.article) continue;
    const locate = locator(file.article.text);
    for (const finding of findingsOf(file)) yield { kind: 'finding', file, finding, at: locate(finding.verdict.span) };
  }
}

/** The findings a reader acts on: those no comment in the article suppresses. */
export function findingsOf(file: FileResult): Finding[] {
  return file.findings.filter((f) => !f.suppressed);
}

export interface Summary {
  readonly files: number;
  readonly claims: number;
  readonly supported: number;
  readonly refuted: number;
  readonly unverifiable: number;
  readonly errors: number;
  readonly warnings: number;
  /** Findings silenced by a comment in the article. */
  readonly suppressed: number;
  /** Inputs that could not be used (unreadable files, bad encodings). */
  readonly unusable: number;
}

export function summarize(run: RunResult): Summary {
  const verdicts = run.files.flatMap((f) => f.verdicts);
  const findings = run.files.flatMap(findingsOf);
  const problems = [...run.problems, ...run.files.flatMap((f) => f.problems)];
  return {
    files: run.files.length,
    claims: run.files.reduce((n, f) => n + f.claims.length, 0),
    supported: verdicts.filter((v) => v.status === 'supported').length,
    refuted: verdicts.filter((v) => v.status === 'refuted').length,
    unverifiable: verdicts.filter((v) => v.status === 'unverifiable').length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length + problems.filter((p) => p.severity === 'warning').length,
    suppressed: run.files.reduce((n, f) => n + f.findings.length, 0) - findings.length,
    unusable: problems.filter((p) => p.severity === 'error').length,
  };
}

/** 0: nothing wrong; 1: findings at error severity; 2: an input could not be used. */
export function exitCodeOf(run: RunResult): 0 | 1 | 2 {
  const summary = summarize(run);
  if (summary.unusable > 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}
