/**
 * The HTML format of `ledgerlint reconcile`: one self-contained page with the
 * conflicts (every source on each side, with its exact words), the sources,
 * per collection who gives which date beside the ledger's, the counts, and
 * the proposed ledger changes.
 *
 * It reuses the check report's stylesheet, script and Content-Security-Policy
 * (html-assets.ts) unchanged, so it loads nothing and runs only the one
 * script allowed by hash; everything from an article or the ledger is escaped
 * (html-escape.ts) and only http(s) URLs become links. No timestamps.
 */
import type { Conflict, CountTimelineEntry, MemberTimeline, Proposal, SourcesReport } from '../sources/index.js';
import { formatPartialDate } from '../time/partial-date.js';
import { problemList } from './html-article.js';
import { htmlPage } from './html-assets.js';
import { citationLink, escapeHtml, idPart, messageHtml, plural, shorten } from './html-escape.js';
import { relativePath } from './relative-path.js';
import type { ReportContext } from './results.js';
import { sourceLabels } from './sources-markdown.js';
import { comparedWith, quoteOf, refLocator, sourceDate, summarizeReconcile, where, type Located, type ReconcileRun } from './sources-results.js';
import { dateOf } from './sources-stylish.js';

export function sourcesHtml(run: ReconcileRun, context: ReportContext): string {
  const { report } = run;
  const s = summarizeReconcile(run);
  const locate = refLocator(run, context);
  const label = sourceLabels(report);
  const title = `ledgerlint reconcile: ${plural(s.sources, 'source')}, ${plural(s.conflicts, 'conflict')}`;
  const collections = [...new Set(report.timelines.map((t) => t.collection))];
  return htmlPage(title, [
    '<header class="run">',
    '<h1>ledgerlint reconcile report</h1>',
    `<ul class="stats">${[
      stat(s.sources, s.sources === 1 ? 'source' : 'sources'),
      stat(s.members, s.members === 1 ? 'member' : 'members'),
      stat(s.conflicts, s.conflicts === 1 ? 'conflict' : 'conflicts', s.conflicts > 0 ? 'refuted' : 'supported'),
      ...(report.mode === 'ledger' ? [stat(s.proposals, s.proposals === 1 ? 'ledger proposal' : 'ledger proposals', 'unverifiable')] : []),
      ...(s.unusable > 0 ? [stat(s.unusable, s.unusable === 1 ? 'input could not be used' : 'inputs could not be used', 'refuted')] : []),
    ].join('')}<li class="hash">ledger <code>${escapeHtml(context.ledger.hash)}</code> · ledgerlint ${escapeHtml(context.version)}</li></ul>`,
    `<p class="meta">${escapeHtml(`The sources ${comparedWith(run, context)}.`)}</p>`,
    problemList([...run.problems, ...run.files.flatMap((f) => f.problems)], context),
    `<nav aria-label="sources">${sourcesTable(report, context, label)}</nav>`,
    '</header>',
    '<main>',
    conflictsSection(report.conflicts, locate, label),
    ...collections.map((c, i) => collectionSection(c, i, report, locate, label)),
    ...(report.mode === 'ledger' ? [proposalsSection(report.proposals, locate, label)] : []),
    '</main>',
    `<footer>ledgerlint ${escapeHtml(context.version)} · ledger <code>${escapeHtml(context.ledger.hash)}</code>. Dates are intervals at the precision written; sources conflict when their dates share no day, or when counts cannot both hold given that members join and none is recorded leaving.</footer>`,
  ]);
}

type Locate = (ref: Located['ref']) => Located;
type Label = (file: string) => string;

function stat(n: number, what: string, cls = ''): string {
  return `<li${cls ? ` class="${cls}"` : ''}><b>${n}</b> ${escapeHtml(what)}</li>`;
}

