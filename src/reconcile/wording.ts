/** How messages quote a claim, and how a count is rewritten to a true one. */
import type { CountClaim } from '../extract/claim.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** "`nine` countries", "`more than 190` countries": the number as written, the noun in lower case. */
export function countPhrase(claim: CountClaim): string {
  const hedged = claim.phrase.slice(0, claim.phrase.length - claim.noun.length).trim();
  // "`27`-nation union": a count written into an adjective keeps its hyphen.
  return `\`${hedged}\`${claim.noun.startsWith('-') ? '' : ' '}${nounForMessage(claim.noun)}`;
}

/** The claim's words with the number replaced, in the same style: "nine countries" → "ten countries". */
export function rewriteCount(claim: CountClaim, value: number): string {
  const asWord = /^[a-z-]+$/i.test(claim.written) && value < WORDS.length;
  const replacement = asWord ? matchCase(WORDS[value]!, claim.written) : String(value);
  if (claim.hedge !== 'exact') return `${replacement}${claim.noun.startsWith('-') ? '' : ' '}${claim.noun}`;
  const at = Math.max(claim.phrase.lastIndexOf(claim.written, claim.phrase.length - claim.noun.length), 0);
  return claim.phrase.slice(0, at) + replacement + claim.phrase.slice(at + claim.written.length);
}

/** The head noun as written, but a shouted headline ("PARTNERSHIPS") in lower case. */
export function nounForMessage(noun: string): string {
  const shouted = noun === noun.toUpperCase() && noun.length > 6;
  return (shouted ? noun.toLowerCase() : noun).replace(/\s+/g, ' ');
}

function matchCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] === like[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
