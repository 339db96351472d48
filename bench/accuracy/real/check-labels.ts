/**
 * Checks the real corpus's label files without running the checker, so that
 * the people who write and label articles can use it blind:
 *
 *   npx tsx bench/accuracy/real/check-labels.ts [COLLECTION ...]
 *
 * Every label file must parse, name collections the ledger has, and quote
 * words that occur in its article; every article needs a label file. Prints
 * the problems, then a summary per collection; exits 1 when there is a problem.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { knownCollectionIds, REAL_DIR, ROOT } from './corpus.js';
import { loadRealArticle, RealLabelError, type RealArticle } from './labels.js';

const articlesDir = path.join(REAL_DIR, 'articles');
const folders = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(articlesDir).sort();
const known = knownCollectionIds();
const problems: string[] = [];

for (const folder of folders) {
  const dir = path.join(articlesDir, folder);
  const names = readdirSync(dir).sort();
  const loaded: RealArticle[] = [];
  for (const name of names) {
    if (/\.(md|txt)$/.test(name) && !names.includes(name.replace(/\.(md|txt)$/, '.labels.yaml'))) problems.push(`${folder}/${name}: no label file`);
    if (!name.endsWith('.labels.yaml')) continue;
    try {
      loaded.push(loadRealArticle(path.join(dir, name), ROOT, known));
    } catch (error) {
      if (!(error instanceof RealLabelError)) throw error;
      problems.push(error.message);
    }
  }
  const claims = loaded.flatMap((a) => a.claims);
  const count = (verdict: string) => claims.filter((c) => c.verdict === verdict).length;
  const years = new Set(loaded.map((a) => a.source.published.slice(0, 4)));
  const styles = new Set(loaded.map((a) => a.source.style));
  console.log(
    `${folder}: ${loaded.length} articles, ${claims.length} claims (${count('supported')} supported, ${count('refuted')} refuted, ${count('ambiguous')} ambiguous), ` +
      `${loaded.reduce((n, a) => n + a.traps.length, 0)} traps, ${claims.filter((c) => c.plant).length} plants; ` +
      `years ${[...years].sort().join(' ')}; styles ${[...styles].sort().join(', ')}`,
  );
}

for (const problem of problems) console.error(problem);
process.exitCode = problems.length ? 1 : 0;
