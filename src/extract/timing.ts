/**
 * Time between events and how long a tie has lasted: "Four years later",
 * "It will take another 4 years for India to become …", "just 2 days after
 * upgrading relations with Indonesia", "after 50 years of diplomatic ties,
 * 16 years as Comprehensive Partners".
 */
import type { DurationClaim, Hedge, TimeUnit, TimingClaim } from './claim.js';
import { memberNear } from './about-member.js';
import { JOINING } from './joining.js';
import { readDozens } from './count.js';
import { notAssertedInClause } from './modality.js';
import type { NumberMention } from './nlp.js';
import { claimBase, spanIn, type ClaimDraft, type SentenceScope, type DraftOf } from './scope.js';

const UNIT = /^\s*(days?|weeks?|months?|years?|decades?)\b/i;
const LATER = /^\s*(?:later|on\b(?!\s+(?:year|month|week|day)\b))/i;
const ANOTHER = /\b(?:another|a further)\s+$/i;
const AFTER = /^\s*(?:after|since)\b/i;
const HEDGES: readonly [RegExp, Hedge][] = [
  [/\b(?:less than|under|within)\s+$/i, 'fewer-than'],
  [/\b(?:more than|over)\s+$/i, 'more-than'],
  [/\b(?:nearly|almost)\s+$/i, 'nearly'],
  [/\b(?:about|around|some|roughly)\s+$/i, 'about'],
];
/** "upgrading relations with ", "joining the bloc alongside ": a word of joining opens the words, in one clause. */
function joiningLeads(lead: string, joining: readonly RegExp[]): boolean {
  if (/[,;:()]/.test(lead)) return false;
  const opening = lead.trim().split(/\s+/).slice(0, 2).join(' ');
  return joining.some((p) => [...opening.matchAll(p)].length > 0);
}

/** What may stand between "after" and its anchor member: "after Japan", "after that of India", "after the one with Indonesia". */
const DIRECT_ANCHOR = /^\s*(?:(?:the|(?:that|those|the one|the ones) (?:of|with|for))\s+)?$/i;
/** A place: a name after "in", "at", "near" or "from", or a country after its city ("in Samarkand, Uzbekistan"). */
const PREPOSITION_OBJECT = /(?:\b(?:in|at|near|from)\s+(?:the\s+)?|\b(?:in|at|near)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?,\s+)$/u;
/** "for 25 years", "for just one year": how long, after the term it is about. */
const FOR_DURATION = /\bfor\s+(?:(?:just|only|nearly|almost|more than|over|about|some|roughly|around|less than|under)\s+)?$/i;
/** Between the term and the number: a few words, then "for" ("the euro area for 13 years"). */
const TERM_THEN_FOR = /^(?:\s+\S+){0,2}?\s+for\s+(?:\S+\s+)?$/i;
/** "N years of <term>", "N years as <term>": how long a tie has lasted. */
const DURATION_LINK = /^\s+(?:of|as)\s+(?:\S+\s+){0,1}$/i;

/**
 * A time unit then "after", "since", "later" or "on", or "another" before it:
 * a sentence without one holds no timing between members (a superset of what
 * the reader needs; durations also need a collection's term).
 */
const MAY_HOLD_TIMING = /\b(?:days?|weeks?|months?|years?|decades?)\s*(?:after|since|later|on\b(?!\s+(?:year|month|week|day)\b))\b|\b(?:another|a further)\s+(?:\S+\s+){1,3}(?:days?|weeks?|months?|years?|decades?)\b/i;

export function mayHoldTiming(text: string): boolean {
  return MAY_HOLD_TIMING.test(text);
}

/** "a year after Japan", "an extra month": one unit of time, written with the article. */
function readSingleUnits(text: string, numbers: readonly NumberMention[]): NumberMention[] {
  return [...text.matchAll(/\b(?:an?)(?=\s+(?:day|week|month|year|decade)\b)/gi)]
    .filter((m) => !numbers.some((n) => Number.isFinite(n.value) && n.start <= m.index && m.index < n.end))
    .map((m) => ({ value: 1, start: m.index, end: m.index + m[0].length, text: m[0], ordinal: false }));
}

