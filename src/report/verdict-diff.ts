/**
 * What a ledger change does to the verdicts on a set of articles: the same
 * articles checked with the old ledger and with the new one, compared claim
 * by claim and rule by rule. Pure: results in, changes out.
 *
 * Claims are matched by their kind, collection and words (span), not by id,
 * since a new alias or term in the ledger may add claims and shift ids. A
 * change is any difference in a rule's verdicts on a claim — their status,
 * message or the words they point at.
 */
import type { FileResult } from '../check.js';
import type { Claim } from '../extract/claim.js';
import type { Span } from '../ingest/article.js';
import { rules, type Verdict } from '../reconcile/index.js';

export interface VerdictChange {
  /** The claim as read with the new ledger, or with the old one when the new reads no such claim. */
  readonly claim: Pick<Claim, 'kind' | 'collection' | 'text' | 'span'>;
  readonly ruleId: string;
  /** The rule's verdicts on the claim with each ledger; empty when it gave none. */
  readonly before: readonly Verdict[];
  readonly after: readonly Verdict[];
  /** `status` when the statuses differ, `wording` when only messages or spans do. */
  readonly kind: 'status' | 'wording';
}

export interface ArticleChanges {
  readonly path: string;
  /** The article's text, for line:column. */
  readonly text: string;
  readonly changes: readonly VerdictChange[];
}

export interface VerdictDiff {
  /** Articles with at least one change, in the order given. */
  readonly changed: readonly ArticleChanges[];
  /** How many articles were checked with both ledgers and changed in nothing. */
  readonly unchanged: number;
}

/** Compares two runs over the same files, paired by path. Files without an article (unusable) are left out. */
export function diffRuns(before: readonly FileResult[], after: readonly FileResult[]): VerdictDiff {
  const old = new Map(before.map((f) => [f.path, f]));
  const changed: ArticleChanges[] = [];
  let unchanged = 0;
  for (const file of after) {
    const previous = old.get(file.path);
    if (!file.article || !previous?.article) continue;
    const changes = diffVerdicts(previous, file);
    if (changes.length === 0) unchanged++;
    else changed.push({ path: file.path, text: file.article.text, changes });
  }
  return { changed, unchanged };
}

/** Every claim and rule whose verdicts differ between two results for one article, in text order. */
export function diffVerdicts(before: FileResult, after: FileResult): VerdictChange[] {
  const old = groupByClaimAndRule(before);
  const now = groupByClaimAndRule(after);
  const changes: VerdictChange[] = [];
  for (const key of new Set([...now.keys(), ...old.keys()])) {
    const a = old.get(key);
    const b = now.get(key);
    const previous = a?.verdicts ?? [];
    const next = b?.verdicts ?? [];
    if (same(previous, next)) continue;
    changes.push({
      claim: pick((b ?? a)!.claim),
      ruleId: (b ?? a)!.ruleId,
      before: previous,
      after: next,
      kind: same(previous.map((v) => v.status), next.map((v) => v.status)) ? 'wording' : 'status',
    });
  }
  const order = new Map(rules.map((rule, i) => [rule.meta.id, i]));
  return changes.sort((x, y) => x.claim.span.start - y.claim.span.start || x.claim.span.end - y.claim.span.end || (order.get(x.ruleId) ?? -1) - (order.get(y.ruleId) ?? -1));
}

interface Group {
  readonly claim: Claim;
  readonly ruleId: string;
  readonly verdicts: Verdict[];
}

function groupByClaimAndRule(result: FileResult): Map<string, Group> {
  const claims = new Map(result.claims.map((c) => [c.id, c]));
  const groups = new Map<string, Group>();
  for (const verdict of result.verdicts) {
    const claim = claims.get(verdict.claimId);
    if (!claim) continue;
    const key = `${claim.kind} ${claim.collection} ${spanKey(claim.span)} ${verdict.ruleId}`;
    const group = groups.get(key) ?? { claim, ruleId: verdict.ruleId, verdicts: [] };
    group.verdicts.push(verdict);
    groups.set(key, group);
  }
  return groups;
}

function same(a: readonly (Verdict | string)[], b: readonly (Verdict | string)[]): boolean {
  const keys = (list: readonly (Verdict | string)[]) => list.map((v) => (typeof v === 'string' ? v : `${v.status} ${spanKey(v.span)} ${v.message}`)).sort();
  const [x, y] = [keys(a), keys(b)];
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

function spanKey(span: Span): string {
  return `${span.start}-${span.end}`;
}

function pick(claim: Claim): VerdictChange['claim'] {
  return { kind: claim.kind, collection: claim.collection, text: claim.text, span: claim.span };
}
