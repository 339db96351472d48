/**
 * What the words that frame a count or a list say it covers: every member,
 * only some ("three of the five permanent members:", "the five most recent
 * members:"), or things outside the collection ("Six EU countries remain
 * outside the euro:"). Shared by the count and list readers.
 */

/** Words that put what is counted or listed outside the collection: "remain outside", "have yet to adopt", "are not members of", "rather than". */
const OUTSIDE = /\b(?:outside|rather than|instead of|in place of|non-?members?|not (?:yet )?(?:a )?(?:members?|part) of|not in|yet to|(?:have|has|had|do|does|did)(?:n't| not)(?: yet)?|never)\b/i;

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|a dozen|dozens)`;
/**
 * A part of a whole: "three of the five", "Four of Vietnam's 10", "some of
 * its", "most of the" — a quantifier, "of", a determiner or possessive.
 */
const PART_OF = new RegExp(
  String.raw`\b(?:${NUMBER}|some|several|many|most|few|a few|half|a handful|a number|all but \S+)\s+of\s+(?:the|its|their|his|her|our|them|these|those|[\p{Lu}][\p{L}.-]*['’]s)\b`,
  'iu',
);
/** A subset picked by order or size: "the five most recent members", "the first six", "the largest". */
const SUBSET = /\b(?:most recent|latest|newest|earliest|oldest|first|last|founding|original|largest|biggest|smallest)\b/i;

/** Whether words say that what they count or list is outside the collection. */
export function outsideCollection(words: string): boolean {
  return OUTSIDE.test(words);
}

/** Whether a framing says its list names only some members: a part of a whole, or a subset by order or size. */
export function framesPart(framing: string): boolean {
  return PART_OF.test(framing) || SUBSET.test(framing);
}
