/**
 * The words that report a member joining a collection, in any collection:
 * verbs of joining, entering, acceding, being admitted, adopting, becoming
 * and establishing ("joined the euro area", "adopted the euro", "acceded",
 * "was admitted", "became a member", "established diplomatic relations",
 * "upgraded ties to …"), and the nouns for the same events ("accession",
 * "entry"). A collection may add its own in the ledger (`joining:`, e.g.
 * "appointed" for a board); the lexicon joins them to these.
 */

const JOINING_WORDS = String.raw`join(?:s|ed|ing)?|enter(?:s|ed|ing)?(?!\s+into\s+force)|entry|acced(?:e|es|ed|ing)|accession|admit(?:s|ted|ting)?|admission|adopt(?:s|ed|ing|ion)?|introduc(?:e|es|ed|ing|tion)|switch(?:es|ed|ing)?\s+(?:over\s+)?to|chang(?:ed|ing)\s+over\s+to|establish\w*|elevat\w*|upgrad\w*|became|become|becomes|becoming|sign(?:s|ed|ing)|form(?:ed|ing)|forg(?:ed|ing)|lift(?:ed|ing)|rais(?:ed|ing)|ascend\w*|reach(?:ed|ing)|mov(?:ed|ing)\s+(?:up\s+)?to|followed\s+suit`;

/** Any general word of joining. */
export const JOINING = new RegExp(String.raw`\b(?:${JOINING_WORDS})\b`, 'i');

/** Every general word of joining, for where each stands. */
export const JOINING_ALL = new RegExp(JOINING.source, 'gi');
/**
 * Words of joining that need no object ("Croatia joined three years ago",
 * "became its 21st member"): what a sentence naming no collection may use of
 * its topic. "reached", "signed" and "formed" take objects of their own.
 */
export const JOINING_WITHOUT_OBJECT = /\b(?:(?:re)?join(?:s|ed)?|acced(?:e|es|ed)|entered|admitted|became|becomes|upgraded|followed\s+suit)\b/i;

/**
 * A collection's own words of joining, whole words in any case, with any
 * spacing: undefined when it has none.
 */
export function joiningPattern(phrases: readonly string[]): RegExp | undefined {
  if (phrases.length === 0) return undefined;
  const body = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${body})(?![\p{L}\p{N}])`, 'giu');
}
