/**
 * The result cache (--cache): an article whose bytes, ledger, options and
 * ledgerlint version are unchanged is not checked again. One JSON file,
 * written atomically; deleting it, or finding it unreadable, only costs a
 * full run.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FileResult } from '../check.js';
import type { Article } from '../ingest/article.js';
import { decodeArticle } from '../ingest/decode.js';
import type { Finding } from '../policy/index.js';
import { writeAtomic } from '../cli/write-atomic.js';

export const DEFAULT_CACHE_FILE = '.ledgerlintcache';
const CACHE_FORMAT = 1;

/** The article without its text, which the file's bytes give back, and without blocks (see slim.ts). */
type StoredArticle = Omit<Article, 'text' | 'blocks' | 'comments'>;

interface StoredResult extends Omit<FileResult, 'article' | 'findings'> {
  readonly article?: StoredArticle;
  /** Findings point at their verdict by index, so that they stay the same objects when read back. */
  readonly findings: readonly (Omit<Finding, 'verdict'> & { readonly verdict: number })[];
}

interface Entry {
  readonly hash: string;
  readonly result: StoredResult;
}

export interface ResultCache {
  get(file: string, bytes: Uint8Array): FileResult | undefined;
  set(file: string, bytes: Uint8Array, result: FileResult): void;
  save(): Promise<void>;
}

/**
 * `key` names everything besides an article's bytes that its result depends
 * on; a cache written under another key is started afresh.
 */
export async function openCache(location: string, key: string): Promise<ResultCache> {
  const entries = new Map<string, Entry>(await readEntries(location, key));
  return {
    get(file, bytes) {
      const entry = entries.get(file);
      return entry && entry.hash === hashOf(bytes) ? restore(entry.result, bytes) : undefined;
    },
    set(file, bytes, result) {
      entries.set(file, { hash: hashOf(bytes), result: store(result) });
    },
    save() {
      const sorted = Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      return writeAtomic(location, JSON.stringify({ format: CACHE_FORMAT, key, entries: sorted }));
    },
  };
}

export function cacheKey(parts: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify({ format: CACHE_FORMAT, ...parts })).digest('hex');
}

async function readEntries(location: string, key: string): Promise<[string, Entry][]> {
  try {
    const document = JSON.parse(await readFile(location, 'utf8')) as { format?: number; key?: string; entries?: Record<string, Entry> };
    return document.format === CACHE_FORMAT && document.key === key && document.entries ? Object.entries(document.entries) : [];
  } catch {
    return [];
  }
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function store(result: FileResult): StoredResult {
  const index = new Map(result.verdicts.map((v, i) => [v, i]));
  const { article, findings, ...rest } = result;
  const stored: StoredResult = { ...rest, findings: findings.map((f) => ({ ...f, verdict: index.get(f.verdict)! })) };
  if (!article) return stored;
  const { text: _text, blocks: _blocks, comments: _comments, ...kept } = article;
  return { ...stored, article: kept };
}

function restore(stored: StoredResult, bytes: Uint8Array): FileResult | undefined {
  const { article, findings, ...rest } = stored;
  const restored = { ...rest, findings: findings.map((f) => ({ ...f, verdict: rest.verdicts[f.verdict]! })) };
  if (!article) return restored;
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return undefined;
  return { ...restored, article: { ...article, text: decoded.text, blocks: [], comments: [] } };
}
