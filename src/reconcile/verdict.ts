/**
 * Verdicts: every claim gets one per rule that applies — supported, refuted or
 * unverifiable (FEVER's three labels) — with the ledger evidence behind it.
 */
import type { Span } from '../ingest/article.js';
import type { Citation, SourceLocation } from '../ledger/model.js';

export type Status = 'supported' | 'refuted' | 'unverifiable';

/** A ledger statement a verdict rests on. */
export interface Evidence {
  readonly collection: string;
  readonly entity?: string;
  readonly name?: string;
  /** The membership date as the ledger writes it (YYYY, YYYY-MM or YYYY-MM-DD). */
  readonly since?: string;
  readonly until?: string;
  readonly sources: readonly Citation[];
  readonly location: SourceLocation;
}

export interface Verdict {
  readonly claimId: string;
  readonly ruleId: string;
  readonly status: Status;
  /** One sentence, values in backticks. */
  readonly message: string;
  /** The words the verdict is about. */
  readonly span: Span;
  readonly actual?: string;
  readonly expected?: string;
  /** Wording that would make the claim true, when there is one. */
  readonly suggestion?: string;
  readonly evidence: readonly Evidence[];
  /** The other claim this one conflicts with. */
  readonly cause?: { readonly claimId: string; readonly span: Span };
  /** The claim's reading in plain words ("read as: …"): what the rule judged. */
  readonly reading: string;
  /** Set by the gate on a refutation it did not report: what the rule said, and the doubt that stopped it. */
  readonly withheld?: { readonly message: string; readonly slot: string; readonly why: string };
}
