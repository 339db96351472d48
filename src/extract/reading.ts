/**
 * A claim's reading: what the sentence was taken to say, slot by slot, each
 * with where it came from. The gate (src/gate) reports a refuted claim only
 * when no slot it depends on is in doubt; everything else is unverifiable,
 * with the slot that stopped it. The same reading, in plain words, is shown
 * with every finding so that an editor can dismiss a misreading at a glance.
 */
import type { Span } from '../ingest/article.js';

/**
 * How a slot was filled: `stated` — the sentence says it ("the euro area",
 * "in 2013"); `resolved` — a rule that can say why filled it ("the bloc" in an
 * article about one collection; the article's date); `assumed` — a default
 * that a different reading of the sentence would change.
 */
export type Basis = 'stated' | 'resolved' | 'assumed';

export interface Slot<T> {
  readonly value: T;
  readonly basis: Basis;
  /** Where the value came from, in a few words: "named", "the article's topic", "front matter". */
  readonly why: string;
}

/** Which part of the collection a claim counts or ranks in. */
export type SetExpression = 'whole' | 'cohort' | 'subset' | 'complement' | 'exclusion';

/** The step a claim says a member reached. `member` is a state; the rest are events. */
export type Status = 'member' | 'joined' | 'left' | 'applied' | 'invited' | 'candidate' | 'signed' | 'ratified' | 'agreed' | 'planned' | 'suspended' | 'observer';

/** The slots a claim may be in doubt about, named as the gate's messages name them. */
export const SLOT_NAMES = ['collection', 'owner', 'member', 'set', 'status', 'time', 'negation'] as const;
export type SlotName = (typeof SLOT_NAMES)[number];

/** A reason a reading may be wrong: the gate withholds a refuted verdict that has one. */
export interface Doubt {
  readonly slot: SlotName;
  /** Plain words, shown to the editor: "may count a subset: 'other'". */
  readonly why: string;
  /** The words that raised it. */
  readonly span?: Span;
  /** For a collection in doubt, the other collections the claim may be about: a refutation under each of them stands. */
  readonly alternatives?: readonly string[];
}

export interface Reading {
  readonly collection: Slot<string>;
  readonly set: SetExpression;
  readonly status: Status;
  readonly doubts: readonly Doubt[];
}
