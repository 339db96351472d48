/**
 * The ledger as the engine uses it: compiled from the YAML files, dates parsed,
 * tier ladders resolved, every statement remembering where it was written.
 */
import type { EntityType, EventType } from './schema.js';
import type { PartialDate } from '../time/partial-date.js';
import type { SourceLocation } from '../yaml/parse.js';

export type { SourceLocation };

export interface Citation {
  readonly url: string;
  readonly quote?: string;
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly since?: PartialDate;
  readonly until?: PartialDate;
  readonly location: SourceLocation;
}

/** A dated step of a membership other than its start and end: an application, a suspension, leaving a part. */
export interface MembershipEvent {
  readonly event: EventType;
  readonly date: PartialDate;
  readonly part?: string;
  readonly sources: readonly Citation[];
  readonly note?: string;
}

export interface Membership {
  readonly collection: string;
  readonly entity: string;
  /** The entity's type, copied here because units count by it ("countries" leave out the EU). */
  readonly entityType?: EntityType;
  /** Undefined: the ledger does not date it, so it counts as a member at every date. */
  readonly since?: PartialDate;
  readonly until?: PartialDate;
  /** Set when `until` was derived from the entity entering a higher tier of the same ladder. */
  readonly endedBy?: { readonly collection: string; readonly since: PartialDate };
  readonly also: readonly { readonly date: PartialDate; readonly note: string }[];
  readonly label?: string;
  readonly events: readonly MembershipEvent[];
  /** Set when sources disagree whether this is a membership at all. */
  readonly disputed?: { readonly note: string; readonly sources: readonly Citation[] };
  readonly sources: readonly Citation[];
  readonly note?: string;
  readonly location: SourceLocation;
}

export interface Unit {
  readonly noun: string; // singular, as written in the ledger
  readonly type?: EntityType;
}

export interface ReportedCount {
  readonly date: PartialDate;
  readonly count: number;
  readonly unit?: string;
  readonly quote: string;
  readonly url: string;
  readonly location: SourceLocation;
}

export interface Collection {
  readonly id: string;
  readonly title: string;
  readonly subject?: string;
  readonly complete: boolean;
  readonly reviewed?: PartialDate;
  readonly tier?: { readonly ladder: string; readonly rank: number };
  readonly terms: readonly string[];
  readonly units: readonly Unit[];
  /** Words that report a member joining, besides the general ones ("appointed", "elected"). */
  readonly joining: readonly string[];
  /** Words that report a step short of joining it ("granted observer status"). */
  readonly notJoining: readonly string[];
  /** Common nouns that refer to it in an article about it: "bloc", "union". */
  readonly nouns: readonly string[];
  /** Which event counts as joining it, in words. */
  readonly joiningEvent?: string;
  readonly members: readonly Membership[];
  /** States that are not members, with their steps toward membership (applications, invitations). */
  readonly candidates: readonly { readonly entity: string; readonly events: readonly MembershipEvent[]; readonly location: SourceLocation }[];
  readonly reported: readonly ReportedCount[];
  readonly location: SourceLocation;
}

export interface Ledger {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly collections: ReadonlyMap<string, Collection>;
  /** The files it was read from, relative to where it was loaded. */
  readonly files: readonly string[];
  /** A hash of every file's bytes: the ledger's part of a cache key. */
  readonly hash: string;
}
