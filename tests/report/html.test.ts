/**
 * The HTML reporter on a small run of two articles we write here, through
 * checkArticle with the real ledger: the CSP, highlights that link to their
 * panels, escaping of hostile article and ledger text, the timeline, and
 * byte-identical output whatever the order of the files.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle, type FileResult } from '../../src/check.js';
import { REPORT_FILES } from '../../src/cli/commands/check.js';
import { run as cli } from '../../src/cli/run.js';
import { buildLexicon } from '../../src/extract/index.js';
import { loadLedger } from '../../src/ledger/load.js';
import type { Verdict } from '../../src/reconcile/index.js';
import { citationLink, escapeHtml, messageHtml, safeHref } from '../../src/report/html-escape.js';
import { html } from '../../src/report/html.js';
import { reporters, type ReportContext, type RunResult } from '../../src/report/index.js';

const repo = path.resolve(import.meta.dirname, '../..');

/** Dated 2025-02-27 by its front matter, when Vietnam had ten such partners by country: `nine` is refuted. The title and body are hostile. */
const HOSTILE_ARTICLE = [
  '---',
  'title: "<script>alert(1)</script> Partners & friends"',
  'date: 2025-02-27',
  '---',
  '# Partners',
  '',
  'Vietnam has comprehensive strategic partnerships with nine countries.',
  '',
  'Readers wrote <script>alert(1)</script> and <img src=x onerror=alert(1)> and "onmouseover="alert(1)" and \'single\' quotes.',
  '',
  'See [the timeline](javascript:alert(1)) or javascript:alert(2) for more.',
  '',
].join('\n');

/** Plain text with a dateline: 14 countries in November 2025 is true. */
const TRUE_ARTICLE = 'Partners today\nNov 20, 2025 / 10:00\nVietnam now has comprehensive strategic partnerships with 14 countries.\n';

async function setup() {
  const ledger = await loadLedger('ledger');
  const lexicon = buildLexicon(ledger);
  const files: FileResult[] = [
    await checkArticle(path.join(repo, 'articles/a-hostile.md'), HOSTILE_ARTICLE, lexicon),
    await checkArticle(path.join(repo, 'articles/b-true.txt'), TRUE_ARTICLE, lexicon),
  ];
  const run: RunResult = { files, problems: [] };
  const context: ReportContext = { ledger, cwd: repo, color: false, version: '0.0.0-test' };
  return { run, context, files };
}

let cached: ReturnType<typeof setup> | undefined;
const fixture = () => (cached ??= setup());

/** Every start tag in the document: the markup we wrote, since escaped text has no `<`. */
function tags(document: string): string[] {
  return [...document.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g)].map((m) => m[0]);
}

/** The element with this id, as HTML, up to its matching close tag. */
function elementById(document: string, id: string): string {
  const open = new RegExp(`<([a-z]+)[^>]*\\sid="${id}"[^>]*>`).exec(document);
  if (!open) throw new Error(`no element #${id}`);
  const name = open[1]!;
  let depth = 0;
  const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
  re.lastIndex = open.index;
  for (let m = re.exec(document); m; m = re.exec(document)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return document.slice(open.index, m.index + m[0].length);
  }
  throw new Error(`#${id} is not closed`);
}

