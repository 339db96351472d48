/**
 * The runner: checks a list of files and returns their results in the same
 * order, in this thread or in a pool of worker threads (--jobs), skipping
 * what the cache already knows (--cache). Results are the same whichever way.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FileResult } from '../check.js';
import { buildLexicon } from '../extract/index.js';
import type { Ledger } from '../ledger/model.js';
import type { ResultCache } from './cache.js';
import { checkBytes, unreadable } from './check-bytes.js';
import type { ArticleOptions } from './options.js';

export type { ArticleOptions } from './options.js';
export { cacheKey, DEFAULT_CACHE_FILE, openCache, type ResultCache } from './cache.js';
export { selectShard, parseShard, type Shard } from './shard.js';

export interface RunnerOptions extends ArticleOptions {
  /** The ledger already loaded from `ledgerDir`, for this thread. */
  readonly ledger: Ledger;
  /** Worker threads; 1 checks in this thread. */
  readonly jobs: number;
  readonly cache?: ResultCache;
  /** Called as each file is done, in completion order. */
  readonly onFile?: (file: string) => void;
}

export async function checkFiles(files: readonly string[], options: RunnerOptions): Promise<FileResult[]> {
  const { ledger, jobs, cache, onFile, ...articleOptions } = options;
  // Imported only for a pool: a one-article run does not load it.
  const pool = jobs > 1 && files.length > 1
    ? new (await import('tinypool')).default({ filename: workerFile(), minThreads: Math.min(jobs, files.length), maxThreads: Math.min(jobs, files.length) })
    : undefined;
  let lexicon: ReturnType<typeof buildLexicon> | undefined;
  const checkHere = (file: string, bytes: Uint8Array) => checkBytes(file, bytes, (lexicon ??= buildLexicon(ledger)), articleOptions);
  const one = async (file: string): Promise<FileResult> => {
    let bytes: Uint8Array | undefined;
    if (cache || !pool) {
      try {
        bytes = await readFile(file);
      } catch (error) {
        return unreadable(file, error);
      }
      const known = cache?.get(file, bytes);
      if (known) return known;
    }
    const result: FileResult = pool ? await pool.run({ file, options: articleOptions }) : await checkHere(file, bytes!);
    if (cache && bytes) cache.set(file, bytes, result);
    return result;
  };
  try {
    // In this thread one at a time: the NLP is synchronous, so overlapping would only hold more in memory.
    if (!pool) {
      const results: FileResult[] = [];
      for (const file of files) {
        results.push(await one(file));
        onFile?.(file);
      }
      return results;
    }
    // A few files in flight per worker, not all at once: with --cache each is read here first, and
    // reading every file of a large archive at once runs out of file handles (EMFILE).
    const results: FileResult[] = new Array(files.length);
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < files.length; i = next++) {
        results[i] = await one(files[i]!);
        onFile?.(files[i]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(files.length, jobs * 2) }, lane));
    return results;
  } finally {
    await pool?.destroy();
  }
}

/**
 * The worker module, compiled: beside this file in dist/, and in dist/ when
 * this file runs from src/ (under tsx or vitest), since a worker thread
 * cannot load TypeScript.
 */
function workerFile(): string {
  const sibling = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(sibling)) return sibling;
  return fileURLToPath(new URL('../../dist/runner/worker.js', import.meta.url));
}
