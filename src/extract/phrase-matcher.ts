/**
 * Finds whole-word phrases (names, aliases, terms) in text, longest match
 * first. Short all-capital phrases ("US", "CSP", "EU") match case-sensitively
 * so that "us" and "eu" in prose do not (one of four letters or more also in
 * title case: "Asean"); everything else ignores case, so headlines in capitals
 * still match.
 */
export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: T;
}

const ACRONYM = /^[A-Z0-9][A-Z0-9.&-]{0,7}s?$/;

export class PhraseMatcher<T> {
  private readonly valueOf = new Map<string, T>();
  private readonly patterns: RegExp[] = [];

  constructor(entries: Iterable<readonly [phrase: string, value: T]>) {
    const exact: string[] = [];
    const folded: string[] = [];
    for (const [phrase, value] of withTitleCaseAcronyms(entries)) {
      const sensitive = ACRONYM.test(phrase);
      const key = sensitive ? phrase : phrase.toLowerCase();
      const normalized = normalizeKey(key);
      if (this.valueOf.has(normalized)) continue;
      this.valueOf.set(normalized, value);
      (sensitive ? exact : folded).push(phrase);
    }
    if (exact.length) this.patterns.push(alternation(exact, 'gu'));
    if (folded.length) this.patterns.push(alternation(folded, 'giu'));
  }

  /** Non-overlapping matches, leftmost first, the longest at each start. */
  match(text: string): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (const pattern of this.patterns) {
      for (const m of text.matchAll(pattern)) {
        const value = this.valueOf.get(normalizeKey(m[0])) ?? this.valueOf.get(normalizeKey(m[0].toLowerCase()));
        if (value !== undefined) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PhraseMatch<T>[] = [];
    for (const match of found) {
      const last = kept.at(-1);
      if (!last || match.start >= last.end) kept.push(match);
    }
    return kept;
  }

  test(text: string): boolean {
    return this.patterns.some((pattern) => {
      pattern.lastIndex = 0;
      const hit = pattern.test(text);
      pattern.lastIndex = 0;
      return hit;
    });
  }
}

/**
 * An acronym of four letters or more is also printed in title case ("Asean",
 * "Opec", "Mercosur"), and is no English word either way; shorter ones stay
 * exact, or "us" and "eu" in prose would match.
 */
function* withTitleCaseAcronyms<T>(entries: Iterable<readonly [string, T]>): Generator<readonly [string, T]> {
  for (const [phrase, value] of entries) {
    yield [phrase, value];
    for (const acronym of phrase.match(/\b[A-Z]{4,}\b/g) ?? []) {
      yield [phrase.replace(acronym, acronym[0] + acronym.slice(1).toLowerCase()), value];
    }
  }
}

/** Whitespace, apostrophes and the dots of acronyms ("U.N.") vary in print; keys ignore the difference. */
function normalizeKey(phrase: string): string {
  return phrase.replace(/\s+/g, ' ').replace(/’/g, "'").replace(/\b(\p{L})\./gu, '$1');
}

function alternation(phrases: string[], flags: string): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => dottedAcronyms(escape(p)).replace(/ /g, '\\s+').replace(/'/g, "['’]")).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

/** "UN" inside a phrase is also written "U.N.": capitals of a short acronym may each take a dot. */
function dottedAcronyms(pattern: string): string {
  return pattern.replace(/\b[A-Z]{2,4}\b/g, (acronym) => acronym.split('').join('\\.?') + '\\.?');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
