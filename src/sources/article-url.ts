/**
 * An article's own address, for citing it in a ledger proposal: `url:` (or
 * `link:`, `canonical:`, `source:`) in Markdown front matter, or a line near the
 * top of plain text that is only a URL, maybe after "Source:".
 */
import { parse } from 'yaml';
import type { Article } from '../ingest/article.js';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
const KEYS = ['url', 'link', 'canonical', 'canonical_url', 'canonicalUrl', 'permalink', 'source'];
const URL_LINE = /^(?:(?:source|url|link|canonical|originally published at)\s*:?\s*)?<?(https?:\/\/[^\s<>]+)>?$/i;
const HEAD_LINES = 10;
const HEAD_CHARACTERS = 4096;

export function articleUrl(article: Article): string | undefined {
  if (article.format === 'markdown') return fromFrontMatter(article.text);
  // Only the head is read: a URL line is near the top, and an archive's articles can be long.
  const lines = article.text.slice(0, HEAD_CHARACTERS).split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean).slice(0, HEAD_LINES);
  for (const line of lines) {
    const url = URL_LINE.exec(line)?.[1];
    if (url && isHttpUrl(url)) return url;
  }
  return undefined;
}

function fromFrontMatter(text: string): string | undefined {
  const block = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''))?.[1];
  if (block === undefined) return undefined;
  let data: unknown;
  try {
    data = parse(block, { maxAliasCount: 10 });
  } catch {
    return undefined; // ingest has already reported bad front matter
  }
  if (!data || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  return KEYS.map((key) => record[key]).find((value): value is string => typeof value === 'string' && isHttpUrl(value.trim()))?.trim();
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
