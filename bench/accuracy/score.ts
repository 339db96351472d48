/**
 * Scoring: engine verdicts against labels, matched by span overlap with the
 * labelled words. Pure functions over plain data, so the arithmetic is tested
 * on hand-made cases (tests/bench/accuracy.test.ts).
 *
 * - A refuted verdict that overlaps a false claim whose `rules` name its rule
 *   is a true positive for that rule (once per claim and rule).
 * - A refuted verdict with a rule the false claim `accept`s, or whose cause
 *   (the claim it conflicts with) is a false claim, is neither: it points at a
 *   real error, if not with the expected rule or at the expected words.
 * - Any other refuted verdict is a false alarm: on a true claim, a trap, an
 *   unverifiable claim, a false claim under the wrong rule, or unlabelled words.
 *   On labelled words a false alarm counts once per claim and rule, as a hit
 *   does (a list refuted entry by entry is one finding); on unlabelled words,
 *   once per verdict. Every one is listed.
 * - A (false claim, rule) pair no refuted verdict matched is a miss.
 */
import type { ClaimLabel, Span } from './labels.js';

/** The parts of a verdict scoring reads. */
export interface VerdictLike {
  readonly ruleId: string;
  readonly status: 'supported' | 'refuted' | 'unverifiable';
  readonly span: Span;
  readonly message: string;
  readonly claimId: string;
  /** The other words the verdict conflicts with (internal contradictions, as-of framings). */
  readonly cause?: { readonly span: Span };
}

