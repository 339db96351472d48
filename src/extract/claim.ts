/**
 * Claims: what an article asserts about a collection, each pointing at the
 * exact words and carrying the date it speaks for and where that date came from.
 */
import type { Span } from '../ingest/article.js';
import type { PartialDate } from '../time/partial-date.js';
import type { Reading } from './reading.js';

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
  /**
   * Stated as true at the time of writing ("has 14 partners", "is the newest",
   * "currently"), outside quotation marks: such a claim goes stale, while one in
   * the past tense ("had", "became") stays true. See tense.ts.
   */
  readonly presentTense: boolean;
  /** What the sentence was taken to say, slot by slot, and what a different reading would change (reading.ts). */
  readonly reading: Reading;
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
  /** In the past tense with no date of its own ("For decades, ASEAN had 10 members"): true if it held at some time up to its as-of date. */
  readonly past?: true;
  /** "15 other countries" besides the members named before: the count is of the rest, so the total is the count plus these. */
  readonly besides?: readonly string[];
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
  /** Framed in the past tense with no date of its own ("The first partners were …"): it speaks for some time up to its as-of date. */
  readonly past?: true;
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

/** A claim about one member: which member it is and where it was named. */
interface AboutMember {
  readonly entity: string;
  readonly entitySpan: Span;
  /** Set when the collection is another entity's ("Indonesia's first partner"): the ledger may not hold it. */
  readonly holder?: string;
}

/** "the fifth country", "Vietnam's third comprehensive strategic partner". */
export interface OrdinalClaim extends ClaimBase, AboutMember {
  readonly kind: 'ordinal';
  readonly rank: number;
  readonly unit?: string;
  /** Words that narrow what is ranked to a group the ledger has no name for: "former communist" in "the first former communist country". */
  readonly qualifier?: string;
}

/** "the newest partner", "the latest elevation", "the only ASEAN country", "the first ASEAN member". */
export interface SuperlativeClaim extends ClaimBase, AboutMember {
  readonly kind: 'superlative';
  readonly which: 'newest' | 'only' | 'first';
  /** A group the superlative is limited to ("the first ASEAN member"). */
  readonly group?: string;
  /** A limit the ledger has no group for: "in Southeast Asia". */
  readonly qualifier?: string;
}

export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** "Four years later", "just 2 days after …": the time between two members joining. */
export interface TimingClaim extends ClaimBase, AboutMember {
  readonly kind: 'relative-timing';
  /** The member the time is counted from. */
  readonly anchor: string;
  readonly amount: number;
  readonly unit: TimeUnit;
  readonly hedge: Hedge;
}

/** "16 years as Comprehensive Partners": how long a membership has lasted at the claim's date. */
export interface DurationClaim extends ClaimBase, AboutMember {
  readonly kind: 'duration';
  readonly amount: number;
  readonly unit: TimeUnit;
  readonly hedge: Hedge;
}

/** "all five permanent members of the UN Security Council", "4 of the 10 other ASEAN members", "3 consecutive countries in ASEAN". */
export interface GroupClaim extends ClaimBase {
  readonly kind: 'group';
  readonly group: string;
  readonly quantifier: 'all' | 'part' | 'consecutive';
  readonly value: number;
  /** "of the 10 …": the size of the group stated. */
  readonly total?: number;
  /** "other": the collection's subject is left out of the group. */
  readonly others: boolean;
}

/** "By 2024, there will be 3 more countries": members added within a period. */
export interface DeltaClaim extends ClaimBase {
  readonly kind: 'delta';
  readonly value: number;
  readonly unit?: string;
  readonly period: PartialDate;
}

/** A tier named wrongly: "strategic comprehensive partnership". */
export interface TierClaim extends ClaimBase {
  readonly kind: 'tier';
  /** The term as the ledger writes it. */
  readonly expected: string;
}

/** A step of membership other than joining, the ledger's event types: "applied in 2011", "was suspended from the bloc", "left the group in 2013". */
export type Step = 'applied' | 'invited' | 'candidate' | 'signed' | 'ratified' | 'suspended' | 'reinstated' | 'withdrawal-announced' | 'withdrew' | 'observer';

export interface StatusClaim extends ClaimBase {
  readonly kind: 'status';
  readonly step: Step;
  readonly entity: string;
  readonly entitySpan: Span;
  /** When the sentence says the step happened; undefined: at the claim's as-of date, give or take a month. */
  readonly date?: PartialDate;
}

/** "Bulgaria, an EU member, …", "Norway is not in the EU", "UK joins CPTPP": whether a state is a member at the claim's date. */
export interface MembershipClaim extends ClaimBase {
  readonly kind: 'membership';
  readonly entity: string;
  readonly entitySpan: Span;
  readonly member: boolean;
}

/** "The G20 was established in 1999", "the CPTPP came into force on 30 December 2018": when the collection began. */
export interface FoundingClaim extends ClaimBase {
  readonly kind: 'founding';
  readonly date: PartialDate;
}

export type Claim = CountClaim | ListClaim | MemberDateClaim | AsOfClaim | OrdinalClaim | SuperlativeClaim | TimingClaim | DurationClaim | GroupClaim | DeltaClaim | TierClaim | StatusClaim | MembershipClaim | FoundingClaim;
export type ClaimKind = Claim['kind'];
