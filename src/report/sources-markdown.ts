/**
 * The Markdown format of `ledgerlint reconcile`, for a desk to read: the
 * conflicts with every source on each side, the sources and how each compares
 * with the ledger, per collection a table of who gives which date (the
 * consensus each source supports), the counts, and the proposed ledger changes.
 */
import type { MemberTimeline, SourceSummary, SourcesReport } from '../sources/index.js';
import { formatPartialDate } from '../time/partial-date.js';
import { relativePath } from './relative-path.js';
import type { ReportContext } from './results.js';
import { dateOf } from './sources-stylish.js';
import { comparedWith, plural, quoteOf, refLocator, sourceDate, summarizeReconcile, where, type ReconcileRun } from './sources-results.js';

export function sourcesMarkdown(run: ReconcileRun, context: ReportContext): string {
  const { report } = run;
  const locate = refLocator(run, context);
  const s = summarizeReconcile(run);
  const label = sourceLabels(report);
  const out: string[] = [
    '# ledgerlint reconcile report',
    '',
    `${plural(s.sources, 'source')}, ${plural(s.memberStatements, 'member statement')}, ${plural(s.countStatements, 'count or list', 'counts and lists')}: **${plural(s.conflicts, 'conflict')}**${report.mode === 'ledger' ? `, ${plural(s.proposals, 'ledger proposal')}` : ''}; ${escape(comparedWith(run, context))}.`,
  ];
  const problems = [...run.problems, ...run.files.flatMap((f) => f.problems)];
  if (problems.length > 0) out.push('');
  for (const p of problems) out.push(`- **${p.severity}** \`${relativePath(context.cwd, p.file)}\`${p.line ? ` line ${p.line}` : ''}: ${escape(p.message)}`);

  out.push('', '## Conflicts', '');
  if (report.conflicts.length === 0) out.push('The sources agree: no conflict.');
  report.conflicts.forEach((conflict, i) => {
    out.push(`### ${i + 1}. ${conflict.kind} in \`${conflict.collection}\``, '', escape(conflict.message), '');
    for (const side of conflict.sides) {
      out.push(`- ${escape(side.says)}:`);
      for (const ref of side.refs) {
        const at = locate(ref);
        out.push(`  - \`${where(at)}\` ${label(ref.file)} “${escape(quoteOf(ref.words, 120))}”`);
      }
    }
    out.push('');
  });

  out.push('', '## Sources', '', `| | source | date | member statements | counts and lists | in conflict |${report.mode === 'ledger' ? ' ledger: agree / disagree / not in it |' : ''}`);
  out.push(`| --- | --- | --- | --- | --- | --- |${report.mode === 'ledger' ? ' --- |' : ''}`);
  for (const source of report.sources) {
    const ledger = source.ledger ? ` ${source.ledger.agrees} / ${source.ledger.disagrees} / ${source.ledger.notInLedger} |` : '';
    out.push(`| ${label(source.file)} | ${cell(titleOf(source))}<br>\`${relativePath(context.cwd, source.file)}\` | ${cell(sourceDate(source))} | ${source.memberStatements} | ${source.countStatements} | ${source.inConflict} |${ledger}`);
  }

  for (const collection of [...new Set(report.timelines.map((t) => t.collection))]) {
    const timelines = report.timelines.filter((t) => t.collection === collection);
    const files = report.sources.map((src) => src.file).filter((file) => timelines.some((t) => t.statements.some((st) => st.ref.file === file)));
    out.push('', `## \`${collection}\``, '', 'What each source says about each member: the dates it gives (✖ in a conflict), and the date they all allow.', '');
    out.push(`| member | sources agree on |${report.mode === 'ledger' ? ' ledger |' : ''} ${files.map((f) => label(f)).join(' | ')} |`);
    out.push(`| --- | --- |${report.mode === 'ledger' ? ' --- |' : ''} ${files.map(() => '---').join(' | ')} |`);
    for (const timeline of timelines) {
      const cells = files.map((file) => datesGiven(timeline, file, report));
      out.push(`| ${cell(timeline.name)} | ${dateOf(timeline)} |${report.mode === 'ledger' ? ` ${ledgerCell(timeline, report)} |` : ''} ${cells.join(' | ')} |`);
    }
    const counts = report.counts.filter((c) => c.statement.collection === collection);
    if (counts.length === 0) continue;
    out.push('', `Counts of \`${collection}\`:`, '', `| source | words | as of | allows | the sources date by then |${report.mode === 'ledger' ? ' ledger |' : ''}`, `| --- | --- | --- | --- | --- |${report.mode === 'ledger' ? ' --- |' : ''}`);
    for (const count of counts) {
      const st = count.statement;
      const allows = count.allowed.max === Infinity ? `${count.allowed.min} or more` : count.allowed.min === count.allowed.max ? `${count.allowed.min}` : `${count.allowed.min} to ${count.allowed.max}`;
      out.push(`| ${label(st.ref.file)} \`${where(locate(st.ref))}\` | “${cell(quoteOf(st.ref.words))}” | ${formatPartialDate(st.asOf.date)} (${st.asOf.source}) | ${allows} | ${count.datedBefore} |${report.mode === 'ledger' ? ` ${count.ledger} |` : ''}`);
    }
  }

  if (report.mode === 'ledger') {
    out.push('', '## Proposed ledger changes', '');
    if (report.proposals.length === 0) out.push('None: the sources name no member the ledger lacks, and agree on no date it contradicts.');
    else out.push('Never applied automatically: `--propose FILE` writes them as a YAML patch with the sources as citations.', '', '| change | collection | member | date | sources |', '| --- | --- | --- | --- | --- |');
    for (const p of report.proposals) {
      const date = p.change === 'add-member' ? `since ${formatPartialDate(p.since)}` : `${formatPartialDate(p.from)} → ${formatPartialDate(p.to)}`;
      const cited = [...new Set(p.refs.map((r) => label(r.file)))].join(', ');
      out.push(`| ${p.change} | \`${p.collection}\` | ${cell(p.name)} | ${date} | ${cited} |`);
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Sources are columns: S1, S2 … in report order. */
export function sourceLabels(report: SourcesReport): (file: string) => string {
  const labels = new Map(report.sources.map((s, i) => [s.file, `S${i + 1}`]));
  return (file) => labels.get(file) ?? '?';
}

function datesGiven(timeline: MemberTimeline, file: string, report: SourcesReport): string {
  const conflicted = new Set(report.conflicts.filter((c) => c.entity === timeline.entity && c.collection === timeline.collection).flatMap((c) => c.sides.flatMap((s) => s.refs)).filter((r) => r.file === file).map((r) => r.span.start));
  const said = timeline.statements.filter((s) => s.ref.file === file).map((s) => {
    const text = s.kind === 'dated' ? formatPartialDate(s.date!) + (s.until ? `/${formatPartialDate(s.until)}` : '') : `listed ${formatPartialDate(s.listedAt!)}`;
    return conflicted.has(s.ref.span.start) ? `${text} ✖` : text;
  });
  return [...new Set(said)].join(', ');
}

function ledgerCell(timeline: MemberTimeline, report: SourcesReport): string {
  const standing = timeline.ledger;
  const proposed = report.proposals.some((p) => p.collection === timeline.collection && p.entity === timeline.entity) ? ' (proposed)' : '';
  switch (standing.status) {
    case 'no-ledger': return '';
    case 'missing': return `not in the ledger${proposed}`;
    case 'undated': return 'undated';
    case 'agrees': return `${formatPartialDate(standing.since!)} ✔`;
    case 'disagrees': return `${formatPartialDate(standing.since!)} ✖${proposed}`;
  }
}

function titleOf(source: SourceSummary): string {
  return source.title ? quoteOf(source.title, 80) : '(no title)';
}

function cell(text: string): string {
  return escape(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Article text is data: nothing in it may become Markdown or HTML. */
function escape(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
