/**
 * The terminal format: one line per finding, `file:line:col  severity  message
 * rule-id`, which terminals and editors turn into links, and under it how the
 * claim was read; input problems the
 * same way; then a summary of every verdict, verified claims included.
 */
import pc from 'picocolors';
import { formatProblem } from '../problem.js';
import { relativePath } from './relative-path.js';
import { messagesOf, summarize, type ReportContext, type RunResult } from './results.js';

export function stylish(run: RunResult, context: ReportContext): string {
  const colors = pc.createColors(context.color);
  const lines: string[] = [];
  for (const message of messagesOf(run)) {
    if (message.kind === 'problem') {
      const text = formatProblem({ ...message.problem, file: relative(context, message.problem.file) });
      lines.push(message.problem.severity === 'error' ? colors.red(text) : colors.yellow(text));
      continue;
    }
    const { file, at, finding: { verdict, severity } } = message;
    const label = severity === 'error' ? colors.red('error') : colors.yellow('warning');
    const fix = verdict.suggestion ? colors.dim(` (suggest: ${verdict.suggestion})`) : '';
    lines.push(`${relative(context, file.path)}:${at.line}:${at.column}  ${label}  ${verdict.message}${fix}  ${colors.dim(verdict.ruleId)}`);
    // The reading on a line of its own: the finding's line stays one that editors and CI parse.
    lines.push(colors.dim(`    ${verdict.reading}`));
  }
  const s = summarize(run);
  const findings = s.errors + s.warnings;
  const headline = `${findings === 0 ? '✔' : '✖'} ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')} in ${plural(s.files, 'file')}`;
  if (lines.length > 0) lines.push('');
  lines.push(findings === 0 && s.unusable === 0 ? colors.green(headline) : colors.bold(headline));
  lines.push(`${plural(s.claims, 'claim')} checked, ${plural(s.supported + s.refuted + s.unverifiable, 'verdict')}: ${s.supported} supported, ${s.refuted} refuted, ${s.unverifiable} unverifiable`);
  return `${lines.join('\n')}\n`;
}

export function relative(context: ReportContext, file: string): string {
  return relativePath(context.cwd, file);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