function sourcesTable(report: SourcesReport, context: ReportContext, label: Label): string {
  if (report.sources.length === 0) return '<p class="none">No sources were read.</p>';
  const ledger = report.mode === 'ledger';
  const rows = report.sources.map((source) => {
    const name = source.title ? shorten(source.title, 100) : '(no title)';
    const link = source.url ? ` ${citationLink(source.url, 'link')}` : '';
    const compared = source.ledger ? `<td class="n">${source.ledger.agrees}</td><td class="n${source.ledger.disagrees > 0 ? ' bad' : ''}">${source.ledger.disagrees}</td><td class="n">${source.ledger.notInLedger}</td>` : '';
    return `<tr><td><b>${escapeHtml(label(source.file))}</b></td><td>${escapeHtml(name)}${link}</td><td class="path">${escapeHtml(relativePath(context.cwd, source.file))}</td><td>${escapeHtml(sourceDate(source))}</td><td class="n">${source.memberStatements}</td><td class="n">${source.countStatements}</td><td class="n${source.inConflict > 0 ? ' bad' : ''}">${source.inConflict}</td>${compared}</tr>`;
  });
  const head = `<tr><th></th><th>source</th><th>path</th><th>date</th><th class="n">member statements</th><th class="n">counts and lists</th><th class="n">in conflict</th>${ledger ? '<th class="n">agree with the ledger</th><th class="n">disagree</th><th class="n">not in it</th>' : ''}</tr>`;
  return `<table class="index"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function conflictsSection(conflicts: readonly Conflict[], locate: Locate, label: Label): string {
  const body = conflicts.length === 0
    ? '<p class="none">The sources agree: no conflict.</p>'
    : conflicts.map((conflict, i) => {
      const sides = conflict.sides.map((side) => {
        const refs = side.refs.map((ref) => {
          const at = locate(ref);
          return `<li><b>${escapeHtml(label(ref.file))}</b> <span class="path">${escapeHtml(where(at))}</span> <q>${escapeHtml(quoteOf(ref.words, 160))}</q></li>`;
        });
        return `<div class="finding"><p>${messageHtml(side.says)}</p><ul class="evidence">${refs.join('')}</ul></div>`;
      });
      return `<div class="panel" id="conflict-${i + 1}"><p class="says"><span class="rule">${escapeHtml(conflict.kind)}</span> in <code>${escapeHtml(conflict.collection)}</code>: ${messageHtml(conflict.message)}</p>${sides.join('')}</div>`;
    }).join('\n');
  return `<section class="article" id="conflicts"><h2>Conflicts</h2>\n${body}\n</section>`;
}

function collectionSection(collection: string, index: number, report: SourcesReport, locate: Locate, label: Label): string {
  const timelines = report.timelines.filter((t) => t.collection === collection);
  const files = report.sources.map((s) => s.file).filter((file) => timelines.some((t) => t.statements.some((st) => st.ref.file === file)));
  const ledger = report.mode === 'ledger';
  const head = `<tr><th>member</th><th>sources agree on</th>${ledger ? '<th>ledger</th>' : ''}${files.map((f) => `<th>${escapeHtml(label(f))}</th>`).join('')}</tr>`;
  const rows = timelines.map((t) => `<tr><td>${escapeHtml(t.name)}</td><td>${t.consensus || !t.disputed ? escapeHtml(dateOf(t)) : '<span class="key refuted">disputed</span>'}</td>${ledger ? `<td>${ledgerCell(t, report)}</td>` : ''}${files.map((file) => `<td>${datesCell(t, file, locate)}</td>`).join('')}</tr>`);
  const counts = report.counts.filter((c) => c.statement.collection === collection);
  return [
    `<section class="article" id="collection-${index + 1}-${idPart(collection)}"><h2>${escapeHtml(collection)}</h2>`,
    '<p class="meta">The date each source gives for each member, and the date they all allow. Dates are intervals at the precision written: "2008" and "2008-05" agree.</p>',
    `<table class="index"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`,
    counts.length > 0 ? countsTable(counts, locate, label, ledger) : '',
    '</section>',
  ].join('\n');
}

/** The dates one source gives for one member, each once, its places and words in a tooltip. */
function datesCell(timeline: MemberTimeline, file: string, locate: Locate): string {
  const byText = new Map<string, string[]>();
  for (const s of timeline.statements.filter((st) => st.ref.file === file)) {
    const text = s.kind === 'dated' ? formatPartialDate(s.date!) + (s.until ? `/${formatPartialDate(s.until)}` : '') : `listed ${formatPartialDate(s.listedAt!)}`;
    byText.set(text, [...(byText.get(text) ?? []), `${where(locate(s.ref))}: ${quoteOf(s.ref.words, 160)}`]);
  }
  return [...byText].map(([text, places]) => `<span title="${escapeHtml(places.join('\n'))}">${escapeHtml(text)}</span>`).join(', ');
}

function ledgerCell(timeline: MemberTimeline, report: SourcesReport): string {
  const standing = timeline.ledger;
  const proposed = report.proposals.some((p) => p.collection === timeline.collection && p.entity === timeline.entity) ? ' <span class="key unverifiable">proposed</span>' : '';
  switch (standing.status) {
    case 'no-ledger': return '';
    case 'missing': return `<span class="key unverifiable">not in the ledger</span>${proposed}`;
    case 'undated': return 'undated';
    case 'agrees': return `${escapeHtml(formatPartialDate(standing.since!))} <span class="key supported">✔</span>`;
    case 'disagrees': return `${escapeHtml(formatPartialDate(standing.since!))} <span class="key refuted">✖</span>${proposed}`;
  }
}

function countsTable(counts: readonly CountTimelineEntry[], locate: Locate, label: Label, ledger: boolean): string {
  const rows = counts.map((c) => {
    const st = c.statement;
    const allowed = c.allowed.max === Infinity ? `${c.allowed.min} or more` : c.allowed.min === c.allowed.max ? `${c.allowed.min}` : `${c.allowed.min} to ${c.allowed.max}`;
    return `<tr><td><b>${escapeHtml(label(st.ref.file))}</b> <span class="path">${escapeHtml(where(locate(st.ref)))}</span></td><td><q>${escapeHtml(quoteOf(st.ref.words))}</q></td><td>${escapeHtml(`${formatPartialDate(st.asOf.date)} (${st.asOf.source})`)}</td><td class="n">${escapeHtml(allowed)}</td><td class="n">${c.datedBefore}</td>${ledger ? `<td>${escapeHtml(c.ledger)}</td>` : ''}</tr>`;
  });
  return `<figure class="timeline"><h4>Counts</h4><table class="index"><thead><tr><th>source</th><th>words</th><th>as of</th><th class="n">allows</th><th class="n">the sources date by then</th>${ledger ? '<th>ledger</th>' : ''}</tr></thead><tbody>${rows.join('')}</tbody></table></figure>`;
}

function proposalsSection(proposals: readonly Proposal[], locate: Locate, label: Label): string {
  const body = proposals.length === 0
    ? '<p class="none">None: the sources name no member the ledger lacks, and agree on no date it contradicts.</p>'
    : proposals.map((p) => {
      const what = p.change === 'add-member'
        ? `Add <b>${escapeHtml(p.name)}</b> to <code>${escapeHtml(p.collection)}</code> since <code>${escapeHtml(formatPartialDate(p.since))}</code> (in <span class="path">${escapeHtml(p.file)}</span>).`
        : `Change <b>${escapeHtml(p.name)}</b>'s date in <code>${escapeHtml(p.collection)}</code> from <code>${escapeHtml(formatPartialDate(p.from))}</code> to <code>${escapeHtml(formatPartialDate(p.to))}</code> (<span class="path">${escapeHtml(`${p.location.file}:${p.location.line}`)}</span>).`;
      const refs = p.refs.map((ref) => `<li><b>${escapeHtml(label(ref.file))}</b> <span class="path">${escapeHtml(where(locate(ref)))}</span> <q>${escapeHtml(quoteOf(ref.words, 160))}</q></li>`);
      return `<div class="finding"><p>${what}</p><ul class="evidence">${refs.join('')}</ul></div>`;
    }).join('\n');
  return `<section class="article" id="proposals"><h2>Proposed ledger changes</h2><p class="note">Never applied automatically: <code>--propose FILE</code> writes them as a YAML patch with the sources as citations.</p>\n${body}\n</section>`;
}
