/**
 * From claims to statements: what each source says about who joined a
 * collection and when, and how many members it had at a date. Only these
 * kinds are compared across sources; the rest stay with `check`.
 */
import type { FileResult } from '../check.js';
import type { Claim, CountClaim, ListClaim, MemberDateClaim } from '../extract/claim.js';
import type { Article, Span } from '../ingest/article.js';
import type { Ledger } from '../ledger/model.js';
import { toInterval, type DayInterval } from '../time/partial-date.js';
import type { CountStatement, MemberStatement, SourceRef, UnitKey } from './model.js';

export interface Statements {
  readonly members: MemberStatement[];
  readonly counts: CountStatement[];
}

export function statementsOf(results: readonly FileResult[], ledger: Ledger): Statements {
  const members: MemberStatement[] = [];
  const counts: CountStatement[] = [];
  for (const result of results) {
    const article = result.article;
    if (!article) continue;
    const published = article.date ? toInterval(article.date.date).end : Infinity;
    const clip = (interval: DayInterval) => clipTo(interval, published, article);
    for (const claim of result.claims) {
      if (claim.kind === 'member-date') members.push(dated(result.path, article, claim, clip));
      else if (claim.kind === 'list') {
        members.push(...listed(result.path, article, claim, clip));
        if (claim.asOf) counts.push(listCount(result.path, claim, ledger));
      } else if (claim.kind === 'count' && claim.asOf) counts.push(count(result.path, claim, ledger));
    }
  }
  return { members, counts };
}

function dated(file: string, article: Article, claim: MemberDateClaim, clip: Clip): MemberStatement {
  // The words from the member's name to the date: "China (May 2008)", "Russia in July 2012".
  const span = { start: Math.min(claim.span.start, claim.entitySpan.start), end: Math.max(claim.span.end, claim.entitySpan.end) };
  const written = { start: toInterval(claim.date).start, end: toInterval(claim.until ?? claim.date).end };
  return {
    kind: 'dated',
    ledger: 'unchecked',
    ref: refOf(file, article, claim, span),
    collection: claim.collection,
    entity: claim.entity,
    date: claim.date,
    ...(claim.until ? { until: claim.until } : {}),
    ...(claim.listId ? { listId: claim.listId } : {}),
    ...clip(written),
  };
}

/** An undated entry of a list framed at a date: the member had joined by then. */
function listed(file: string, article: Article, claim: ListClaim, clip: Clip): MemberStatement[] {
  const asOf = claim.asOf;
  if (!asOf) return [];
  return claim.entries.flatMap((entry): MemberStatement[] => {
    if (!entry.entity || entry.date) return [];
    return [{
      kind: 'listed',
      ledger: 'unchecked',
      ref: refOf(file, article, claim, entry.span),
      collection: claim.collection,
      entity: entry.entity,
      listedAt: asOf.date,
      listId: claim.id,
      ...clip({ start: -Infinity, end: toInterval(asOf.date).end }),
    }];
  });
}

/** What a count and a list say alike: where, about which collection, and at what date. */
function countedAt(file: string, claim: CountClaim | ListClaim) {
  return {
    ref: { file, claimId: claim.id, span: claim.span, words: claim.text },
    collection: claim.collection,
    asOf: claim.asOf!,
    interval: toInterval(claim.asOf!.date),
  };
}

function count(file: string, claim: CountClaim, ledger: Ledger): CountStatement {
  return {
    kind: 'count',
    ...countedAt(file, claim),
    value: claim.value,
    hedge: claim.hedge,
    unit: unitKey(ledger, claim.collection, claim.unit),
    noun: claim.noun,
  };
}

function listCount(file: string, claim: ListClaim, ledger: Ledger): CountStatement {
  return {
    kind: 'list',
    ...countedAt(file, claim),
    completeness: claim.completeness,
    entries: claim.entries.map((entry) => {
      const type = entry.entity ? ledger.entities.get(entry.entity)?.type : undefined;
      return {
        ...(entry.entity ? { entity: entry.entity } : {}),
        name: entry.name,
        ...(type ? { type } : {}),
        ...(entry.date ? { joined: toInterval(entry.date.date) } : {}),
      };
    }),
  };
}

/** The entity type a ledger unit counts ("countries" → country), or `all`. */
export function unitKey(ledger: Ledger, collection: string, noun: string | undefined): UnitKey {
  if (noun === undefined) return 'all';
  return ledger.collections.get(collection)?.units.find((u) => u.noun === noun)?.type ?? 'all';
}

type Clip = (interval: DayInterval) => Pick<MemberStatement, 'interval' | 'clippedTo'>;

/**
 * An article reports what had happened by the day it was written: a joining it
 * states (not one it predicts — extraction drops those) is on or before its
 * date. A date that would end up empty is left as written; `check` reports it.
 */
function clipTo(interval: DayInterval, published: number, article: Article): ReturnType<Clip> {
  if (interval.end <= published || interval.start >= published) return { interval };
  return { interval: { start: interval.start, end: published }, clippedTo: article.date!.date };
}

function refOf(file: string, article: Article, claim: Claim, span: Span): SourceRef {
  return { file, claimId: claim.id, span, words: article.text.slice(span.start, span.end) };
}
