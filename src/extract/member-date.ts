/**
 * Member-date claims: when the article says a membership began. Three shapes:
 * a sentence with one member, a collection term, an event word and one date
 * ("upgraded to a comprehensive strategic partnership in October 2024"); a
 * section line that starts with a member and ends "(Elevated March 10, 2025)";
 * and every dated entry of a list ("China (May 2008)").
 */
import { sourceSpan, type Block, type Span } from '../ingest/article.js';
import { readDates, type DateMention } from '../time/read-dates.js';
import type { ListClaim, MemberDateClaim } from './claim.js';
import { AS_OF_LEAD } from './as-of.js';
import { NOT_ASSERTED } from './modality.js';
import type { SentenceScope, DraftOf } from './scope.js';

/** Words that report a membership beginning. */
export const EVENT = /\b(?:establish\w*|elevat\w*|upgrad\w*|became|become|becoming|sign(?:ed|ing)|form(?:ed|ing)|forg(?:ed|ing)|join(?:ed|ing)|lift(?:ed|ing)|rais(?:ed|ing)|ascend\w*|reach(?:ed|ing)|mov(?:ed|ing) (?:up )?to)\b/i;
/** Words before a term that make it an upgrade within the tier, not a joining. */
const WITHIN_TIER = /\b(?:enhanced|extensive|deepened|upgraded|refreshed)\s+$/i;
/** "1. China: A Neighbors' Intertwined Destiny (Established May 2008)". */
const SECTION_LINE = /^\s*(?:\d{1,3}[.)]\s*)?(?:the\s+)?/i;
const SECTION_DATE = /\((?:established|elevated|upgraded|signed|formed|since|joined)\s+([^()]+)\)\s*$/i;

type Draft = DraftOf<MemberDateClaim>;

/** One member, one event, one date, and the collection term nearest that date. */
export function memberDatesInSentence(scope: SentenceScope): Draft[] {
  const { sentence, lexicon, terms } = scope;
  if (terms.length === 0 || !EVENT.test(sentence.text)) return [];
  const dates = eventDates(sentence.text, scope.reference);
  const date = dates[0];
  if (dates.length !== 1 || !date) return [];
  const opensSentence = /^(?:in|on|since)\s+$/i.test(sentence.text.slice(0, date.start)) && /^\s*,/.test(sentence.text.slice(date.end));
  // "In 2023, Japan will become …": the verb comes after a date that opens the sentence.
  if (NOT_ASSERTED.test(opensSentence ? sentence.text : sentence.text.slice(0, date.start))) return [];
  if (!opensSentence && !follows(EVENT_GLOBAL, sentence.text, date.start) && !/\(\s*$/.test(sentence.text.slice(0, date.start))) return [];
  const term = nearestBefore(terms, date.start) ?? terms[0]!;
  // "an Enhanced Comprehensive Strategic Partnership" upgrades a tie within its tier: no one joins.
  if (WITHIN_TIER.test(sentence.text.slice(0, term.start))) return [];
  const collection = lexicon.ledger.collections.get(term.value)!;
  const members = lexicon.matchEntities(sentence.text).filter((e) => e.value !== collection.subject);
  const member = members[0];
  if (members.length !== 1 || !member) return [];
  return [draft(scope, scope.block, collection.id, member, date, sentence.start)];
}

/**
 * A section line that starts with a member and ends "(Established May 2008)";
 * it names no collection, so it speaks for the one the article is about.
 * `scope.sentence` is the whole block.
 */
export function memberDateOfSection(scope: SentenceScope): Draft[] {
  const { block, lexicon, topic } = scope;
  const dated = SECTION_DATE.exec(block.text);
  if (!topic || !dated || block.text.length > 200) return [];
  const lead = SECTION_LINE.exec(block.text)![0].length;
  const member = lexicon.matchEntities(block.text).find((e) => e.start === lead);
  const subject = lexicon.ledger.collections.get(topic)?.subject;
  if (!member || member.value === subject) return [];
  const inner = dated.index + dated[0].indexOf(dated[1]!);
  const date = readDates(dated[1]!, scope.reference)[0];
  if (!date) return [];
  const shifted = { ...date, start: inner + date.start, end: inner + date.end };
  return [draft(scope, block, topic, member, shifted, 0)];
}

/** Every dated entry of a list is a claim about when that member joined. */
export function memberDatesOfList(list: DraftOf<ListClaim>, text: string): Draft[] {
  return list.entries.flatMap((entry) => {
    if (!entry.entity || !entry.date) return [];
    return [{
      kind: 'member-date' as const,
      collection: list.collection,
      span: entry.date.span,
      text: text.slice(entry.date.span.start, entry.date.span.end),
      sentence: list.sentence,
      entity: entry.entity,
      entitySpan: entry.span,
      date: entry.date.date,
    }];
  });
}

const EVENT_GLOBAL = new RegExp(EVENT.source, 'gi');
/** How far after its event word a date may stand: "elevation of the US–Vietnam relationship to a CSP in September 2023". */
const MAX_EVENT_DISTANCE = 90;

/** Whether an event word stands shortly before `offset`; a date before the event ("agreed in 2025 … the establishment of …") is another date. */
function follows(event: RegExp, text: string, offset: number): boolean {
  return [...text.matchAll(event)].some((m) => m.index + m[0].length <= offset && offset - (m.index + m[0].length) <= MAX_EVENT_DISTANCE);
}

function eventDates(text: string, reference?: Date): DateMention[] {
  // A date that says how current a statement is ("as of", "until") is not when something happened.
  return readDates(text, reference).filter((d) => !AS_OF_LEAD.test(text.slice(0, d.start)) && !/\buntil\s+$/i.test(text.slice(0, d.start)));
}

function nearestBefore<T extends { end: number }>(matches: readonly T[], offset: number): T | undefined {
  return [...matches].filter((m) => m.end <= offset).sort((a, b) => b.end - a.end)[0];
}

function draft(scope: SentenceScope, block: Block, collection: string, member: { value: string; start: number; end: number }, date: DateMention, offset: number): Draft {
  const span: Span = sourceSpan(block, offset + date.start, offset + date.end);
  return {
    kind: 'member-date',
    collection,
    span,
    text: scope.article.text.slice(span.start, span.end),
    sentence: sourceSpan(block, scope.sentence.start, scope.sentence.end),
    entity: member.value,
    entitySpan: sourceSpan(block, offset + member.start, offset + member.end),
    date: date.date,
    ...(date.until ? { until: date.until } : {}),
  };
}
