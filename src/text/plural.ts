/** English plural of a phrase's head noun: "partner" → "partners", "member of X" → "members of X". */
export function pluralize(phrase: string): string {
  const of = phrase.search(/(?<!\s)\s+(?:of|in)\s+/i); // (?<!\s): linear on long runs of spaces
  if (of > 0) return pluralize(phrase.slice(0, of)) + phrase.slice(of);
  if (/[^aeiou]y$/i.test(phrase)) return phrase.slice(0, -1) + (phrase.endsWith('Y') ? 'IES' : 'ies');
  if (/(?:s|x|z|ch|sh)$/i.test(phrase)) return phrase + 'es';
  return phrase + 's';
}

/** "1 country", "2 countries". */
export function countOf(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : pluralize(noun)}`;
}
