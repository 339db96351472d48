/**
 * Scoring the real corpus claim by claim. Pure functions over plain data.
 *
 * A finding (a refuted verdict the checker reports) is tied to words by its
 * own span, else by its claim's span, else by the claim it conflicts with.
 * It is a hit when those words are a claim labelled `refuted`; any other
 * finding is a false alarm — on a supported or ambiguous claim, on a trap, or
 * on unlabelled words. Hits and false alarms on labelled words count once per
 * label; on unlabelled words once per span. A refuted claim no finding hit is
 * a miss, classed by what the checker did there.
 */
import { overlaps } from '../score.js';
import type { Span } from '../labels.js';
import type { Kind, LocatedClaim, LocatedTrap, Verdict } from './labels.js';

export interface FindingLike {
  readonly ruleId: string;
  readonly message: string;
  readonly span: Span;
  readonly claimSpan?: Span;
  readonly causeSpan?: Span;
}

export interface ExtractedLike {
  readonly kind: string;
  readonly span: Span;
  /** Every verdict's status on this claim. */
  readonly statuses: readonly ('supported' | 'refuted' | 'unverifiable')[];
}

/** What the checker did with a labelled claim's words. */
export type EngineOutcome = 'reported' | 'supported' | 'unverifiable' | 'no verdict' | 'not extracted';

export type AlarmClass = 'on a supported claim' | 'on an ambiguous claim' | 'on a trap' | 'on unlabelled words';

export interface ClaimResult {
  readonly claim: LocatedClaim;
  readonly outcome: EngineOutcome;
  /** For a refuted claim: some finding hit it. */
  readonly caught: boolean;
}

export interface Alarm {
  readonly finding: FindingLike;
  readonly class: AlarmClass;
  readonly label?: LocatedClaim | LocatedTrap;
}

export interface ArticleScore {
  readonly claims: readonly ClaimResult[];
  /** One per label (or unlabelled span) wrongly reported; `findings` lists every finding behind them. */
  readonly alarms: readonly Alarm[];
  readonly hitsByRule: ReadonlyMap<string, number>;
  readonly alarmsByRule: ReadonlyMap<string, number>;
  readonly traps: number;
  readonly silentTraps: number;
}

export function scoreRealArticle(claims: readonly LocatedClaim[], traps: readonly LocatedTrap[], extracted: readonly ExtractedLike[], findings: readonly FindingLike[]): ArticleScore {
  const caught = new Set<LocatedClaim>();
  const alarmed = new Map<string, Alarm>();
  const hitsByRule = new Map<string, number>();
  const alarmsByRule = new Map<string, number>();
  const ruleSeen = new Set<string>();
  const bump = (map: Map<string, number>, rule: string, key: string) => {
    if (ruleSeen.has(`${rule} ${key}`)) return;
    ruleSeen.add(`${rule} ${key}`);
    map.set(rule, (map.get(rule) ?? 0) + 1);
  };

  for (const finding of findings) {
    const target = tie(finding, claims, traps);
    if (target.hit) {
      caught.add(target.hit);
      bump(hitsByRule, finding.ruleId, `claim ${claims.indexOf(target.hit)}`);
      continue;
    }
    const key = target.label ? `label ${target.label.span.start} ${target.label.span.end} ${target.label.quote}` : `span ${finding.span.start} ${finding.span.end}`;
    bump(alarmsByRule, finding.ruleId, key);
    if (!alarmed.has(key)) alarmed.set(key, { finding, class: target.class, ...(target.label ? { label: target.label } : {}) });
  }

  return {
    claims: claims.map((claim) => ({ claim, outcome: outcomeOf(claim, extracted, findings), caught: caught.has(claim) })),
    alarms: [...alarmed.values()],
    hitsByRule,
    alarmsByRule,
    traps: traps.length,
    silentTraps: traps.filter((trap) => !findings.some((f) => overlaps(f.span, trap.span))).length,
  };
}

