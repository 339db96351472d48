/**
 * Time between events and how long a tie has lasted: "Four years later",
 * "It will take another 4 years for India to become …", "just 2 days after
 * upgrading relations with Indonesia", "after 50 years of diplomatic ties,
 * 16 years as Comprehensive Partners".
 */
import type { DurationClaim, Hedge, TimeUnit, TimingClaim } from './claim.js';
import { memberNear } from './about-member.js';
import { EVENT } from './member-date.js';
import { readDozens } from './count.js';
import type { NumberMention } from './nlp.js';
import { claimBase, spanIn, type ClaimDraft, type SentenceScope, type DraftOf } from './scope.js';

const UNIT = /^\s*(days?|weeks?|months?|years?|decades?)\b/i;
const LATER = /^\s*(?:later|on)\b/i;
const ANOTHER = /\b(?:another|a further)\s+$/i;
const AFTER = /^\s*(?:after|since)\b/i;
const HEDGES: readonly [RegExp, Hedge][] = [
  [/\b(?:less than|under|within)\s+$/i, 'fewer-than'],
  [/\b(?:more than|over)\s+$/i, 'more-than'],
  [/\b(?:nearly|almost)\s+$/i, 'nearly'],
  [/\b(?:about|around|some|roughly)\s+$/i, 'about'],
];
/** "N years of <term>", "N years as <term>": how long a tie has lasted. */
const DURATION_LINK = /^\s+(?:of|as)\s+(?:\S+\s+){0,1}$/i;

export function timingClaims(scope: SentenceScope, numbers: readonly NumberMention[], previous: { entity: string } | undefined): ClaimDraft[] {
  const { sentence, lexicon } = scope;
  const drafts: ClaimDraft[] = [];
  for (const number of [...numbers, ...readDozens(sentence.text)]) {
    if (number.ordinal) continue;
    const unitMatch = UNIT.exec(sentence.text.slice(number.end));
    if (!unitMatch) continue;
    const unit = unitMatch[1]!.toLowerCase().replace(/s$/, '') as TimeUnit;
    const afterUnit = number.end + unitMatch[0].length;
    const before = sentence.text.slice(0, number.start);
    const hedge = HEDGES.find(([pattern]) => pattern.test(before));
    const start = hedge ? before.search(hedge[0]) : ANOTHER.test(before) ? before.search(ANOTHER) : number.start;
    const rest = sentence.text.slice(afterUnit);
    // "within five years of the partnership" looks ahead; it is not how long a tie has lasted.
    const duration = /\b(?:within|in|next|coming|over)\s+$/i.test(before) ? undefined : scope.terms.find((t) => t.start > afterUnit && DURATION_LINK.test(sentence.text.slice(afterUnit, t.start)));
    const collectionId = duration?.value ?? scope.topic;
    if (!collectionId) continue;
    const collection = lexicon.ledger.collections.get(collectionId)!;
    const common = { ...claimBase(scope, collectionId, start, duration ? duration.end : afterUnit), amount: number.value, unit, hedge: hedge?.[1] ?? 'exact' as Hedge };
    if (duration) {
      const member = memberNear(sentence.text, { start, end: duration.end }, collection, lexicon);
      if (!member) continue;
      const claim: DraftOf<DurationClaim> = { ...common, kind: 'duration', entity: member.entity.value, entitySpan: spanIn(scope, member.entity.start, member.entity.end) };
      drafts.push(claim);
      continue;
    }
    const entities = lexicon.matchEntities(sentence.text).filter((e) => e.value !== collection.subject);
    let anchor: { entity: string } | undefined;
    let subject = entities[0];
    if (AFTER.test(rest)) {
      // "2 days after upgrading relations with Indonesia …, Vietnam … Singapore": the first member after is the anchor.
      const anchorMatch = entities.find((e) => e.start >= afterUnit);
      anchor = anchorMatch && { entity: anchorMatch.value };
      subject = entities.filter((e) => e !== anchorMatch && e.start > (anchorMatch?.end ?? 0)).at(-1) ?? entities.filter((e) => e.end <= number.start).at(-1);
    } else if ((LATER.test(rest) || ANOTHER.test(before)) && EVENT.test(sentence.text)) {
      anchor = previous;
      subject = entities.find((e) => e.start >= afterUnit) ?? entities[0];
    } else {
      continue;
    }
    if (!anchor || !subject || anchor.entity === subject.value) continue;
    const claim: DraftOf<TimingClaim> = { ...common, kind: 'relative-timing', anchor: anchor.entity, entity: subject.value, entitySpan: spanIn(scope, subject.start, subject.end) };
    drafts.push(claim);
  }
  return drafts;
}
