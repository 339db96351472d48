/**
 * The run the format tests pin (formats.test.ts) and validate (json-schema.test.ts):
 * tests/fixtures/report/, four articles checked against a small made-up ledger,
 * so the expected outputs change when a format does, not when the real ledger grows:
 * - a-stale.md: `three countries` is stale at its date and the list after it
 *   names four (stale-count and count-list-mismatch);
 * - b-clean.txt: a dateline, a true count, a true ordinal and date;
 * - c-suppressed.md: the stale count again, silenced by a comment with a reason;
 * - d-latin1.txt: not UTF-8, so unusable;
 * and a path that could not be read, as the CLI reports it. Paths are relative
 * to the repository, so the bytes are the same anywhere.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkArticle, type FileResult } from '../../src/check.js';
import { buildLexicon } from '../../src/extract/index.js';
import { loadLedger } from '../../src/ledger/load.js';
import type { ReportContext, RunResult } from '../../src/report/index.js';
import { repo } from './fixture.js';

export const REPORT_FIXTURES = path.join(repo, 'tests/fixtures/report');

async function setup(): Promise<{ run: RunResult; context: ReportContext }> {
  const ledger = await loadLedger(path.join(REPORT_FIXTURES, 'ledger'));
  const lexicon = buildLexicon(ledger);
  const files: FileResult[] = [];
  for (const name of ['a-stale.md', 'b-clean.txt', 'c-suppressed.md', 'd-latin1.txt']) {
    const file = path.join(REPORT_FIXTURES, 'articles', name);
    files.push(await checkArticle(file, readFileSync(file), lexicon));
  }
  return {
    run: { files, problems: [{ file: 'tests/fixtures/report/articles/e-missing.md', message: 'cannot read: no such file or directory', severity: 'error' }] },
    context: { ledger, cwd: repo, color: false, version: '0.0.0-test' },
  };
}

let cached: ReturnType<typeof setup> | undefined;

/** The fixture run and its context (no colour), built once per test file. */
export function reportFixture(): Promise<{ run: RunResult; context: ReportContext }> {
  cached ??= setup();
  return cached;
}
