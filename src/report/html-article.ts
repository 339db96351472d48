/**
 * One article's section of the HTML report: its title, path and date; its
 * text with the claims highlighted; a panel per claim with findings (each
 * refuted verdict with the exact words, rule, message, suggestion, the other
 * claim it conflicts with, and what the ledger says); the verified and
 * unverifiable verdicts, compactly; and the timelines.
 */
import type { FileResult } from '../check.js';
import type { Problem } from '../problem.js';
import type { Claim } from '../extract/claim.js';
import type { Span } from '../ingest/article.js';
import type { Evidence, Status, Verdict } from '../reconcile/index.js';
import { formatPartialDate } from '../time/partial-date.js';
import { citationLink, escapeHtml, messageHtml, plural, shorten } from './html-escape.js';
import { findingNumbers, highlightedText, ids, marksOf } from './html-text.js';
import { timelinesHtml } from './html-timeline.js';
import { locator, type Locator } from './positions.js';
import type { Finding, ReportContext } from './results.js';
import { relative } from './stylish.js';

const SHOWN_EVIDENCE = 4;
const SHOWN_SOURCES = 2;

interface Ctx {
  readonly fi: number;
  readonly file: FileResult;
  readonly text: string;
  readonly locate: Locator;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly anchors: ReadonlySet<string>;
  readonly context: ReportContext;
}

export function articleSection(fi: number, file: FileResult, context: ReportContext): string {
  const article = file.article;
  const path = relative(context, file.path);
  const out: string[] = [`<section class="article" id="${ids.article(fi)}" aria-labelledby="${ids.article(fi)}-h">`];
  const title = article?.title?.text ?? path;
  out.push(`<h2 id="${ids.article(fi)}-h"${title.length > 140 ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(shorten(title, 140))}</h2>`);
  const dates = [
    article?.date ? `dated <b>${escapeHtml(formatPartialDate(article.date.date))}</b> (from the ${escapeHtml(article.date.source)})` : '',
    article?.titleDate ? `title dated <b>${escapeHtml(formatPartialDate(article.titleDate.date))}</b> (from the title)` : '',
  ].filter(Boolean);
  if (article && dates.length === 0) dates.push('no date of its own: a claim that needs one is judged at a date the sentence gives, or could not be checked (give the article a date, or use <code>--as-of</code>)');
  const counts = (status: Status) => file.verdicts.filter((v) => v.status === status).length;
  const tally = article ? ` · ${plural(file.claims.length, 'claim')}: <span class="key refuted">${counts('refuted')} refuted</span>, <span class="key unverifiable">${counts('unverifiable')} could not be checked</span>, <span class="key supported">${counts('supported')} verified</span>` : '';
  out.push(`<p class="meta"><span class="path">${escapeHtml(path)}</span>${dates.length ? ` · ${dates.join(' · ')}` : ''}${tally}</p>`);
  out.push(problemList(file.problems, context));
  if (!article) {
    out.push('<p class="none">This file could not be used, so nothing in it was checked.</p></section>');
    return out.join('\n');
  }
  const { html: textHtml, anchors } = highlightedText(article.text, marksOf(fi, file));
  const ctx: Ctx = { fi, file, text: article.text, locate: locator(article.text), claims: new Map(file.claims.map((c) => [c.id, c])), anchors, context };
  out.push('<p class="legend-row"><span>Highlights:</span><span class="key refuted">✖ wavy red: refuted</span><span class="key unverifiable">? dashed amber: could not be checked</span><span class="key supported">solid green: verified</span><span>click one for its verdict</span></p>');
  out.push('<div class="grid">');
  out.push(`<div class="text" tabindex="0" role="region" aria-label="article text">${textHtml}</div>`);
  out.push(`<div class="side">${findingsHtml(ctx)}${compactList(ctx, 'unverifiable')}${compactList(ctx, 'supported')}</div>`);
  out.push('</div>');
  out.push(timelinesHtml(fi, file, context.ledger, anchors));
  out.push('</section>');
  return out.join('\n');
}

function words(ctx: Ctx, span: Span, max = 160): string {
  return shorten(ctx.text.slice(span.start, span.end), max);
}

function at(ctx: Ctx, span: Span): string {
  const p = ctx.locate(span);
  return `line ${p.line}:${p.column}`;
}

