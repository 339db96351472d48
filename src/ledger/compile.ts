/**
 * Turns schema-checked ledger files into the model the engine queries: dates
 * parsed, ladders resolved (entering a higher tier ends membership of a lower
 * one), and every statement tied to where it was written.
 */
import { parsePartialDate, toInterval, type PartialDate } from '../time/partial-date.js';
import type { Citation, Collection, Entity, Ledger, Membership, MembershipEvent, SourceLocation } from './model.js';
import type { LedgerFile } from './read.js';
import { ledgerHash, relativeName } from './sources.js';
import type { CitationData, CollectionData, EventData } from './schema.js';

export function compileLedger(read: readonly LedgerFile[], root: string): Ledger {
  const entities = new Map<string, Entity>();
  const collections = new Map<string, Collection>();
  // Statements name their file relative to the ledger's folder, so evidence reads the same wherever it lies.
  const files = read.map((file) => ({ ...file, locate: relocate(file.locate, relativeName(root, file.file)), locateKey: relocate(file.locateKey, relativeName(root, file.file)) }));
  for (const file of files) {
    for (const [id, data] of Object.entries(file.data.entities ?? {})) {
      if (entities.has(id)) continue; // reported by validate
      entities.set(id, {
        id,
        name: data.name,
        type: data.type,
        aliases: data.aliases ?? [],
        since: optionalDate(data.since),
        until: optionalDate(data.until),
        location: file.locateKey(['entities', id]),
      });
    }
  }
  for (const file of files) {
    (file.data.collections ?? []).forEach((data, index) => {
      if (!collections.has(data.id)) collections.set(data.id, compileCollection(file, data, index, entities));
    });
  }
  return {
    entities,
    collections: resolveLadders(collections),
    files: files.map((file) => relativeName(root, file.file)),
    hash: ledgerHash(files, root),
  };
}

function compileCollection(
  file: LedgerFile,
  data: CollectionData,
  index: number,
  entities: ReadonlyMap<string, Entity>,
): Collection {
  const at = ['collections', index] as const;
  return {
    id: data.id,
    title: data.title,
    subject: data.subject,
    complete: data.complete,
    reviewed: optionalDate(data.reviewed),
    tier: data.tier,
    terms: data.terms,
    units: Object.entries(data.units).map(([noun, unit]) => ({ noun, type: unit.type })),
    joining: data.joining ?? [],
    notJoining: data['not-joining'] ?? [],
    nouns: data.nouns ?? [],
    joiningEvent: data['joining-event'],
    members: data.members.map((member, m) => ({
      collection: data.id,
      entity: member.entity,
      entityType: entities.get(member.entity)?.type,
      since: optionalDate(member.since),
      until: optionalDate(member.until),
      also: (member.also ?? []).map((alt) => ({ date: parsePartialDate(String(alt.date)), note: alt.note })),
      label: member.label,
      events: (member.events ?? []).map(toEvent),
      ...(member.disputed ? { disputed: { note: member.disputed.note, sources: member.disputed.sources.map(toCitation) } } : {}),
      sources: member.sources.map(toCitation),
      note: member.note,
      location: file.locate([...at, 'members', m]),
    })),
    candidates: (data.candidates ?? []).map((candidate, c) => ({ entity: candidate.entity, events: candidate.events.map(toEvent), location: file.locate([...at, 'candidates', c]) })),
    reported: (data.reported ?? []).map((report, r) => ({
      date: parsePartialDate(String(report.date)),
      count: report.count,
      unit: report.unit,
      quote: report.quote,
      url: report.url,
      location: file.locate([...at, 'reported', r]),
    })),
    location: file.locate(at),
  };
}

/**
 * On a ladder (comprehensive partnership < strategic partnership < CSP) an
 * entity holds one rung at a time: its membership of a lower rung ends when
 * it enters a higher one, unless the ledger already says when it ended.
 */
function resolveLadders(collections: Map<string, Collection>): Map<string, Collection> {
  const resolved = new Map<string, Collection>();
  for (const collection of collections.values()) {
    const { tier } = collection;
    if (!tier) {
      resolved.set(collection.id, collection);
      continue;
    }
    const higher = [...collections.values()].filter(
      (other) => other.tier?.ladder === tier.ladder && other.tier.rank > tier.rank,
    );
    const members = collection.members.map((member): Membership => {
      if (member.until) return member;
      const next = higher
        .flatMap((other) => other.members.filter((m) => m.entity === member.entity && m.since).map((m) => ({ other, m })))
        .sort((a, b) => toInterval(a.m.since!).start - toInterval(b.m.since!).start)[0];
      if (!next) return member;
      return { ...member, until: next.m.since, endedBy: { collection: next.other.id, since: next.m.since! } };
    });
    resolved.set(collection.id, { ...collection, members });
  }
  return resolved;
}

function toEvent(event: EventData): MembershipEvent {
  return {
    event: event.event,
    date: parsePartialDate(String(event.date)),
    ...(event.part ? { part: event.part } : {}),
    sources: event.sources.map(toCitation),
    ...(event.note ? { note: event.note } : {}),
  };
}

function toCitation(source: CitationData): Citation {
  return typeof source === 'string' ? { url: source } : source;
}

function optionalDate(value: string | number | undefined): PartialDate | undefined {
  return value === undefined ? undefined : parsePartialDate(String(value));
}

function relocate<A extends unknown[]>(locate: (...at: A) => SourceLocation, file: string): (...at: A) => SourceLocation {
  return (...at) => ({ ...locate(...at), file });
}
