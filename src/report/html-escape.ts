/**
 * The HTML report's only ways to turn data into markup. Everything from an
 * article or the ledger goes through `escapeHtml` (text and attribute values
 * alike: `& < > " '` all become references), a URL through `safeHref`, which
 * lets only http and https through, and an id through `idPart`.
 */

const REFERENCES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or a quoted attribute value: safe in either place. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => REFERENCES[c] ?? c);
}

/**
 * An href for a URL the ledger cites, or undefined when it is not an absolute
 * http(s) URL (`javascript:`, `data:`, relative paths, garbage). The URL is
 * re-serialized by the WHATWG parser, so whitespace and control characters
 * are percent-encoded, and then escaped for the attribute.
 */
export function safeHref(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return escapeHtml(parsed.href);
}

/** A link to a cited URL, or the URL as plain text when it may not be a link. */
export function citationLink(url: string, text = url): string {
  const href = safeHref(url);
  return href ? `<a class="ext" href="${href}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : `<span class="bad-url">${escapeHtml(text)}</span>`;
}

/** A verdict message: values in backticks become <code>, everything else is text. */
export function messageHtml(message: string): string {
  return message
    .split('`')
    .map((part, i) => (i % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}

/** A piece of an id or fragment: claim ids and rule ids are ours, but nothing is trusted into markup. */
export function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** "1 claim", "2 claims". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Text cut to `max` characters with an ellipsis, whitespace runs made one space: for titles and quotes. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