/** The parts of an extracted claim scoring reads. */
export interface ClaimLike {
  readonly id: string;
  readonly kind: string;
  readonly span: Span;
  /** The words that dated the claim ("As of June 2025"): an as-of phrase is read when some claim is dated by it. */
  readonly asOf?: { readonly span?: Span };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type AlarmCause = 'trap' | 'true claim' | 'unverifiable claim' | 'wrong rule on a false claim' | 'unlabelled words';

export interface Miss {
  readonly label: ClaimLabel;
  readonly rule: string;
  /** What the engine did with those words: the extracted kinds and the verdicts on them. */
  readonly engine: string;
}

export interface FalseAlarm {
  readonly verdict: VerdictLike;
  readonly cause: AlarmCause;
  readonly label?: ClaimLabel;
}

export interface ArticleScore {
  readonly perRule: Map<string, Counts>;
  readonly misses: Miss[];
  readonly falseAlarms: FalseAlarm[];
  /** Labelled claims other than traps that no extracted claim overlaps. */
  readonly uncovered: ClaimLabel[];
  /** Refuted verdicts a false claim `accept`s or is the cause of. */
  readonly accepted: number;
  readonly falseClaims: number;
  /** False claims refuted by at least one of their rules (or accepted ones). */
  readonly falseClaimsCaught: number;
  /** Labelled claims that are not traps, and how many of them some extracted claim overlaps. */
  readonly claimable: number;
  readonly covered: number;
  /** …and how many an extracted claim of the labelled kind overlaps. */
  readonly coveredByKind: number;
  readonly traps: number;
  readonly silentTraps: number;
  readonly trueClaims: number;
  /** True claims with a supported verdict on them. */
  readonly trueSupported: number;
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export function scoreArticle(labels: readonly ClaimLabel[], claims: readonly ClaimLike[], verdicts: readonly VerdictLike[]): ArticleScore {
  const perRule = new Map<string, Counts>();
  const counts = (rule: string): Counts => {
    let c = perRule.get(rule);
    if (!c) perRule.set(rule, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const refuted = dedupe(verdicts.filter((v) => v.status === 'refuted'));
  const matched = new Set<string>(); // `${labelIndex} ${rule}`
  const alarmed = new Set<string>(); // `${labelIndex} ${rule}`
  const caught = new Set<number>();
  const falseAlarms: FalseAlarm[] = [];
  let accepted = 0;
  for (const verdict of refuted) {
    const on = labels.map((label, i) => ({ label, i })).filter(({ label }) => overlaps(label.span, verdict.span));
    const hit = on.find(({ label }) => label.truth === 'false' && label.rules.includes(verdict.ruleId));
    if (hit) {
      caught.add(hit.i);
      const key = `${hit.i} ${verdict.ruleId}`;
      if (!matched.has(key)) counts(verdict.ruleId).tp++;
      matched.add(key);
      continue;
    }
    const accepting = on.find(({ label }) => label.truth === 'false' && label.accept.includes(verdict.ruleId));
    const cause = verdict.cause?.span;
    const causedBy = cause && labels.findIndex((label) => label.truth === 'false' && overlaps(label.span, cause));
    if (accepting || (causedBy !== undefined && causedBy >= 0)) {
      caught.add(accepting ? accepting.i : causedBy!);
      accepted++;
      continue;
    }
    const worst = worstLabel(on);
    const key = worst && `${worst.i} ${verdict.ruleId}`;
    if (!key || !alarmed.has(key)) counts(verdict.ruleId).fp++;
    if (key) alarmed.add(key);
    falseAlarms.push({ verdict, cause: worst ? causeOf(worst.label) : 'unlabelled words', ...(worst ? { label: worst.label } : {}) });
  }
  const misses: Miss[] = [];
  labels.forEach((label, i) => {
    if (label.truth !== 'false') return;
    for (const rule of label.rules) {
      if (matched.has(`${i} ${rule}`)) continue;
      counts(rule).fn++;
      misses.push({ label, rule, engine: describeEngine(label, claims, verdicts) });
    }
  });
  const claimable = labels.filter((l) => l.truth !== 'trap');
  const reads = (c: ClaimLike, l: ClaimLabel) => overlaps(c.span, l.span) || (l.kind === 'as-of' && c.asOf?.span !== undefined && overlaps(c.asOf.span, l.span));
  const traps = labels.filter((l) => l.truth === 'trap');
  const trueClaims = labels.filter((l) => l.truth === 'true');
  return {
    perRule,
    misses,
    falseAlarms,
    uncovered: claimable.filter((l) => !claims.some((c) => reads(c, l))),
    accepted,
    falseClaims: labels.filter((l) => l.truth === 'false').length,
    falseClaimsCaught: caught.size,
    claimable: claimable.length,
    covered: claimable.filter((l) => claims.some((c) => reads(c, l))).length,
    coveredByKind: claimable.filter((l) => claims.some((c) => (c.kind === l.kind || l.kind === 'as-of') && reads(c, l))).length,
    traps: traps.length,
    silentTraps: traps.filter((l) => !refuted.some((v) => overlaps(v.span, l.span))).length,
    trueClaims: trueClaims.length,
    trueSupported: trueClaims.filter((l) => verdicts.some((v) => v.status === 'supported' && overlaps(v.span, l.span))).length,
  };
}

/** The same rule refuting the same words twice is one finding. */
function dedupe(verdicts: readonly VerdictLike[]): VerdictLike[] {
  const seen = new Set<string>();
  return verdicts.filter((v) => {
    const key = `${v.ruleId} ${v.span.start} ${v.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const SEVERITY: Record<string, number> = { trap: 0, true: 1, unverifiable: 2, false: 3 };

function worstLabel<T extends { label: ClaimLabel }>(labels: readonly T[]): T | undefined {
  return [...labels].sort((a, b) => SEVERITY[a.label.truth]! - SEVERITY[b.label.truth]!)[0];
}

function causeOf(label: ClaimLabel): AlarmCause {
  if (label.truth === 'trap') return 'trap';
  if (label.truth === 'true') return 'true claim';
  if (label.truth === 'unverifiable') return 'unverifiable claim';
  return 'wrong rule on a false claim';
}

function describeEngine(label: ClaimLabel, claims: readonly ClaimLike[], verdicts: readonly VerdictLike[]): string {
  const on = claims.filter((c) => overlaps(c.span, label.span));
  if (on.length === 0) return 'not extracted';
  const ids = new Set(on.map((c) => c.id));
  const said = verdicts.filter((v) => ids.has(v.claimId)).map((v) => `${v.ruleId} ${v.status}`);
  return `extracted as ${[...new Set(on.map((c) => c.kind))].join(', ')}; ${said.length ? [...new Set(said)].join(', ') : 'no verdict'}`;
}

export interface Rates {
  readonly precision: number | undefined;
  readonly recall: number | undefined;
  readonly f1: number | undefined;
}

/** Precision, recall and F1; undefined where the denominator is 0. */
export function rates({ tp, fp, fn }: Counts): Rates {
  const precision = tp + fp === 0 ? undefined : tp / (tp + fp);
  const recall = tp + fn === 0 ? undefined : tp / (tp + fn);
  const f1 = precision === undefined || recall === undefined ? undefined : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(into: Map<string, Counts>, from: ReadonlyMap<string, Counts>): void {
  for (const [rule, c] of from) {
    const total = into.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    into.set(rule, total);
  }
}

export function sumCounts(perRule: ReadonlyMap<string, Counts>): Counts {
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const c of perRule.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}
