/**
 * The Markdown report an editor reads: per article, what is wrong (with the
 * suggested wording and the ledger's citations), then what was verified and
 * what could not be checked.
 */
import type { FileResult } from '../check.js';
import type { Verdict } from '../reconcile/index.js';
import { formatPartialDate } from '../time/partial-date.js';
import { locator } from './positions.js';
import { findingsOf, summarize, type ReportContext, type RunResult } from './results.js';
import { relative } from './stylish.js';

const MAX_EVIDENCE = 3;

export function markdown(run: RunResult, context: ReportContext): string {
  const s = summarize(run);
  const out: string[] = [
    '# ledgerlint report',
    '',
    `${s.files} articles, ${s.claims} claims: **${s.refuted} refuted**, ${s.supported} supported, ${s.unverifiable} unverifiable. Ledger \`${context.ledger.hash}\`.`,
    '',
  ];
  for (const p of run.problems) out.push(`- **${p.severity}** \`${relative(context, p.file)}\`: ${p.message}`);
  for (const file of run.files) out.push(...fileSection(file, context));
  return `${out.join('\n').trimEnd()}\n`;
}

function fileSection(file: FileResult, context: ReportContext): string[] {
  const name = relative(context, file.path);
  const article = file.article;
  const dated = [
    article?.date && `dated ${formatPartialDate(article.date.date)} (${article.date.source})`,
    article?.titleDate && `title dated ${formatPartialDate(article.titleDate.date)}`,
  ].filter(Boolean);
  const out = ['', `## ${escapeInline(article?.title?.text ?? name)}`, '', [`\`${name}\``, ...dated].join(', '), ''];
  for (const p of file.problems) out.push(`- **${p.severity}**${p.line ? ` line ${p.line}` : ''}: ${p.message}`);
  if (!article) return out;
  const locate = locator(article.text);
  const findings = findingsOf(file);
  const line = (v: Verdict) => locate(v.span).line;
  if (findings.length > 0) {
    out.push('', '| line | rule | finding | suggestion | ledger evidence |', '| --- | --- | --- | --- | --- |');
    for (const { verdict } of findings) {
      out.push(`| ${line(verdict)} | \`${verdict.ruleId}\` | ${cell(verdict.message)}<br>*${cell(verdict.reading)}* | ${verdict.suggestion ? cell(verdict.suggestion) : ''} | ${evidenceCell(verdict)} |`);
    }
  } else {
    out.push('', 'No findings.');
  }
  const group = (status: Verdict['status'], title: string) => {
    const verdicts = file.verdicts.filter((v) => v.status === status);
    if (verdicts.length === 0) return;
    out.push('', `<details><summary>${title} (${verdicts.length})</summary>`, '');
    for (const v of verdicts) out.push(`- line ${line(v)}, \`${v.ruleId}\`: ${escapeInline(v.message)}`);
    out.push('', '</details>');
  };
  group('supported', 'Verified');
  group('unverifiable', 'Could not be checked');
  return out;
}

/** The first few ledger statements behind a finding, each with its first source. */
function evidenceCell(verdict: Verdict): string {
  const shown = verdict.evidence.slice(0, MAX_EVIDENCE).map((e) => {
    const source = e.sources[0];
    return `${cell(e.name ?? e.entity ?? e.collection)}${e.since ? ` ${e.since}` : ''}${source ? ` ([source](${source.url}))` : ''}`;
  });
  const more = verdict.evidence.length - shown.length;
  return [...shown, ...(more > 0 ? [`and ${more} more`] : [])].join('; ');
}

function cell(text: string): string {
  return escapeInline(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Article text is data: nothing in it may become Markdown or HTML. */
function escapeInline(text: string): string {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}