function tie(finding: FindingLike, claims: readonly LocatedClaim[], traps: readonly LocatedTrap[]): { hit?: LocatedClaim; label?: LocatedClaim | LocatedTrap; class: AlarmClass } {
  for (const span of [finding.span, finding.claimSpan, finding.causeSpan]) {
    if (!span) continue;
    const onClaims = claims.filter((c) => overlaps(c.span, span));
    const refuted = onClaims.find((c) => c.verdict === 'refuted');
    if (refuted) return { hit: refuted, class: 'on a supported claim' };
    if (span === finding.causeSpan) continue; // the other side of a contradiction only redeems, it never blames
    const trap = traps.find((t) => overlaps(t.span, span));
    if (trap) return { label: trap, class: 'on a trap' };
    const wrong = onClaims.find((c) => c.verdict === 'ambiguous') ?? onClaims[0];
    if (wrong) return { label: wrong, class: wrong.verdict === 'ambiguous' ? 'on an ambiguous claim' : 'on a supported claim' };
  }
  return { class: 'on unlabelled words' };
}

function outcomeOf(claim: LocatedClaim, extracted: readonly ExtractedLike[], findings: readonly FindingLike[]): EngineOutcome {
  if (findings.some((f) => overlaps(f.span, claim.span) || (f.claimSpan && overlaps(f.claimSpan, claim.span)))) return 'reported';
  const on = extracted.filter((e) => e.kind !== 'as-of' && overlaps(e.span, claim.span));
  if (on.length === 0) return 'not extracted';
  const statuses = on.flatMap((e) => e.statuses);
  if (statuses.includes('supported')) return 'supported';
  if (statuses.includes('unverifiable')) return 'unverifiable';
  return 'no verdict';
}

export interface Totals {
  articles: number;
  claims: number;
  byVerdict: Record<Verdict, number>;
  /** Refuted claims some finding hit. */
  hits: number;
  /** Labels (or unlabelled spans) wrongly reported. */
  alarms: number;
  covered: number;
  unverifiable: number;
  supportedAgreed: number;
  traps: number;
  silentTraps: number;
  plants: number;
  plantsCaught: number;
  /** Findings in planted copies away from the planted words that the original did not have. */
  plantAlarms: number;
}

export const emptyTotals = (): Totals => ({
  articles: 0,
  claims: 0,
  byVerdict: { supported: 0, refuted: 0, ambiguous: 0 },
  hits: 0,
  alarms: 0,
  covered: 0,
  unverifiable: 0,
  supportedAgreed: 0,
  traps: 0,
  silentTraps: 0,
  plants: 0,
  plantsCaught: 0,
  plantAlarms: 0,
});

export function addArticle(totals: Totals, score: ArticleScore): void {
  totals.articles++;
  for (const { claim, outcome, caught } of score.claims) {
    totals.claims++;
    totals.byVerdict[claim.verdict]++;
    if (caught) totals.hits++;
    if (outcome !== 'not extracted') totals.covered++;
    if (outcome === 'unverifiable') totals.unverifiable++;
    if (claim.verdict === 'supported' && outcome === 'supported') totals.supportedAgreed++;
  }
  totals.alarms += score.alarms.length;
  totals.traps += score.traps;
  totals.silentTraps += score.silentTraps;
}

export interface Figures {
  readonly precision?: number;
  readonly recall?: number;
  readonly f1?: number;
  readonly coverage?: number;
  readonly unverifiable?: number;
  readonly trapsSilent?: number;
  readonly plantsCaught?: number;
}

const ratio = (n: number, d: number): number | undefined => (d === 0 ? undefined : n / d);

export function figures(t: Totals): Figures {
  const precision = ratio(t.hits, t.hits + t.alarms);
  const recall = ratio(t.hits, t.byVerdict.refuted);
  const f1 = precision === undefined || recall === undefined ? undefined : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    coverage: ratio(t.covered, t.claims),
    unverifiable: ratio(t.unverifiable, t.claims),
    trapsSilent: ratio(t.silentTraps, t.traps),
    plantsCaught: ratio(t.plantsCaught, t.plants),
  };
}

/** The class a missed refuted claim falls in: what the checker did there, and the claim's kind. */
export const missClass = (r: ClaimResult): string => `${r.claim.kind}: ${r.outcome}`;
export type { Kind };
