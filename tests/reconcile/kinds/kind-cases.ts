/**
 * The shared runner for the per-kind fixture tables in this folder: each row
 * is a short article written for the test, what one claim kind's rule must
 * say about it, and (for refuted rows of rules that give one) the suggestion.
 */
import { expect } from 'vitest';
import type { FileResult } from '../../../src/check.js';
import type { ClaimKind } from '../../../src/extract/claim.js';
import { expectWellFormed, verdictsOf } from '../../helpers.js';

export type Expected = 'supported' | 'refuted' | 'unverifiable' | 'no claim';

/**
 * [name, article, expected, message, suggestion]. `message` is the rule's
 * literal message; it is `null` only in known-miss rows for which no wording
 * exists yet, where the status alone is asserted.
 */
export type Case = [name: string, article: string, expected: Expected, message: string | null, suggestion?: string];

/** Markdown when the article opens with front matter, plain text otherwise. */
export function fileFor(article: string): string {
  return article.startsWith('---\n') ? 'a.md' : 'a.txt';
}

/** Front matter with a `date:`, then the body. */
export function dated(date: string, body: string): string {
  return `---\ndate: ${date}\n---\n\n${body}\n`;
}

export async function run(article: string): Promise<FileResult> {
  const result = await verdictsOf(article, { file: fileFor(article) });
  expectWellFormed(result);
  return result;
}

/** Runs one row: the claims of `kind`, and the verdict `ruleId` gave the one claim. */
export async function expectCase(kind: ClaimKind, ruleId: string, [, article, expected, message, suggestion]: Case): Promise<void> {
  const result = await run(article);
  const claims = result.claims.filter((c) => c.kind === kind);
  if (expected === 'no claim') {
    expect(claims.map((c) => c.text), `no ${kind} claim`).toEqual([]);
    return;
  }
  expect(claims.map((c) => c.text), `one ${kind} claim`).toHaveLength(1);
  const verdicts = result.verdicts.filter((v) => v.ruleId === ruleId && v.claimId === claims[0]!.id);
  expect(verdicts.map((v) => [v.status, v.message]), `one ${ruleId} verdict`).toHaveLength(1);
  const verdict = verdicts[0]!;
  expect(verdict.status).toBe(expected);
  if (message !== null) expect(verdict.message).toBe(message);
  if (suggestion !== undefined) expect(verdict.suggestion).toBe(suggestion);
}

