/**
 * The rule contract (after ESLint's): metadata, and a check that reads one
 * claim with the ledger and returns a verdict, or nothing when the rule does
 * not apply. Rules never print, throw or read files.
 */
import type { Article } from '../ingest/article.js';
import type { Claim, ClaimKind } from '../extract/claim.js';
import type { SlotName } from '../extract/reading.js';
import type { Ledger } from '../ledger/model.js';
import type { PartialDate } from '../time/partial-date.js';
import type { Verdict } from './verdict.js';

export type Severity = 'error' | 'warning';

export interface RuleMeta {
  readonly id: string;
  readonly description: string;
  readonly severity: Severity;
  /** The claim kinds the rule reads. */
  readonly kinds: readonly ClaimKind[];
  /**
   * The slots of a claim's reading its refutation rests on: the gate reports
   * it only when none of them is in doubt ("the other two" does not make a
   * count disagree less with its own list, but it does with the ledger).
   */
  readonly dependsOn: readonly SlotName[];
}

export interface RuleContext {
  readonly ledger: Ledger;
  readonly article: Article;
  readonly claims: readonly Claim[];
  /** A later date to re-judge claims stated in the present tense at (--as-of on a dated article). */
  readonly recheckAt?: PartialDate;
}

export type VerdictDraft = Omit<Verdict, 'claimId' | 'ruleId' | 'reading'>;

export interface Rule<C extends Claim = Claim> {
  readonly meta: RuleMeta;
  /** One verdict, one per offending part (a list's entries), or undefined when the rule does not apply. */
  check(claim: C, context: RuleContext): VerdictDraft | VerdictDraft[] | undefined;
}

/** Where a rule is documented, relative to the package root. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}
