/**
 * The reconcile stage's entry: Claim[] × Ledger → Verdict[]. Every claim gets
 * a verdict from each rule that applies to it, and at least one in all.
 */
import type { Article } from '../ingest/article.js';
import type { Claim } from '../extract/claim.js';
import type { Ledger } from '../ledger/model.js';
import type { PartialDate } from '../time/partial-date.js';
import { readAs } from './read-as.js';
import { rules } from './rules/index.js';
import type { Verdict } from './verdict.js';

export type { Verdict, Status, Evidence } from './verdict.js';
export { rules, ruleById } from './rules/index.js';
export type { Rule, RuleContext, RuleMeta, Severity } from './rule.js';

export interface ReconcileOptions {
  /** Re-judge claims stated in the present tense at this later date (outdated-since-publication). */
  readonly recheckAt?: PartialDate;
}

export function reconcile(article: Article, claims: readonly Claim[], ledger: Ledger, options: ReconcileOptions = {}): Verdict[] {
  const context = { ledger, article, claims, ...(options.recheckAt ? { recheckAt: options.recheckAt } : {}) };
  const verdicts: Verdict[] = [];
  for (const claim of claims) {
    const before = verdicts.length;
    const reading = readAs(claim, ledger);
    for (const rule of rules) {
      if (!rule.meta.kinds.includes(claim.kind)) continue;
      const drafts = rule.check(claim, context);
      for (const draft of drafts === undefined ? [] : Array.isArray(drafts) ? drafts : [drafts]) {
        verdicts.push({ claimId: claim.id, ruleId: rule.meta.id, ...draft, reading });
      }
    }
    if (verdicts.length === before) {
      verdicts.push({ claimId: claim.id, ruleId: 'no-rule', status: 'unverifiable', span: claim.span, evidence: [], message: `no rule can check this ${claim.kind} claim yet`, reading });
    }
  }
  return verdicts;
}
