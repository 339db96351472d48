/**
 * `ledger diff` output: the verdicts a ledger change alters, per article, in
 * the terminal (stylish), Markdown (for a pull request) or JSON (for tools).
 * Pure functions of the diff; offsets become line:column here.
 */
import pc from 'picocolors';
import type { Verdict } from '../reconcile/index.js';
import { locator } from './positions.js';
import { relativePath } from './relative-path.js';
import type { ArticleChanges, VerdictChange, VerdictDiff } from './verdict-diff.js';

export interface DiffContext {
  readonly cwd: string;
  /** The two ledger folders and the articles' folder, as given. */
  readonly old: string;
  readonly new: string;
  readonly sources: string;
  /** --as-of, as given, when set. */
  readonly asOf?: string;
  readonly color: boolean;
}

export const DIFF_FORMATS = ['stylish', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const diffReporters: Record<DiffFormat, (diff: VerdictDiff, context: DiffContext) => string> = { stylish, markdown, json };

function stylish(diff: VerdictDiff, context: DiffContext): string {
  const colors = pc.createColors(context.color);
  const lines: string[] = [];
  for (const article of diff.changed) {
    lines.push(colors.underline(relativePath(context.cwd, article.path)));
    const locate = locator(article.text);
    for (const change of article.changes) {
      const at = locate(change.claim.span);
      const transition = `${statuses(change.before)} → ${statuses(change.after)}`;
      lines.push(`  ${at.line}:${at.column}  ${quote(change.claim.text)}  ${colors.dim(change.ruleId)}  ${change.kind === 'status' ? colors.bold(transition) : transition}`);
      for (const v of change.before) lines.push(`      ${colors.red('-')} ${v.status}: ${v.message}`);
      for (const v of change.after) lines.push(`      ${colors.green('+')} ${v.status}: ${v.message}`);
    }
    lines.push('');
  }
  lines.push(headline(diff));
  return `${lines.join('\n')}\n`;
}

function markdown(diff: VerdictDiff, context: DiffContext): string {
  const asOf = context.asOf ? `, as of ${context.asOf}` : '';
  const lines = ['# ledgerlint ledger diff', '', `Ledger \`${context.old}\` → \`${context.new}\`, articles in \`${context.sources}\`${asOf}: ${headline(diff)}`];
  for (const article of diff.changed) {
    const locate = locator(article.text);
    lines.push('', `## ${relativePath(context.cwd, article.path)}`, '', '| where | claim | rule | before | after |', '| --- | --- | --- | --- | --- |');
    for (const change of article.changes) {
      const at = locate(change.claim.span);
      lines.push(`| ${at.line}:${at.column} | ${cell(quote(change.claim.text))} | \`${change.ruleId}\` | ${cell(described(change.before))} | ${cell(described(change.after))} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const DIFF_JSON_VERSION = 1;

function json(diff: VerdictDiff, context: DiffContext): string {
  const document = {
    version: DIFF_JSON_VERSION,
    old: context.old,
    new: context.new,
    sources: context.sources,
    ...(context.asOf ? { asOf: context.asOf } : {}),
    summary: summaryOf(diff),
    articles: diff.changed.map((article) => articleDocument(article, context)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function articleDocument(article: ArticleChanges, context: DiffContext) {
  const locate = locator(article.text);
  const verdict = (v: Verdict) => ({ status: v.status, message: v.message, ...v.span, ...locate(v.span), ...(v.suggestion ? { suggestion: v.suggestion } : {}) });
  return {
    path: relativePath(context.cwd, article.path),
    changes: article.changes.map((change: VerdictChange) => ({
      claim: { kind: change.claim.kind, collection: change.claim.collection, text: change.claim.text, ...change.claim.span, ...locate(change.claim.span) },
      ruleId: change.ruleId,
      kind: change.kind,
      before: change.before.map(verdict),
      after: change.after.map(verdict),
    })),
  };
}

function summaryOf(diff: VerdictDiff) {
  const changes = diff.changed.flatMap((a) => a.changes);
  return {
    articles: diff.changed.length + diff.unchanged,
    changed: diff.changed.length,
    unchanged: diff.unchanged,
    verdicts: changes.length,
    statusChanges: changes.filter((c) => c.kind === 'status').length,
    wordingChanges: changes.filter((c) => c.kind === 'wording').length,
  };
}

/** "✖ 3 verdicts changed in 2 articles (2 in status, 1 in wording); 2 articles unchanged". */
function headline(diff: VerdictDiff): string {
  const s = summaryOf(diff);
  if (s.verdicts === 0) return `✔ no verdict changed in ${plural(s.articles, 'article')}`;
  return `✖ ${plural(s.verdicts, 'verdict')} changed in ${plural(s.changed, 'article')} (${s.statusChanges} in status, ${s.wordingChanges} in wording only); ${plural(s.unchanged, 'article')} unchanged`;
}

/** "supported", "refuted, refuted", "no verdict". */
function statuses(verdicts: readonly Verdict[]): string {
  return verdicts.length === 0 ? 'no verdict' : verdicts.map((v) => v.status).join(', ');
}

function described(verdicts: readonly Verdict[]): string {
  return verdicts.length === 0 ? 'no verdict' : verdicts.map((v) => `**${v.status}**: ${v.message}`).join('<br>');
}

/** The claim's words on one line, long lists shortened. */
function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return `\`${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}\``;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
