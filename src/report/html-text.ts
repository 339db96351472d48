/**
 * The article's text with every claim highlighted by its worst verdict.
 *
 * A highlight ("mark") is a span with a status and a link: the words of a
 * claim, and the words of each verdict about part of it (one entry of a list).
 * Marks nest and overlap (a list and the dates inside it), and anchors may
 * not, so the text is cut at every mark's ends and each piece is given to the
 * mark that matters most there: the worst status, then the shortest span. A
 * mark split by another keeps its id on its first piece.
 */
import type { FileResult } from '../check.js';
import type { Claim } from '../extract/claim.js';
import type { Span } from '../ingest/article.js';
import type { Status, Verdict } from '../reconcile/index.js';
import { escapeHtml, idPart } from './html-escape.js';

const RANK: Readonly<Record<Status, number>> = { supported: 0, unverifiable: 1, refuted: 2 };

export const STATUS_LABEL: Readonly<Record<Status, string>> = { refuted: 'refuted', unverifiable: 'could not be checked', supported: 'verified' };

export function worst(statuses: Iterable<Status>): Status | undefined {
  let found: Status | undefined;
  for (const s of statuses) if (found === undefined || RANK[s] > RANK[found]) found = s;
  return found;
}

/** The ids every part of the report agrees on; `fi` is the article's place in the report. */
export const ids = {
  article: (fi: number) => `a-${fi}`,
  /** The panel with every finding about one claim. */
  panel: (fi: number, claimId: string) => `f-${fi}-${idPart(claimId)}`,
  /** One finding: the k-th refuted verdict (from 1) about the claim. */
  finding: (fi: number, claimId: string, k: number) => `f-${fi}-${idPart(claimId)}-${k}`,
  /** The claim's entry in the "verified" or "could not be checked" list. */
  listed: (fi: number, claimId: string, status: Exclude<Status, 'refuted'>) => `${status === 'supported' ? 'v' : 'u'}-${fi}-${idPart(claimId)}`,
  /** The claim's highlight in the text; a verdict about part of it adds the part's offsets. */
  highlight: (fi: number, claimId: string, span?: Span) => `t-${fi}-${idPart(claimId)}${span ? `-${span.start}-${span.end}` : ''}`,
  timeline: (fi: number, collection: string) => `g-${fi}-${idPart(collection)}`,
} as const;

export interface Mark {
  readonly id: string;
  readonly claimId: string;
  readonly span: Span;
  readonly status: Status;
  readonly href: string;
  readonly verdicts: readonly Verdict[];
}

/** The k (from 1) of every refuted verdict among its claim's refuted verdicts, in verdict order. */
export function findingNumbers(verdicts: readonly Verdict[]): Map<Verdict, number> {
  const seen = new Map<string, number>();
  const numbers = new Map<Verdict, number>();
  for (const v of verdicts) {
    if (v.status !== 'refuted') continue;
    const k = (seen.get(v.claimId) ?? 0) + 1;
    seen.set(v.claimId, k);
    numbers.set(v, k);
  }
  return numbers;
}

/** One mark per claim (its own words) and one per other span a verdict about it points at. */
export function marksOf(fi: number, file: FileResult): Mark[] {
  const numbers = findingNumbers(file.verdicts);
  const byClaim = new Map<string, Verdict[]>();
  for (const v of file.verdicts) byClaim.set(v.claimId, [...(byClaim.get(v.claimId) ?? []), v]);
  const marks: Mark[] = [];
  const claimsInOrder: Claim[] = [...file.claims];
  for (const claim of claimsInOrder) {
    const verdicts = byClaim.get(claim.id) ?? [];
    if (verdicts.length === 0) continue;
    const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
    const own = verdicts.filter((v) => same(v.span, claim.span));
    const spans: Span[] = [claim.span];
    for (const v of verdicts) if (!spans.some((s) => same(s, v.span))) spans.push(v.span);
    for (const span of spans) {
      const isOwn = same(span, claim.span);
      const these = isOwn ? (own.length > 0 ? own : verdicts) : verdicts.filter((v) => same(v.span, span));
      const status = worst(these.map((v) => v.status)) ?? 'unverifiable';
      let href: string;
      if (status === 'refuted') {
        const first = these.find((v) => v.status === 'refuted');
        href = isOwn || !first ? ids.panel(fi, claim.id) : ids.finding(fi, claim.id, numbers.get(first) ?? 1);
      } else {
        href = ids.listed(fi, claim.id, status);
      }
      marks.push({ id: ids.highlight(fi, claim.id, isOwn ? undefined : span), claimId: claim.id, span, status, href, verdicts: these });
    }
  }
  return marks;
}

/** The text as HTML, every mark an anchor; returns the ids of the anchors it wrote. */
export function highlightedText(text: string, marks: readonly Mark[]): { html: string; anchors: Set<string> } {
  const usable = marks.filter((m) => m.span.start < m.span.end && m.span.start >= 0 && m.span.end <= text.length);
  const cuts = [...new Set([0, text.length, ...usable.flatMap((m) => [m.span.start, m.span.end])])].sort((a, b) => a - b);
  const better = (a: Mark, b: Mark) => {
    const rank = RANK[a.status] - RANK[b.status];
    if (rank !== 0) return rank > 0;
    const length = (a.span.end - a.span.start) - (b.span.end - b.span.start);
    if (length !== 0) return length < 0;
    return a.id < b.id;
  };
  // Pieces between cuts, each given to the mark that matters most there; neighbours with one mark are joined.
  const runs: { start: number; end: number; mark?: Mark }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    let chosen: Mark | undefined;
    for (const m of usable) if (m.span.start <= start && end <= m.span.end && (!chosen || better(m, chosen))) chosen = m;
    const last = runs.at(-1);
    if (last && last.mark === chosen && last.end === start) last.end = end;
    else runs.push({ start, end, ...(chosen ? { mark: chosen } : {}) });
  }
  const anchors = new Set<string>();
  const html = runs
    .map(({ start, end, mark }) => {
      const words = escapeHtml(text.slice(start, end));
      if (!mark) return words;
      const id = anchors.has(mark.id) ? '' : ` id="${escapeHtml(mark.id)}"`;
      anchors.add(mark.id);
      const title = mark.verdicts.map((v) => `${STATUS_LABEL[v.status]} (${v.ruleId}): ${v.message}`).join('\n');
      return `<a class="hl ${mark.status}"${id} href="#${escapeHtml(mark.href)}" title="${escapeHtml(title)}">${words}</a>`;
    })
    .join('');
  return { html, anchors };
}
