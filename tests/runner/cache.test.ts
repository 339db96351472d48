/**
 * --cache: a re-run gives byte-identical reports; an entry is used only while
 * the article's bytes, the ledger, --as-of and the rule levels are unchanged;
 * a corrupt or missing cache file only costs a full run.
 *
 * Whether a result came from the cache is seen by marking every cached
 * verdict's message: a marked message in a report was read from the cache.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { corpus, corpusFiles, remove, repo, reports, rewrite, scratch } from './corpus.js';

const MARK = 'FROM THE CACHE';

interface CacheDocument {
  format: number;
  key: string;
  entries: Record<string, { hash: string; result: { verdicts: { message: string }[] } }>;
}

function readCache(file: string): CacheDocument {
  return JSON.parse(readFileSync(file, 'utf8')) as CacheDocument;
}

/** Marks every cached verdict, so that a report shows which articles came from the cache. */
function mark(file: string): void {
  const cache = readCache(file);
  for (const entry of Object.values(cache.entries)) for (const verdict of entry.result.verdicts) verdict.message = `${MARK} ${verdict.message}`;
  writeFileSync(file, JSON.stringify(cache));
}

/** The articles of a JSON report whose verdicts came from the (marked) cache. */
function fromCache(json: string): string[] {
  const report = JSON.parse(json) as { files: { path: string; verdicts: { message: string }[] }[] };
  return report.files.filter((f) => f.verdicts.some((v) => v.message.startsWith(MARK))).map((f) => f.path);
}

/** Articles with verdicts: the ones whose cached results can be seen. */
const WITH_VERDICTS = corpusFiles().filter((f) => f.startsWith('sources/') || f.startsWith('unseen/') || f === 'generated/suppressed.md');