export function timingClaims(scope: SentenceScope, numbers: readonly NumberMention[], previous: { entity: string } | undefined): ClaimDraft[] {
  const { sentence, lexicon } = scope;
  const drafts: ClaimDraft[] = [];
  for (const number of [...numbers, ...readDozens(sentence.text), ...readSingleUnits(sentence.text, numbers)]) {
    if (number.ordinal || !Number.isFinite(number.value)) continue;
    const unitMatch = UNIT.exec(sentence.text.slice(number.end));
    if (!unitMatch) continue;
    const unit = unitMatch[1]!.toLowerCase().replace(/s$/, '') as TimeUnit;
    const afterUnit = number.end + unitMatch[0].length;
    const before = sentence.text.slice(0, number.start);
    const hedge = HEDGES.find(([pattern]) => pattern.test(before));
    const start = hedge ? before.search(hedge[0]) : ANOTHER.test(before) ? before.search(ANOTHER) : number.start;
    const rest = sentence.text.slice(afterUnit);
    // "within five years of the partnership" looks ahead; it is not how long a tie has lasted.
    const lookingAhead = /\b(?:within|in|next|coming|over)\s+$/i.test(before);
    const ofTerm = lookingAhead ? undefined : scope.terms.find((t) => t.start > afterUnit && DURATION_LINK.test(sentence.text.slice(afterUnit, t.start)));
    // "has used the euro for 25 years", "a member of the euro area for 13 years": the term, then "for" and the time.
    const forTerm = ofTerm || !FOR_DURATION.test(before) || notAssertedInClause(before) ? undefined : [...scope.terms].filter((t) => t.end <= number.start && TERM_THEN_FOR.test(sentence.text.slice(t.end, number.start))).at(-1);
    const duration = ofTerm ?? forTerm;
    const collectionId = duration?.value ?? scope.topic;
    if (!collectionId) continue;
    const collection = lexicon.ledger.collections.get(collectionId)!;
    const end = ofTerm ? ofTerm.end : afterUnit;
    const common = { ...claimBase(scope, collectionId, start, end), amount: number.value, unit, hedge: hedge?.[1] ?? 'exact' as Hedge };
    if (duration) {
      const member = memberNear(sentence.text, { start: Math.min(start, duration.start), end: Math.max(end, duration.end) }, collection, lexicon, scope.terms);
      if (!member) continue;
      const claim: DraftOf<DurationClaim> = { ...common, kind: 'duration', entity: member.entity.value, entitySpan: spanIn(scope, member.entity.start, member.entity.end) };
      drafts.push(claim);
      continue;
    }
    const entities = lexicon.matchEntities(sentence.text).filter((e) => e.value !== collection.subject);
    let anchor: { entity: string } | undefined;
    let subject = entities[0];
    if (AFTER.test(rest)) {
      // "2 days after upgrading relations with Indonesia …, Vietnam … Singapore": the first member after is the anchor,
      // named right after "after" or after a word of joining — "a month after ending its partnership with Serbia" counts from no joining.
      const anchorMatch = entities.find((e) => e.start >= afterUnit);
      const lead = anchorMatch ? sentence.text.slice(afterUnit, anchorMatch.start).replace(AFTER, '') : '';
      if (anchorMatch && !DIRECT_ANCHOR.test(lead) && !joiningLeads(lead, lexicon.joiningOf(collectionId))) continue;
      anchor = anchorMatch && { entity: anchorMatch.value };
      subject = entities.filter((e) => e !== anchorMatch && e.start > (anchorMatch?.end ?? 0)).at(-1) ?? entities.filter((e) => e.end <= number.start).at(-1);
    } else if ((LATER.test(rest) || ANOTHER.test(before)) && JOINING.test(sentence.text)) {
      anchor = previous;
      // The subject of the joining, not a place: "in Samarkand, Uzbekistan" joined nothing.
      subject = entities.filter((e) => !PREPOSITION_OBJECT.test(sentence.text.slice(0, e.start))).find((e) => e.start >= afterUnit) ?? entities[0];
      if (subject && PREPOSITION_OBJECT.test(sentence.text.slice(0, subject.start))) continue;
    } else {
      continue;
    }
    if (!anchor || !subject || anchor.entity === subject.value) continue;
    const claim: DraftOf<TimingClaim> = { ...common, kind: 'relative-timing', anchor: anchor.entity, entity: subject.value, entitySpan: spanIn(scope, subject.start, subject.end) };
    drafts.push(claim);
  }
  return drafts;
}
