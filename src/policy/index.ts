/**
 * The policy stage: which refuted verdicts are findings, at what severity,
 * and which of them the article itself suppresses. Rule levels come from the
 * config; suppressions from the article's comments.
 */
import type { Article } from '../ingest/article.js';
import type { Problem } from '../problem.js';
import { ruleById, rules, type Severity, type Verdict } from '../reconcile/index.js';
import { locator } from '../report/positions.js';
import { covers, DIRECTIVE, readSuppressions, type Suppression } from './suppressions.js';

export const RULE_LEVELS = ['off', 'warn', 'error'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];
export type RuleLevels = Readonly<Record<string, RuleLevel>>;

export interface Finding {
  readonly verdict: Verdict;
  readonly severity: Severity;
  /** Set when a comment in the article silences it: it still appears, marked, in JSON and SARIF. */
  readonly suppressed?: { readonly reason: string };
}

export function judge(article: Article, verdicts: readonly Verdict[], levels: RuleLevels = {}): { findings: Finding[]; problems: Problem[] } {
  const known = rules.map((r) => r.meta.id);
  const { suppressions, problems: directiveProblems } = readSuppressions(article, known);
  const used = new Set<Suppression>();
  const findings: Finding[] = [];
  for (const verdict of verdicts) {
    if (verdict.status !== 'refuted') continue;
    const severity = severityOf(verdict.ruleId, levels);
    if (!severity) continue;
    const suppression = suppressions.find((s) => covers(s, verdict.ruleId, verdict.span));
    if (suppression) used.add(suppression);
    findings.push({ verdict, severity, ...(suppression ? { suppressed: { reason: suppression.reason } } : {}) });
  }
  const unused = suppressions.filter((s) => !used.has(s)).map((s) => ({
    span: s.span,
    message: `unused \`${DIRECTIVE}\`: no ${s.rules ? `${s.rules.map((id) => `\`${id}\``).join(' or ')} ` : ''}finding in the text that follows`,
  }));
  const locate = locator(article.text);
  const problems = [...directiveProblems, ...unused]
    .sort((a, b) => a.span.start - b.span.start)
    .map(({ span, message }): Problem => {
      const { line, column } = locate(span);
      return { file: article.path, line, column, message, severity: 'warning' };
    });
  return { findings, problems };
}

/** The rule's severity under the config, or undefined when it is off. */
function severityOf(ruleId: string, levels: RuleLevels): Severity | undefined {
  const level = levels[ruleId];
  if (level === 'off') return undefined;
  if (level === 'warn') return 'warning';
  if (level === 'error') return 'error';
  return ruleById(ruleId)?.meta.severity ?? 'error';
}
