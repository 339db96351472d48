/**
 * What `compareSources` produces: every claim of every source gathered into
 * one timeline per collection and member, the places where sources disagree,
 * and the ledger changes the sources support. Positions are offsets into each
 * source's text; reporters turn them into line:column.
 */
import type { AsOf, Hedge } from '../extract/claim.js';
import type { Span } from '../ingest/article.js';
import type { SourceLocation } from '../ledger/model.js';
import type { EntityType } from '../ledger/schema.js';
import type { DayInterval, PartialDate } from '../time/partial-date.js';

/** One claim in one source: the file and the exact words. */
export interface SourceRef {
  readonly file: string;
  readonly claimId: string;
  readonly span: Span;
  readonly words: string;
}

/** A source's own statement that a member joined: a date ("in May 2008"), or a place in a list framed at a date. */
export interface MemberStatement {
  readonly kind: 'dated' | 'listed';
  readonly ref: SourceRef;
  readonly collection: string;
  readonly entity: string;
  /** `dated`: the date (and end of a range) as written. */
  readonly date?: PartialDate;
  readonly until?: PartialDate;
  /** `listed`: the date the list speaks for; the member joined by then. */
  readonly listedAt?: PartialDate;
  /** The list this statement is an entry of, if any. */
  readonly listId?: string;
  /** The days the joining may fall on, after clipping to the article's own date. */
  readonly interval: DayInterval;
  /** The article's date, when it narrowed the interval: an article reports what happened by the day it was written. */
  readonly clippedTo?: PartialDate;
  /** How it compares with the ledger (`unchecked` without one). */
  readonly ledger: LedgerCheck;
}

/** Which members a count counts: every member, or those of one entity type ("countries"). */
export type UnitKey = EntityType | 'all';

/** A number of members a source states at a date: a count, or the entries of a list. */
export interface CountStatement {
  readonly kind: 'count' | 'list';
  readonly ref: SourceRef;
  readonly collection: string;
  readonly asOf: AsOf;
  readonly interval: DayInterval;
  /** `count`: the value, its hedge, the unit it counts in (`all` when it counts every member) and the noun as written. */
  readonly value?: number;
  readonly hedge?: Hedge;
  readonly unit?: UnitKey;
  readonly noun?: string;
  /** `list`: whether it claims to be complete, and its entries. */
  readonly completeness?: 'complete' | 'partial';
  readonly entries?: readonly ListStatementEntry[];
}

export interface ListStatementEntry {
  readonly entity?: string;
  readonly name: string;
  readonly type?: EntityType;
  /** The entry's own date, as days, when it gives one. */
  readonly joined?: DayInterval;
}

/** How many members a statement allows, as an inclusive range (max may be Infinity). */
export interface Allowed {
  readonly min: number;
  readonly max: number;
}

/** What the ledger holds for one member of one collection, next to what the sources say. */
export type LedgerStanding =
  | { readonly status: 'no-ledger' }
  | { readonly status: 'missing' }
  | {
    readonly status: 'agrees' | 'disagrees' | 'undated';
    readonly since?: PartialDate;
    readonly also: readonly PartialDate[];
    readonly location: SourceLocation;
  };

export interface MemberTimeline {
  readonly collection: string;
  readonly entity: string;
  readonly name: string;
  readonly type?: EntityType;
  /** In source order (file, then position). */
  readonly statements: readonly MemberStatement[];
  /** The date every dated statement allows, written as the most precise date a source gave; absent when they disagree or none dates it. */
  readonly consensus?: { readonly date: PartialDate; readonly interval: DayInterval };
  /** The latest date some source says it was a member by, when no source dates its joining. */
  readonly listedBy?: PartialDate;
  readonly disputed: boolean;
  /** The days the joining may fall on given every source: the consensus, or when disputed the span of every date given. */
  readonly joined?: DayInterval;
  readonly ledger: LedgerStanding;
}

export type ConflictKind = 'member-date' | 'count' | 'count-timeline';

export interface ConflictSide {
  /** What this side says, values in backticks: "`2014`", "`nine` countries as of 2025-02-27 (dateline)". */
  readonly says: string;
  readonly refs: readonly SourceRef[];
}

export interface Conflict {
  readonly kind: ConflictKind;
  readonly collection: string;
  readonly entity?: string;
  /** One sentence, values in backticks. */
  readonly message: string;
  readonly sides: readonly ConflictSide[];
}

/** Whether one statement agrees with the ledger. */
export type LedgerCheck = 'agrees' | 'disagrees' | 'not-in-ledger' | 'unchecked';

export interface CountTimelineEntry {
  readonly statement: CountStatement;
  /** How many members it allows. */
  readonly allowed: Allowed;
  /** The members the sources date on or before the first day it speaks for, in its unit. */
  readonly datedBefore: number;
  readonly ledger: LedgerCheck;
}

export interface SourceSummary {
  readonly file: string;
  readonly title?: string;
  readonly date?: { readonly date: PartialDate; readonly source: string };
  readonly titleDate?: PartialDate;
  /** The article's own address, from its front matter or a source line near its top. */
  readonly url?: string;
  readonly memberStatements: number;
  /** Counts and lists it states at a date. */
  readonly countStatements: number;
  /** Member statements in a disputed timeline or counts in a conflict. */
  readonly inConflict: number;
  /** How its statements compare with the ledger; absent without one. */
  readonly ledger?: { readonly agrees: number; readonly disagrees: number; readonly notInLedger: number };
}

export type Proposal =
  | {
    readonly change: 'add-member';
    readonly collection: string;
    /** The ledger file that declares the collection, relative to the ledger's folder. */
    readonly file: string;
    readonly entity: string;
    readonly name: string;
    readonly since: PartialDate;
    /** Set when the date is after the collection was last reviewed: the ledger is behind, not the sources. */
    readonly afterReview?: PartialDate;
    readonly refs: readonly SourceRef[];
  }
  | {
    readonly change: 'change-since';
    readonly collection: string;
    readonly file: string;
    readonly entity: string;
    readonly name: string;
    readonly from: PartialDate;
    readonly to: PartialDate;
    readonly location: SourceLocation;
    readonly refs: readonly SourceRef[];
  };

export interface SourcesReport {
  /** `ledger`: compared with the ledger's memberships; `sources-only`: its names and terms, none of its memberships. */
  readonly mode: 'ledger' | 'sources-only';
  readonly sources: readonly SourceSummary[];
  /** By collection, then date of joining, then name. */
  readonly timelines: readonly MemberTimeline[];
  readonly counts: readonly CountTimelineEntry[];
  readonly conflicts: readonly Conflict[];
  readonly proposals: readonly Proposal[];
}
