/**
 * The reconcile fixture corpus (tests/fixtures/reconcile/): eleven short
 * articles about the euro area with deliberate disagreements, and a small
 * ledger that is deliberately behind (Slovenia a year late, Bulgaria missing).
 * Each corpus is read once per test file through checkArticle, as the CLI does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkArticle, type FileResult } from '../../src/check.js';
import { buildLexicon } from '../../src/extract/index.js';
import { loadLedger } from '../../src/ledger/load.js';
import type { Ledger } from '../../src/ledger/model.js';
import type { ReportContext } from '../../src/report/results.js';
import type { ReconcileRun } from '../../src/report/sources-results.js';
import { compareSources, withoutMemberships } from '../../src/sources/index.js';

export const repo = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_LEDGER = 'tests/fixtures/reconcile/ledger';
export const FIXTURE_ARTICLES = 'tests/fixtures/reconcile/articles';

/** Articles by path relative to the repo, as the CLI names them when run from it. */
export async function checkAll(dir: string, ledger: Ledger): Promise<FileResult[]> {
  const lexicon = buildLexicon(ledger);
  const files = readdirSync(path.join(repo, dir)).sort().map((name) => `${dir}/${name}`);
  return Promise.all(files.map((file) => checkArticle(file, readFileSync(path.join(repo, file)), lexicon)));
}

const runs = new Map<string, Promise<{ run: ReconcileRun; context: ReportContext }>>();

/** The fixture corpus against its ledger, or against each other only. */
export function fixtureRun(sourcesOnly = false): Promise<{ run: ReconcileRun; context: ReportContext }> {
  const key = String(sourcesOnly);
  let pending = runs.get(key);
  if (!pending) {
    pending = (async () => {
      const full = await loadLedger(path.join(repo, FIXTURE_LEDGER));
      const ledger = sourcesOnly ? withoutMemberships(full) : full;
      const files = await checkAll(FIXTURE_ARTICLES, ledger);
      const run = { report: compareSources(files, ledger, { sourcesOnly }), files, problems: [] };
      return { run, context: { ledger, cwd: repo, color: false, version: '0.0.0-test' } };
    })();
    runs.set(key, pending);
  }
  return pending;
}
