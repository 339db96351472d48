/**
 * GitHub Actions: one workflow command per finding and per input problem,
 * which the runner turns into an annotation on the file and line
 * (`::error file=…,line=…::message`). GitHub shows only a few annotations per
 * step, so `githubSummary` gives the whole report as Markdown for the job
 * summary; the CLI appends it to `$GITHUB_STEP_SUMMARY` (reporters stay pure).
 *
 * Paths are relative to the working folder, which in a workflow is the
 * checkout, as GitHub expects.
 */
import { markdown } from './markdown.js';
import { messagesOf, type ReportContext, type RunResult } from './results.js';
import { relative } from './stylish.js';

export function github(run: RunResult, context: ReportContext): string {
  const lines: string[] = [];
  // Input problems keep their own severity, as in every other format: an unusable file is an error
  // (it makes the run exit 2); a UTF-16 or empty file is a warning.
  for (const message of messagesOf(run)) {
    if (message.kind === 'problem') {
      const p = message.problem;
      const where = { file: relative(context, p.file), ...(p.line !== undefined ? { line: p.line } : {}), ...(p.column !== undefined ? { col: p.column } : {}), title: 'input' };
      lines.push(command(p.severity, where, p.message));
      continue;
    }
    const { file, at, finding: { verdict, severity } } = message;
    const fix = verdict.suggestion ? ` (suggest: ${verdict.suggestion})` : '';
    const where = { file: relative(context, file.path), line: at.line, col: at.column, endLine: at.endLine, endColumn: at.endColumn, title: verdict.ruleId };
    lines.push(command(severity, where, `${verdict.message}${fix} (${verdict.reading})`));
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** A workflow command: `::NAME key=value,…::message`, escaped as GitHub's toolkit (@actions/core) does. */
export function command(name: 'error' | 'warning' | 'notice', properties: Readonly<Record<string, string | number>>, message: string): string {
  const props = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** The message: `%`, CR and LF would end or corrupt the command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as the message, and `:` and `,`, which separate the properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub refuses a step summary over 1 MiB; the margin leaves room for what other steps append. */
export const SUMMARY_LIMIT = 1_000_000;

/**
 * The job summary: the Markdown report (headline, input problems, and per
 * article the findings table with suggestions and ledger evidence). Cut at an
 * article boundary when it would pass GitHub's limit.
 */
export function githubSummary(run: RunResult, context: ReportContext): string {
  const report = markdown(run, { ...context, color: false });
  if (Buffer.byteLength(report, 'utf8') <= SUMMARY_LIMIT) return report;
  const note = '\n\n*The report was cut here to fit GitHub\'s job summary limit: run `ledgerlint check --format markdown` for all of it.*\n';
  const sections = report.split(/(?=\n## )/);
  let kept = '';
  for (const section of sections) {
    if (Buffer.byteLength(kept + section + note, 'utf8') > SUMMARY_LIMIT) break;
    kept += section;
  }
  return `${kept.trimEnd()}${note}`;
}