/** A link to a claim: its words in the text if they were highlighted, else its panel or list entry. */
function claimHref(ctx: Ctx, claimId: string, span?: Span): string {
  const claim = ctx.claims.get(claimId);
  const exact = span && claim && (span.start !== claim.span.start || span.end !== claim.span.end) ? ids.highlight(ctx.fi, claimId, span) : undefined;
  if (exact && ctx.anchors.has(exact)) return exact;
  if (ctx.anchors.has(ids.highlight(ctx.fi, claimId))) return ids.highlight(ctx.fi, claimId);
  const statuses = ctx.file.verdicts.filter((v) => v.claimId === claimId).map((v) => v.status);
  if (statuses.includes('refuted')) return ids.panel(ctx.fi, claimId);
  return ids.listed(ctx.fi, claimId, statuses.includes('unverifiable') ? 'unverifiable' : 'supported');
}

function findingsHtml(ctx: Ctx): string {
  const findings = ctx.file.findings;
  if (findings.length === 0) return '<h3>Findings</h3><p class="none">No findings: nothing in this article contradicts the ledger.</p>';
  const numbers = findingNumbers(ctx.file.verdicts);
  const byClaim = new Map<string, Finding[]>();
  for (const f of findings) byClaim.set(f.verdict.claimId, [...(byClaim.get(f.verdict.claimId) ?? []), f]);
  const panels = [...byClaim].map(([claimId, claimFindings]) => {
    const claim = ctx.claims.get(claimId);
    const span = claim?.span ?? claimFindings[0]!.verdict.span;
    const asOf = claim?.asOf ? ` <span class="src">as of ${escapeHtml(formatPartialDate(claim.asOf.date))} (${escapeHtml(claim.asOf.source)})</span>` : '';
    const says = `<p class="says">The article says <q><a href="#${claimHref(ctx, claimId)}" title="back to the text">${escapeHtml(words(ctx, span))}</a></q> <span class="src">${at(ctx, span)}</span>${asOf}</p>`;
    const parts = claimFindings.map((f) => finding(ctx, f, numbers.get(f.verdict) ?? 1, span));
    return `<section class="panel" id="${ids.panel(ctx.fi, claimId)}" tabindex="-1" aria-label="${escapeHtml(`finding: ${words(ctx, span, 60)}`)}">${says}${parts.join('')}</section>`;
  });
  const suppressed = findings.filter((f) => f.suppressed).length;
  return `<h3>Findings (${findings.length - suppressed}${suppressed ? `, and ${suppressed} suppressed` : ''})</h3>${panels.join('')}`;
}

function finding(ctx: Ctx, { verdict: v, severity, suppressed }: Finding, k: number, claimSpan: Span): string {
  const parts = [`<p><span class="rule">${escapeHtml(v.ruleId)}</span> <span class="src">${escapeHtml(severity)}</span></p>`, `<p class="msg">${messageHtml(v.message)}</p>`, `<p class="src">${messageHtml(v.reading)}</p>`];
  // A suppressed finding stays visible to the editor, with the reason the article gives.
  if (suppressed) parts.unshift(`<p class="waived">Suppressed in the article: ${escapeHtml(suppressed.reason)}</p>`);
  if (v.span.start !== claimSpan.start || v.span.end !== claimSpan.end) {
    parts.push(`<p>About the words <q><a href="#${claimHref(ctx, v.claimId, v.span)}">${escapeHtml(words(ctx, v.span))}</a></q> <span class="src">${at(ctx, v.span)}</span></p>`);
  }
  if (v.expected !== undefined || v.actual !== undefined) {
    parts.push(`<p>${v.expected !== undefined ? `Ledger: <code>${escapeHtml(v.expected)}</code>` : ''}${v.expected !== undefined && v.actual !== undefined ? ' · ' : ''}${v.actual !== undefined ? `article: <code>${escapeHtml(v.actual)}</code>` : ''}</p>`);
  }
  if (v.suggestion !== undefined) parts.push(`<p>Suggested wording: <span class="suggest">${escapeHtml(v.suggestion)}</span></p>`);
  if (v.cause) {
    const causeWords = words(ctx, v.cause.span, 90);
    parts.push(`<p>Conflicts with <a href="#${claimHref(ctx, v.cause.claimId, v.cause.span)}">“${escapeHtml(causeWords)}”</a> <span class="src">${at(ctx, v.cause.span)}</span></p>`);
  }
  if (v.evidence.length > 0) {
    const items = v.evidence.map((e) => evidenceItem(ctx, e));
    const shown = items.slice(0, SHOWN_EVIDENCE).join('');
    const rest = items.length > SHOWN_EVIDENCE ? `<details class="more"><summary>and ${items.length - SHOWN_EVIDENCE} more</summary><ul class="evidence">${items.slice(SHOWN_EVIDENCE).join('')}</ul></details>` : '';
    parts.push(`<p>What the ledger says:</p><ul class="evidence">${shown}</ul>${rest}`);
  }
  return `<div class="finding${suppressed ? ' suppressed' : ''}" id="${ids.finding(ctx.fi, v.claimId, k)}" tabindex="-1">${parts.join('')}</div>`;
}

