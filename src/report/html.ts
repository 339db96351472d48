/**
 * The HTML report: one self-contained page for the whole run — the summary
 * and an index of the articles, then per article its text with every claim
 * highlighted, a panel per finding with the ledger's evidence, what was
 * verified and what could not be checked, and a timeline of each collection
 * its counts speak about.
 *
 * Self-contained and inert: inline CSS and one inline script, both allowed by
 * hash in a Content-Security-Policy that forbids everything else, so the page
 * loads nothing from the network. Everything from an article or the ledger is
 * escaped (html-escape.ts); citation links are http(s) only.
 *
 * Deterministic: no timestamps, ids built from the article's place and the
 * claim's id, and articles sorted by path, so the same results give the same
 * bytes whatever order they came in.
 */
import type { FileResult } from '../check.js';
import type { Problem } from '../problem.js';
import { formatPartialDate } from '../time/partial-date.js';
import { articleSection, problemList } from './html-article.js';
import { htmlPage } from './html-assets.js';
import { escapeHtml, plural, shorten } from './html-escape.js';
import { ids } from './html-text.js';
import { findingsOf, summarize, type ReportContext, type RunResult } from './results.js';
import { relative } from './stylish.js';

export function html(run: RunResult, context: ReportContext): string {
  const files = sortedFiles(run.files, context);
  const s = summarize(run);
  const title = `ledgerlint report: ${plural(s.files, 'article')}, ${plural(run.files.reduce((n, f) => n + findingsOf(f).length, 0), 'finding')}`;
  return htmlPage(title, [
    header(files, run.problems, context),
    '<main>',
    ...files.map((file, fi) => articleSection(fi, file, context)),
    '</main>',
    `<footer>ledgerlint ${escapeHtml(context.version)} · ledger <code>${escapeHtml(context.ledger.hash)}</code> (${plural(context.ledger.files.length, 'file')}). Claims are judged at the date each speaks for; refuted verdicts are the findings.</footer>`,
  ]);
}

/** By path (code-unit order, not the locale's), so the report does not depend on the order it was given. */
function sortedFiles(files: readonly FileResult[], context: ReportContext): FileResult[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...files].sort((a, b) => compare(relative(context, a.path), relative(context, b.path)) || compare(a.article?.text ?? '', b.article?.text ?? ''));
}

function header(files: readonly FileResult[], problems: readonly Problem[], context: ReportContext): string {
  const s = summarize({ files, problems });
  const stat = (n: number, what: string, cls = '') => `<li${cls ? ` class="${cls}"` : ''}><b>${n}</b> ${escapeHtml(what)}</li>`;
  const stats = [
    stat(s.files, s.files === 1 ? 'article' : 'articles'),
    stat(s.claims, s.claims === 1 ? 'claim' : 'claims'),
    stat(s.refuted, 'refuted', 'refuted'),
    stat(s.unverifiable, 'could not be checked', 'unverifiable'),
    stat(s.supported, 'verified', 'supported'),
    ...(s.unusable > 0 ? [stat(s.unusable, s.unusable === 1 ? 'input could not be used' : 'inputs could not be used', 'refuted')] : []),
  ];
  const rows = files.map((file, fi) => {
    const article = file.article;
    const n = findingsOf(file).length;
    const name = article?.title?.text ?? relative(context, file.path);
    const date = article?.date ? `${formatPartialDate(article.date.date)} (${article.date.source})` : article?.titleDate ? `${formatPartialDate(article.titleDate.date)} (title)` : article ? 'undated' : '—';
    const unusable = file.problems.some((p) => p.severity === 'error');
    return `<tr><td><a href="#${ids.article(fi)}">${escapeHtml(shorten(name, 100))}</a></td><td class="path">${escapeHtml(relative(context, file.path))}</td><td>${escapeHtml(date)}</td><td class="n${n > 0 || unusable ? ' bad' : ''}">${unusable ? 'unusable' : n}</td><td class="n">${file.claims.length}</td></tr>`;
  });
  const index = files.length === 0
    ? '<p class="none">No articles were checked.</p>'
    : `<table class="index"><thead><tr><th>article</th><th>path</th><th>date</th><th class="n">findings</th><th class="n">claims</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return [
    '<header class="run">',
    '<h1>ledgerlint report</h1>',
    `<ul class="stats">${stats.join('')}<li class="hash">ledger <code>${escapeHtml(context.ledger.hash)}</code> · ledgerlint ${escapeHtml(context.version)}</li></ul>`,
    problemList(problems, context),
    `<nav aria-label="articles">${index}</nav>`,
    '</header>',
  ].join('\n');
}
