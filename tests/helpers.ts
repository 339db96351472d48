/**
 * Shared test helpers: the real ledger loaded once, shortcuts through the
 * pipeline, and the strict harness every result goes through.
 */
import { run } from '../src/cli/run.js';
import { expect } from 'vitest';
import { checkArticle, type FileResult } from '../src/check.js';
import { buildLexicon, extractClaims, type Claim, type CountClaim, type Lexicon, type ListClaim } from '../src/extract/index.js';
import { ingest, type Article } from '../src/ingest/index.js';
import { loadLedger } from '../src/ledger/load.js';
import type { Ledger } from '../src/ledger/model.js';
import type { Verdict } from '../src/reconcile/index.js';
import type { PartialDate } from '../src/time/partial-date.js';

let loaded: Promise<{ ledger: Ledger; lexicon: Lexicon }> | undefined;

/** The real ledger in ledger/ (tests run from the repo root), loaded once per test file. */
export function realLedger(): Promise<{ ledger: Ledger; lexicon: Lexicon }> {
  loaded ??= loadLedger('ledger').then((ledger) => ({ ledger, lexicon: buildLexicon(ledger) }));
  return loaded;
}

export interface RunOptions {
  /** The article's path: its extension picks Markdown or plain text. */
  readonly file?: string;
  /** The command line's --as-of. */
  readonly asOf?: PartialDate;
}

/** ingest + extractClaims, with the article checked by the strict harness. */
export async function claimsOf(text: string, { file = 'a.txt', asOf }: RunOptions = {}): Promise<{ article: Article; claims: Claim[] }> {
  const { lexicon } = await realLedger();
  const { article } = ingest(file, text);
  if (!article) throw new Error(`ingest gave no article for ${file}`);
  const claims = await extractClaims(article, lexicon, asOf ? { asOf } : {});
  expectWellFormed({ article, claims });
  return { article, claims };
}

/** The whole pipeline through checkArticle, checked by the strict harness. */
export async function verdictsOf(text: string | Uint8Array, { file = 'a.txt', asOf }: RunOptions = {}): Promise<FileResult> {
  const { lexicon } = await realLedger();
  const result = await checkArticle(file, text, lexicon, asOf ? { asOf } : {});
  expectWellFormed(result);
  return result;
}

export const counts = (claims: readonly Claim[]): CountClaim[] => claims.filter((c): c is CountClaim => c.kind === 'count');
export const lists = (claims: readonly Claim[]): ListClaim[] => claims.filter((c): c is ListClaim => c.kind === 'list');

/** The words a span points at. */
export function at(article: Article, span: { start: number; end: number }): string {
  return article.text.slice(span.start, span.end);
}

/** The verdicts of one rule for the claim whose text is `text`. */
export function verdictFor(result: FileResult, ruleId: string, text: string): Verdict[] {
  const ids = new Set(result.claims.filter((c) => c.text === text).map((c) => c.id));
  return result.verdicts.filter((v) => v.ruleId === ruleId && ids.has(v.claimId));
}

/** (ruleId, words at the verdict's span) for every refuted verdict, in text order. */
export function refutedPairs(result: FileResult): [string, string][] {
  return result.verdicts
    .filter((v) => v.status === 'refuted')
    .sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId))
    .map((v) => [v.ruleId, at(result.article!, v.span)]);
}

function expectSpanInside(span: { start: number; end: number }, text: string, what: string): void {
  expect(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`).toBe(true);
  expect(span.start, `${what}: start ≥ 0`).toBeGreaterThanOrEqual(0);
  expect(span.start, `${what}: start ≤ end`).toBeLessThanOrEqual(span.end);
  expect(span.end, `${what}: end ≤ text.length`).toBeLessThanOrEqual(text.length);
}

/**
 * The strict harness: every span inside the text, every claim's text the
 * slice at its span, every list entry's slice naming it, every verdict with a
 * rule and a message, and every claim with at least one verdict.
 */
export function expectWellFormed(result: { article?: Article; claims: readonly Claim[]; verdicts?: readonly Verdict[] }): void {
  const { article, claims, verdicts } = result;
  if (!article) {
    expect(claims, 'no article, no claims').toEqual([]);
    expect(verdicts ?? [], 'no article, no verdicts').toEqual([]);
    return;
  }
  const text = article.text;
  for (const block of article.blocks) expectSpanInside(block.span, text, `block ${JSON.stringify(block.text.slice(0, 30))}`);
  const ids = new Set<string>();
  for (const claim of claims) {
    const what = `${claim.kind} claim ${claim.id} ${JSON.stringify(claim.text)}`;
    expect(ids.has(claim.id), `${what}: unique id`).toBe(false);
    ids.add(claim.id);
    expectSpanInside(claim.span, text, what);
    expectSpanInside(claim.sentence, text, `${what} sentence`);
    expect(claim.text, `${what}: text is the slice at its span`).toBe(text.slice(claim.span.start, claim.span.end));
    if (claim.asOf?.span) expectSpanInside(claim.asOf.span, text, `${what} asOf`);
    if (claim.kind === 'list') {
      for (const entry of claim.entries) {
        const where = `${what} entry ${JSON.stringify(entry.name)}`;
        expectSpanInside(entry.span, text, where);
        expect(text.slice(entry.span.start, entry.span.end).toLowerCase(), `${where}: slice names it`).toContain(entry.name.toLowerCase());
        if (entry.date) expectSpanInside(entry.date.span, text, `${where} date`);
      }
    }
  }
  if (verdicts === undefined) return;
  for (const verdict of verdicts) {
    const what = `verdict ${verdict.ruleId} on ${verdict.claimId}`;
    expect(ids.has(verdict.claimId), `${what}: names a claim`).toBe(true);
    expect(verdict.ruleId, `${what}: ruleId`).toMatch(/^[a-z][a-z-]*$/);
    expect(verdict.message.trim().length, `${what}: non-empty message`).toBeGreaterThan(0);
    expect(['supported', 'refuted', 'unverifiable'], `${what}: status`).toContain(verdict.status);
    expectSpanInside(verdict.span, text, what);
    if (verdict.cause) expectSpanInside(verdict.cause.span, text, `${what} cause`);
  }
  for (const claim of claims) {
    expect(verdicts.some((v) => v.claimId === claim.id), `claim ${claim.id} ${JSON.stringify(claim.text)} has a verdict`).toBe(true);
  }
}

/** The CLI as a function, with a fake io: argv and a folder in, the exit code and both streams out. */
export async function runCli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => { stdout += t; },
    stderr: (t) => { stderr += t; },
    cwd,
    isTTY: false,
    env: {},
    now: () => new Date(Date.UTC(2026, 10, 23)),
  });
  return { code, stdout, stderr };
}