function textOf(fragment: string): string {
  return fragment.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('html', () => {
  it('is one self-contained document with a CSP that allows only its own style and script, by hash', async () => {
    const { run, context } = await fixture();
    const doc = html(run, context);
    expect(doc.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(doc)?.[1];
    expect(csp).toBeDefined();
    const policy = textOf(csp!);
    const styles = [...doc.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const scripts = [...doc.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(policy).toBe(`default-src 'none'; style-src ${sha256(styles[0]!)}; script-src ${sha256(scripts[0]!)}; base-uri 'none'; form-action 'none'`);
    expect(policy).not.toMatch(/unsafe|https?:|\*/);
    // The CSP comes before anything it governs.
    expect(doc.indexOf('Content-Security-Policy')).toBeLessThan(doc.indexOf('<style>'));
    // Nothing external: no src, no stylesheet links, no style attributes (the CSP would block them anyway).
    for (const tag of tags(doc)) {
      expect(tag, tag).not.toMatch(/\s(?:src|srcset|style|on[a-z]+)=/i);
      expect(tag, tag).not.toMatch(/^<(?:link|iframe|img|object|embed|base|form|input|meta http-equiv="refresh")/i);
      const href = /\shref="([^"]*)"/.exec(tag)?.[1];
      if (href !== undefined) expect(href, tag).toMatch(/^(?:#[A-Za-z0-9_-]+|https?:\/\/)/);
    }
  });

  it('highlights the refuted words, linking to a panel with the verdict message', async () => {
    const { run, context, files } = await fixture();
    const doc = html(run, context);
    const file = files[0]!;
    const verdict = file.verdicts.find((v) => v.status === 'refuted' && v.ruleId === 'stale-count')!;
    expect(verdict).toBeDefined();
    const words = file.article!.text.slice(verdict.span.start, verdict.span.end);
    expect(words).toBe('nine countries');
    const highlight = new RegExp(`<a class="hl refuted" id="t-0-${verdict.claimId}" href="#(f-0-${verdict.claimId})" title="[^"]*">nine countries</a>`).exec(doc);
    expect(highlight, 'the refuted words are an anchor with the refuted class').not.toBeNull();
    const panel = elementById(doc, highlight![1]!);
    expect(panel).toMatch(/^<section class="panel"/);
    expect(panel).toContain(messageHtml(verdict.message));
    expect(textOf(panel)).toContain(verdict.message.replace(/`/g, ''));
    expect(panel).toContain('Suggested wording: <span class="suggest">ten countries</span>');
    expect(panel).toContain('>stale-count</span>');
    // What the ledger says at that date: the member that made it ten, with its date and citations.
    expect(textOf(panel)).toMatch(/New Zealand in Vietnam's comprehensive strategic partnerships: since 2025-02-26 collections\/vietnam-csp\.yaml:\d+/);
    expect(panel).toMatch(/<a class="ext" href="https:\/\/[^"]+" rel="noopener noreferrer">/);
    // The panel links back to the words.
    expect(panel).toContain(`href="#t-0-${verdict.claimId}"`);
    // The true article's claim is highlighted as verified and links to its entry in the verified list.
    expect(doc).toMatch(/<a class="hl supported" id="t-1-(c\d+)" href="#v-1-\1" title="[^"]*">14 countries<\/a>/);
    expect(doc).toMatch(/<li id="v-1-c\d+" tabindex="-1">/);
  });

  it('shows the run summary, the ledger hash and an index of every article', async () => {
    const { run, context } = await fixture();
    const doc = html(run, context);
    const header = elementById(`${doc}`.replace('<header class="run">', '<header class="run" id="run">'), 'run');
    expect(textOf(header)).toContain('2 articles');
    expect(textOf(header)).toMatch(/1 refuted/);
    expect(header).toContain(context.ledger.hash);
    expect(header).toContain('<a href="#a-0">&lt;script&gt;alert(1)&lt;/script&gt; Partners &amp; friends</a>');
    expect(header).toContain('<a href="#a-1">');
    expect(header).toContain('articles/a-hostile.md');
    expect(header).toContain('articles/b-true.txt');
    expect(doc).toContain('<section class="article" id="a-0"');
    expect(doc).toContain('<section class="article" id="a-1"');
    expect(textOf(elementById(doc, 'a-0'))).toContain('dated 2025-02-27 (from the front-matter)');
    expect(textOf(elementById(doc, 'a-1'))).toContain('dated 2025-11-20 (from the dateline)');
  });

  it('draws a timeline of the collection with the stated count against the ledger', async () => {
    const { run, context } = await fixture();
    const doc = html(run, context);
    const figure = elementById(doc, 'g-0-vietnam-csp');
    expect(figure).toContain('<svg class="chart"');
    expect(figure).toContain('>members</text>');
    expect(figure).toContain('>year</text>');
    expect(figure).toContain('>2025</text>');
    expect(figure).toContain('“nine” · ledger 10</text>');
    expect(figure).toMatch(/<title>9 as of 2025-02-27 \(front-matter\); the ledger has 10 countries; 9 was true from 2024-11-21 to 2025-02-25\n“nine countries”: refuted<\/title>/);
    expect(figure).toMatch(/<title>countries: 10 from 2025-02-26 to 2025-03-09 \(joined: New Zealand\)<\/title>/);
  });

  it('escapes hostile article text everywhere: nothing becomes markup, an attribute or a link', async () => {
    const { run, context } = await fixture();
    const doc = html(run, context);
    expect(doc.match(/<script/gi)).toHaveLength(1);
    expect(doc).not.toMatch(/<img/i);
    expect(doc).not.toMatch(/javascript:alert\(1\)\)?"|href="javascript/i);
    expect(doc).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc).toContain('&quot;onmouseover=&quot;alert(1)&quot; and &#39;single&#39; quotes.');
    expect(doc).toContain('[the timeline](javascript:alert(1))');
    // The raw forms appear nowhere, not even inside an attribute value.
    expect(doc).not.toContain('"onmouseover="');
    expect(doc).not.toContain("'single'");
    expect(doc).not.toContain('onerror=alert(1)>');
  });

  it('escapes the ledger too, and links only http(s) citations', async () => {
    const { run, context, files } = await fixture();
    const file = files[0]!;
    const hostileVerdict = (v: Verdict): Verdict => (v.status !== 'refuted' ? v : {
      ...v,
      suggestion: '<b>ten</b> "countries"',
      evidence: [{
        collection: 'vietnam-csp',
        name: '<svg onload=alert(1)>',
        since: '2025-02-26',
        location: { file: path.join(repo, 'ledger/x.yaml'), line: 1, column: 1 },
        sources: [
          { url: 'javascript:alert(1)', quote: '</blockquote><script>alert(1)</script>' },
          { url: 'data:text/html,<script>alert(1)</script>' },
          { url: ' JaVaScRiPt:alert(1)' },
          { url: 'https://example.org/a?b="c"&d=<e>' },
        ],
      }],
    });
    const replaced = new Map(file.verdicts.map((v) => [v, hostileVerdict(v)]));
    const hostile: FileResult = {
      ...file,
      verdicts: file.verdicts.map((v) => replaced.get(v)!),
      findings: file.findings.map((f) => ({ ...f, verdict: replaced.get(f.verdict)! })),
    };
    const doc = html({ ...run, files: [hostile, files[1]!] }, context);
    expect(doc.match(/<script/gi)).toHaveLength(1);
    expect(doc).not.toMatch(/<svg onload|<b>ten/);
    expect(doc).toContain('<b>&lt;svg onload=alert(1)&gt;</b>');
    expect(doc).toContain('<span class="suggest">&lt;b&gt;ten&lt;/b&gt; &quot;countries&quot;</span>');
    expect(doc).toContain('<span class="bad-url">javascript:alert(1)</span>');
    expect(doc).toContain('<blockquote>&lt;/blockquote&gt;&lt;script&gt;alert(1)&lt;/script&gt;</blockquote>');
    expect(doc).not.toMatch(/href="(?:data|javascript|\s)/i);
    expect(doc).toContain('href="https://example.org/a?b=%22c%22&amp;d=%3Ce%3E"');
    expect(safeHref('http://example.org/')).toBe('http://example.org/');
    expect(safeHref('//example.org/')).toBeUndefined();
    expect(safeHref('vbscript:x')).toBeUndefined();
    expect(safeHref('https://user:pass@example.org/')).toBeUndefined();
    expect(citationLink('https://example.org/"><script>')).toBe('<a class="ext" href="https://example.org/%22%3E%3Cscript%3E" rel="noopener noreferrer">https://example.org/&quot;&gt;&lt;script&gt;</a>');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('gives byte-identical output on every run and whatever the order of the files (it sorts them by path)', async () => {
    const { run, context, files } = await fixture();
    const first = html(run, context);
    expect(html(run, context)).toBe(first);
    expect(html({ ...run, files: [...files].reverse() }, context)).toBe(first);
    const ledger = await loadLedger('ledger');
    const again: RunResult = {
      files: [
        await checkArticle(path.join(repo, 'articles/b-true.txt'), TRUE_ARTICLE, buildLexicon(ledger)),
        await checkArticle(path.join(repo, 'articles/a-hostile.md'), HOSTILE_ARTICLE, buildLexicon(ledger)),
      ],
      problems: [],
    };
    expect(html(again, { ...context, ledger })).toBe(first);
    expect(first).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });

  it('reports an unusable file and run problems without an article', async () => {
    const { context } = await fixture();
    const file = path.join(repo, 'articles/latin1.txt');
    const doc = html({
      files: [{ path: file, claims: [], verdicts: [], findings: [], problems: [{ file, message: 'not valid UTF-8 <b>', severity: 'error' }] }],
      problems: [{ file: path.join(repo, 'missing.md'), message: 'cannot read: no such file or directory', severity: 'error' }],
    }, context);
    expect(doc).toContain('<li class="error"><b>error</b> <span class="path">missing.md</span>: cannot read: no such file or directory</li>');
    expect(doc).toContain('not valid UTF-8 &lt;b&gt;');
    expect(doc).toContain('This file could not be used');
    expect(doc).toContain('>unusable</td>');
  });

  it('is the html format, and index.html in --report-dir', async () => {
    expect(reporters.html).toBe(html);
    expect(REPORT_FILES.html).toBe('index.html');
    const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-html-'));
    writeFileSync(path.join(dir, 'a.md'), HOSTILE_ARTICLE);
    let stdout = '';
    const io = { stdout: (t: string) => { stdout += t; }, stderr: () => {}, cwd: dir, isTTY: false, env: {}, now: () => new Date(Date.UTC(2026, 10, 23)) };
    expect(await cli(['check', 'a.md', '--format', 'html', '--report-dir', 'out'], io)).toBe(1);
    expect(stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(readFileSync(path.join(dir, 'out/index.html'), 'utf8')).toBe(stdout);
  });
});