function evidenceItem(ctx: Ctx, e: Evidence): string {
  const collection = ctx.context.ledger.collections.get(e.collection);
  const name = e.name ?? (e.entity ? ctx.context.ledger.entities.get(e.entity)?.name ?? e.entity : collection?.title ?? e.collection);
  const dates = [e.since ? `since <b>${escapeHtml(e.since)}</b>` : '', e.until ? `until <b>${escapeHtml(e.until)}</b>` : ''].filter(Boolean).join(', ');
  const where = `${relative(ctx.context, e.location.file)}:${e.location.line}`;
  const sources = e.sources.map((s) => `<li>${citationLink(s.url, shortUrl(s.url))}${s.quote ? `<blockquote>${escapeHtml(s.quote)}</blockquote>` : ''}</li>`);
  const shownSources = sources.slice(0, SHOWN_SOURCES).join('');
  const moreSources = sources.length > SHOWN_SOURCES ? `<details class="more"><summary>${sources.length - SHOWN_SOURCES} more sources</summary><ul class="evidence">${sources.slice(SHOWN_SOURCES).join('')}</ul></details>` : '';
  const member = e.entity || e.name ? ` in ${escapeHtml(collection?.title ?? e.collection)}` : '';
  return `<li><b>${escapeHtml(name)}</b>${member}${dates ? `: ${dates}` : ''} <span class="src">${escapeHtml(where)}</span>${sources.length ? `<ul class="evidence">${shownSources}</ul>${moreSources}` : ''}</li>`;
}

/** "shine.cn/news/nation/2312131482/" for the link text; the href keeps the whole URL. */
function shortUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return url;
    const text = `${u.hostname.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}`;
    return text.length > 64 ? `${text.slice(0, 63)}…` : text;
  } catch {
    return url;
  }
}

function compactList(ctx: Ctx, status: Exclude<Status, 'refuted'>): string {
  const byClaim = new Map<string, Verdict[]>();
  for (const v of ctx.file.verdicts) if (v.status === status) byClaim.set(v.claimId, [...(byClaim.get(v.claimId) ?? []), v]);
  if (byClaim.size === 0) return '';
  const items = [...byClaim].map(([claimId, verdicts]) => {
    const claim = ctx.claims.get(claimId);
    const span = claim?.span ?? verdicts[0]!.span;
    const back = ctx.anchors.has(ids.highlight(ctx.fi, claimId)) ? `<a href="#${ids.highlight(ctx.fi, claimId)}">${at(ctx, span)}</a>` : at(ctx, span);
    const said = verdicts.map((v) => `<code>${escapeHtml(v.ruleId)}</code> ${messageHtml(v.message)}`).join('; ');
    return `<li id="${ids.listed(ctx.fi, claimId, status)}" tabindex="-1">${back} <span class="w">“${escapeHtml(words(ctx, span, 80))}”</span>: ${said}</li>`;
  });
  const title = status === 'supported' ? 'Verified' : 'Could not be checked';
  return `<details class="compact ${status}" open><summary>${title} (${byClaim.size} ${byClaim.size === 1 ? 'claim' : 'claims'}, ${plural([...byClaim.values()].flat().length, 'verdict')})</summary><ul>${items.join('')}</ul></details>`;
}

export function problemList(problems: readonly Problem[], context: ReportContext): string {
  if (problems.length === 0) return '';
  const items = problems.map((p) => {
    const where = `${relative(context, p.file)}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''}`;
    return `<li class="${p.severity}"><b>${p.severity}</b> <span class="path">${escapeHtml(where)}</span>: ${escapeHtml(p.message)}</li>`;
  });
  return `<ul class="problems">${items.join('')}</ul>`;
}
