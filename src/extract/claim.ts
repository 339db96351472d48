/**
 * Claims: what an article asserts about a collection, each pointing at the
 * exact words and carrying the date it speaks for and where that date came from.
 */
import type { Span } from '../ingest/article.js';
import type { PartialDate } from '../time/partial-date.js';

/** Where a claim's date came from, strongest first. */
export type AsOfSource = 'explicit' | 'framing' | 'title' | 'front-matter' | 'dateline' | 'command-line';

export interface AsOf {
  readonly date: PartialDate;
  readonly source: AsOfSource;
  /** The words that set it, when the article wrote them. */
  readonly span?: Span;
}

interface ClaimBase {
  readonly id: string;
  readonly collection: string;
  readonly span: Span;
  readonly text: string;
  /** The sentence (or line) the claim was read from. */
  readonly sentence: Span;
  readonly asOf?: AsOf;
}

/** How a count was hedged: "more than 190", "nearly a dozen". */
export type Hedge = 'exact' | 'more-than' | 'at-least' | 'fewer-than' | 'at-most' | 'about' | 'nearly';

export interface CountClaim extends ClaimBase {
  readonly kind: 'count';
  readonly value: number;
  readonly hedge: Hedge;
  /** The number as written: "nine", "14". */
  readonly written: string;
  /** The whole count in plain words, markup removed: "more than 190 countries". */
  readonly phrase: string;
  /** The head noun as written: "countries", "Comprehensive Strategic Partnerships". */
  readonly noun: string;
  /** The ledger unit it counts in; undefined when the head noun is the collection's own term (counts every member). */
  readonly unit?: string;
  /** The list that enumerates what is counted, if the article gives one. */
  readonly listId?: string;
}

export interface ListEntry {
  /** The ledger entity, or undefined for a name the ledger does not know. */
  readonly entity?: string;
  readonly name: string;
  readonly span: Span;
  readonly date?: { readonly date: PartialDate; readonly span: Span };
}

export interface ListClaim extends ClaimBase {
  readonly kind: 'list';
  readonly entries: readonly ListEntry[];
  /** "with the following:" or a count then a colon claims completeness; "including" does not. */
  readonly completeness: 'complete' | 'partial';
  readonly countId?: string;
}

/** "upgraded to a comprehensive strategic partnership in October 2024", "China (May 2008)". */
export interface MemberDateClaim extends ClaimBase {
  readonly kind: 'member-date';
  readonly entity: string;
  readonly entitySpan: Span;
  /** When the article says the membership began; `until` closes a range ("9-11.3.2025"). */
  readonly date: PartialDate;
  readonly until?: PartialDate;
  /** The list this date is an entry of, if any. */
  readonly listId?: string;
}

/** "Updated to June 2025": the article says how current it is. */
export interface AsOfClaim extends ClaimBase {
  readonly kind: 'as-of';
  readonly date: PartialDate;
}

export type Claim = CountClaim | ListClaim | MemberDateClaim | AsOfClaim;
export type ClaimKind = Claim['kind'];
