/**
 * Which member a sentence's claim is about, and whose collection it speaks
 * of. "Vietnam's third comprehensive strategic partner" is about Vietnam's
 * collection; "Indonesia's first comprehensive strategic partner" and "the
 * first … partner of Indonesia" are about Indonesia's, which the ledger may
 * not hold — the claim then records Indonesia as its holder.
 */
import type { Collection } from '../ledger/model.js';
import type { EntityMatch, Lexicon } from './lexicon.js';

export interface MemberMention {
  readonly entity: EntityMatch;
  readonly holder?: string;
}

/** The member nearest `near` that is not the collection's subject or the holder. */
export function memberNear(sentence: string, near: { start: number; end: number }, collection: Collection, lexicon: Lexicon, terms: readonly { start: number; end: number }[] = []): MemberMention | undefined {
  // A name that is the sentence's term for a collection ("in the European Union") is not a member here.
  const entities = lexicon.matchEntities(sentence).filter((e) => !terms.some((t) => t.start < e.end && e.start < t.end));
  const holder = holderOf(sentence, near, entities, collection);
  // Of another's collection ("the first partner of Indonesia"), the member may be the subject itself.
  const candidates = entities.filter((e) => e.value !== holder?.value && (holder || e.value !== collection.subject));
  // The sentence's subject comes first: "Russia became Vietnam's first …, a step China matched later".
  const before = candidates.filter((e) => e.end <= near.start);
  const distance = (e: EntityMatch) => (e.start >= near.end ? e.start - near.end : near.start - e.end);
  const entity = [...(before.length > 0 ? before : candidates)].sort((a, b) => distance(a) - distance(b))[0];
  if (!entity) return undefined;
  return { entity, ...(holder ? { holder: holder.value } : {}) };
}

/** "Indonesia's first …" or "… partner of Indonesia": a possessor that is not the collection's subject. */
function holderOf(sentence: string, phrase: { start: number; end: number }, entities: readonly EntityMatch[], collection: Collection): EntityMatch | undefined {
  const possessor = entities.find((e) => e.end <= phrase.start && /^['’]s\s+(?:\S+\s+){0,2}$/.test(sentence.slice(e.end, phrase.start)));
  const of = entities.find((e) => e.start >= phrase.end && /^\s+of\s+(?:the\s+)?$/.test(sentence.slice(phrase.end, e.start)));
  const holder = possessor ?? of;
  return holder && holder.value !== collection.subject ? holder : undefined;
}
