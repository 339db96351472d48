/**
 * The terminal format of `ledgerlint reconcile`: each conflict as
 * `file:line:col  conflict  message  kind` with every source on each side
 * beneath it, then one timeline per collection (the date the sources agree
 * on, and the ledger's), then each source with how it compares, then a
 * summary line.
 */
import pc from 'picocolors';
import { formatProblem } from '../problem.js';
import type { MemberTimeline, SourcesReport } from '../sources/index.js';
import { formatPartialDate } from '../time/partial-date.js';
import { relativePath } from './relative-path.js';
import type { ReportContext } from './results.js';
import { comparedWith, plural, quoteOf, refLocator, sourceDate, summarizeReconcile, where, type ReconcileRun } from './sources-results.js';

export function sourcesStylish(run: ReconcileRun, context: ReportContext): string {
  const colors = pc.createColors(context.color);
  const locate = refLocator(run, context);
  const { report } = run;
  const lines: string[] = [];
  for (const problem of [...run.problems, ...run.files.flatMap((f) => f.problems)]) {
    const text = formatProblem({ ...problem, file: relativePath(context.cwd, problem.file) });
    lines.push(problem.severity === 'error' ? colors.red(text) : colors.yellow(text));
  }
  for (const conflict of report.conflicts) {
    const first = locate(conflict.sides[0]!.refs[0]!);
    lines.push(`${where(first)}  ${colors.red('conflict')}  ${conflict.message}  ${colors.dim(conflict.kind)}`);
    for (const side of conflict.sides) {
      lines.push(`    ${side.says}:`);
      for (const ref of side.refs) lines.push(`      ${where(locate(ref))}  ${colors.dim(JSON.stringify(quoteOf(ref.words)))}`);
    }
  }
  if (lines.length > 0) lines.push('');
  for (const collection of [...new Set(report.timelines.map((t) => t.collection))]) {
    const timelines = report.timelines.filter((t) => t.collection === collection);
    lines.push(colors.bold(`${collection}: ${plural(timelines.length, 'member')} in the sources`));
    const width = timelines.reduce((w, t) => Math.max(w, t.name.length), 0);
    const dateWidth = timelines.reduce((w, t) => Math.max(w, dateOf(t).length), 0);
    for (const timeline of timelines) {
      const files = new Set(timeline.statements.map((s) => s.ref.file)).size;
      const said = `${plural(timeline.statements.length, 'statement')} in ${plural(files, 'source')}`;
      lines.push(`  ${dateOf(timeline).padEnd(dateWidth)}  ${timeline.name.padEnd(width)}  ${said}${ledgerNote(timeline, report, colors)}`);
    }
    lines.push('');
  }
  if (report.sources.length > 0) {
    lines.push(colors.bold('sources'));
    for (const source of report.sources) {
      const ledger = source.ledger ? `; ledger: ${source.ledger.agrees} agree, ${source.ledger.disagrees} disagree, ${source.ledger.notInLedger} not in it` : '';
      const conflicted = source.inConflict > 0 ? colors.red(`, ${source.inConflict} in conflict`) : '';
      lines.push(`  ${relativePath(context.cwd, source.file)}  ${sourceDate(source)}: ${plural(source.memberStatements, 'member statement')}, ${plural(source.countStatements, 'count or list', 'counts and lists')}${conflicted}${ledger}`);
    }
    lines.push('');
  }
  const s = summarizeReconcile(run);
  const headline = `${s.conflicts === 0 ? '✔' : '✖'} ${plural(s.conflicts, 'conflict')} among ${plural(s.sources, 'source')}, ${comparedWith(run, context)}`;
  lines.push(s.conflicts === 0 && s.unusable === 0 ? colors.green(headline) : colors.bold(headline));
  const proposals = report.mode === 'ledger' ? `; ${plural(s.proposals, 'ledger proposal')}` : '';
  lines.push(`${plural(s.members, 'member')} of ${plural(s.collections, 'collection')} from ${plural(s.memberStatements, 'member statement')} and ${plural(s.countStatements, 'count or list', 'counts and lists')}${proposals}`);
  return `${lines.join('\n')}\n`;
}

/** The date the sources agree on, "disputed", or "by 2025-11" when a list names it without a date. */
export function dateOf(timeline: MemberTimeline): string {
  if (timeline.consensus) return formatPartialDate(timeline.consensus.date);
  if (timeline.disputed) return 'disputed';
  return timeline.listedBy ? `by ${formatPartialDate(timeline.listedBy)}` : '?';
}

function ledgerNote(timeline: MemberTimeline, report: SourcesReport, colors: ReturnType<typeof pc.createColors>): string {
  const standing = timeline.ledger;
  const proposed = report.proposals.some((p) => p.collection === timeline.collection && p.entity === timeline.entity);
  const then = proposed ? colors.yellow(' → proposed') : '';
  switch (standing.status) {
    case 'no-ledger': return '';
    case 'missing': return `  ${colors.yellow('not in the ledger')}${then}`;
    case 'undated': return '  ledger: undated';
    case 'agrees': return `  ledger ${formatPartialDate(standing.since!)} ${colors.green('✔')}`;
    case 'disagrees': return `  ledger ${formatPartialDate(standing.since!)} ${colors.red('✖')}${then}`;
  }
}