describe('--cache', () => {
  it('gives byte-identical reports on the re-run, and the same as no cache', async () => {
    const dir = corpus();
    const cache = path.join(scratch('cache'), 'cache.json');
    const args = ['.', '--as-of', '2025-06', '--cache', '--cache-location', cache];
    const none = await reports(['.', '--as-of', '2025-06'], dir);
    const first = await reports(args, dir);
    expect(existsSync(cache)).toBe(true);
    expect(Object.keys(readCache(cache).entries).map((f) => path.relative(dir, f)).sort()).toEqual(corpusFiles().filter((f) => f !== 'generated/broken-link.md' && f !== 'generated/unreadable.md'));
    const second = await reports(args, dir);
    for (const run of [first, second]) {
      expect(run.code).toBe(none.code);
      expect(run.json).toBe(none.json);
      expect(run.sarif).toBe(none.sarif);
      expect(run.html).toBe(none.html);
      expect(run.markdown).toBe(none.markdown);
    }
    // …and the second run did read the cache.
    mark(cache);
    expect(fromCache((await reports(args, dir)).json)).toEqual(WITH_VERDICTS);
  }, 120_000);

  it('is used by --jobs 2 and gives the same bytes', async () => {
    const dir = corpus();
    const cache = path.join(scratch('cache'), 'cache.json');
    const args = ['.', '--cache', '--cache-location', cache];
    const none = await reports(['.'], dir);
    const parallel = await reports([...args, '--jobs', '2'], dir);
    expect(parallel.json).toBe(none.json);
    expect(parallel.sarif).toBe(none.sarif);
    expect(parallel.html).toBe(none.html);
    const again = await reports([...args, '--jobs', '2'], dir);
    expect(again.json).toBe(none.json);
    mark(cache);
    expect(fromCache((await reports([...args, '--jobs', '2'], dir)).json)).toEqual(WITH_VERDICTS);
  }, 120_000);

  it('checks again an article whose bytes changed, and only that one', async () => {
    const dir = corpus();
    const cache = path.join(scratch('cache'), 'cache.json');
    const args = ['.', '--cache', '--cache-location', cache, '--format', 'json'];
    await runCli(['check', ...args], dir);
    mark(cache);
    const changed = 'sources/2025-11-csp-investment-outlook.txt';
    rewrite(path.join(dir, changed), `${readFileSync(path.join(dir, changed), 'utf8')}\n`);
    const { stdout } = await runCli(['check', ...args], dir);
    expect(fromCache(stdout)).toEqual(WITH_VERDICTS.filter((f) => f !== changed));
  }, 120_000);

  it('checks everything again when the ledger changes (a member\'s date), and reports what the new ledger says', async () => {
    const dir = corpus();
    const ledger = path.join(scratch('ledger'), 'ledger');
    cpSync(path.join(repo, 'ledger'), ledger, { recursive: true });
    writeFileSync(path.join(dir, 'china.md'), '---\ndate: 2025-02-27\n---\nChina became a comprehensive strategic partner of Vietnam in May 2008.\n');
    const cache = path.join(scratch('cache'), 'cache.json');
    const args = ['.', '--ledger', ledger, '--cache', '--cache-location', cache, '--format', 'json'];
    const before = await runCli(['check', ...args], dir);
    mark(cache);
    expect(fromCache((await runCli(['check', ...args], dir)).stdout)).toContain('china.md');

    const file = path.join(ledger, 'collections/vietnam-csp.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('      - entity: china\n        since: 2008-05\n');
    writeFileSync(file, text.replace('      - entity: china\n        since: 2008-05\n', '      - entity: china\n        since: 2008-04\n'));
    const after = await runCli(['check', ...args], dir);
    expect(fromCache(after.stdout)).toEqual([]);
    expect(after).toEqual(await runCli(['check', ...args.filter((a) => a !== '--cache')], dir));
    const china = (json: string) => JSON.parse(json).files.find((f: { path: string }) => f.path === 'china.md').verdicts.map((v: { ruleId: string; status: string }) => `${v.ruleId} ${v.status}`);
    expect(china(before.stdout)).toEqual(['wrong-date supported']);
    expect(china(after.stdout)).toEqual(['wrong-date refuted']);
  }, 120_000);

  it('checks everything again when --as-of or a rule level changes', async () => {
    const dir = corpus();
    const cache = path.join(scratch('cache'), 'cache.json');
    const check = (...extra: string[]) => runCli(['check', '.', '--cache', '--cache-location', cache, '--format', 'json', ...extra], dir);
    await check('--as-of', '2025-06');
    mark(cache);
    expect(fromCache((await check('--as-of', '2025-06')).stdout)).toEqual(WITH_VERDICTS);
    expect(fromCache((await check('--as-of', '2025-07')).stdout)).toEqual([]);
    mark(cache);
    writeFileSync(path.join(dir, 'ledgerlint.config.yaml'), 'rules:\n  count-list-mismatch: error\n');
    const relevelled = await check('--as-of', '2025-07');
    expect(fromCache(relevelled.stdout)).toEqual([]);
    expect(relevelled).toEqual(await runCli(['check', '.', '--format', 'json', '--as-of', '2025-07'], dir));
  }, 120_000);

  it('a corrupt, foreign or deleted cache file only costs a full run', async () => {
    const dir = corpus();
    const cache = path.join(scratch('cache'), 'cache.json');
    const args = ['.', '--cache', '--cache-location', cache, '--format', 'json'];
    const none = await runCli(['check', '.', '--format', 'json'], dir);
    await runCli(['check', ...args], dir);
    const good = readFileSync(cache, 'utf8');
    for (const damage of ['{"format":1,"key":', 'not json at all', '[]', 'null', '{"format":99,"entries":{}}', JSON.stringify({ ...JSON.parse(good), key: 'another' })]) {
      writeFileSync(cache, damage);
      expect(await runCli(['check', ...args], dir), damage).toEqual(none);
      expect(readFileSync(cache, 'utf8'), 'rewritten whole').toBe(good);
    }
    remove(cache);
    expect(await runCli(['check', ...args], dir)).toEqual(none);
    expect(readFileSync(cache, 'utf8')).toBe(good);
  }, 120_000);

  it('lives in .ledgerlintcache in the working folder by default, which is never checked', async () => {
    const dir = scratch('cache');
    writeFileSync(path.join(dir, 'a.md'), '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n');
    const first = await runCli(['check', '.', '--cache'], dir);
    expect(first.code).toBe(1);
    expect(existsSync(path.join(dir, '.ledgerlintcache'))).toBe(true);
    expect(await runCli(['check', '.', '--cache'], dir)).toEqual(first);
  });

  it('a cache that cannot be written names the file and exits 2', async () => {
    const dir = scratch('cache');
    writeFileSync(path.join(dir, 'a.md'), '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n');
    writeFileSync(path.join(dir, 'a-file'), '');
    expect(await runCli(['check', 'a.md', '--cache', '--cache-location', 'a-file/cache'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'ledgerlint: cannot write a-file/cache: a part of the path is a file, not a directory\n',
    });
  });
});
