/**
 * Everything extraction knows about words comes from the ledger: entity names
 * and aliases, the terms that name each collection, the nouns that count
 * its members and any words of joining of its own. A new collection needs
 * only a new ledger file.
 */
import type { Collection, Ledger, Unit } from '../ledger/model.js';
import { pluralize } from '../text/plural.js';
import { JOINING_ALL, joiningPattern } from './joining.js';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.js';

export type TermMatch = PhraseMatch<string>; // value: collection id
export type EntityMatch = PhraseMatch<string>; // value: entity id

export interface Lexicon {
  readonly ledger: Ledger;
  /** Terms, leaving out the words of a misnamed one ("strategic comprehensive partnership" is not a comprehensive partnership). */
  matchTerms(text: string): TermMatch[];
  /** A collection's term with its first two words swapped, naming no tier: value is the collection, `expected` its term. */
  matchMisnamedTerms(text: string): PhraseMatch<{ collection: string; expected: string }>[];
  matchEntities(text: string): EntityMatch[];
  /** Whether a text may hold a claim at all: the cheap pre-filter before any NLP. */
  mayHoldClaim(text: string): boolean;
  /** The singular unit noun a written word stands for ("countries" → "country"), if any collection counts in it. */
  unitNoun(written: string): string | undefined;
  unitOf(collection: Collection, noun: string): Unit | undefined;
  /** The words that report a member joining the collection: the general ones and the ledger's own for it. */
  joiningOf(collection: string): readonly RegExp[];
}

export function buildLexicon(ledger: Ledger): Lexicon {
  const terms = new PhraseMatcher(
    [...ledger.collections.values()].flatMap((c) => c.terms.flatMap((t) => termForms(t).map((form) => [form, c.id] as const))),
  );
  const taken = new Set([...ledger.entities.values()].flatMap((e) => [e.name, ...e.aliases]));
  const entities = new PhraseMatcher(
    [...ledger.entities.values()].flatMap((e) => [e.name, ...e.aliases, ...officialNames(e, taken)].flatMap((name) => nameVariants(name).map((v) => [v, e.id] as const))),
  );
  const misnamed = new PhraseMatcher(
    [...ledger.collections.values()].flatMap((c) => c.terms.flatMap((term) => {
      const words = term.split(/\s+/);
      if (words.length < 3) return [];
      const swapped = [words[1], words[0], ...words.slice(2)].join(' ');
      if (terms.match(swapped).some((t) => t.text.length === swapped.length)) return [];
      return [swapped, pluralize(swapped)].map((form) => [form, { collection: c.id, expected: term }] as const);
    })),
  );
  const joining = new Map<string, readonly RegExp[]>(
    [...ledger.collections.values()].map((c) => {
      const own = joiningPattern(c.joining ?? []);
      return [c.id, own ? [JOINING_ALL, own] : [JOINING_ALL]] as const;
    }),
  );
  const nouns = new Map<string, string>();
  for (const collection of ledger.collections.values()) {
    for (const unit of collection.units) {
      nouns.set(unit.noun.toLowerCase(), unit.noun);
      nouns.set(pluralize(unit.noun).toLowerCase(), unit.noun);
    }
  }
  return {
    ledger,
    matchTerms: (text) => {
      const wrong = misnamed.match(text);
      return terms.match(text).filter((t) => !wrong.some((w) => t.start < w.end && w.start < t.end));
    },
    matchMisnamedTerms: (text) => misnamed.match(text),
    matchEntities: (text) => entities.match(text),
    mayHoldClaim: (text) => terms.test(text) || misnamed.test(text),
    unitNoun: (written) => nouns.get(written.toLowerCase().replace(/\s+/g, ' ')),
    unitOf: (collection, noun) => collection.units.find((u) => u.noun === noun),
    joiningOf: (collection) => joining.get(collection) ?? [JOINING_ALL],
  };
}

/** A term in the singular and the plural; an acronym's plural also in capitals ("CSPs", "CSPS"). */
function termForms(term: string): string[] {
  const plural = pluralize(term);
  return /^[A-Z0-9]+$/.test(term) ? [term, plural, plural.toUpperCase()] : [term, plural];
}

/**
 * A country is also named by its form of state: "the Republic of Angola",
 * "the Kingdom of Bahrain", "the State of Qatar". Only where the long form is
 * not another entity's name, and never for China, whose "Republic of China"
 * is Taiwan's name.
 */
function officialNames(entity: { id: string; name: string; type: string }, taken: ReadonlySet<string>): string[] {
  if (entity.type !== 'country' || entity.id === 'china') return [];
  return ['Republic of', 'Kingdom of', 'State of', 'Sultanate of', 'Principality of', 'Grand Duchy of', 'Federal Republic of', 'Islamic Republic of']
    .map((form) => `${form} ${entity.name}`)
    .filter((name) => !taken.has(name));
}

/** A dotted abbreviation loses its last dot in print ("U.S." → "U.S"); both name the same entity. */
function nameVariants(name: string): string[] {
  if (/^(?:[A-Z]\.){2,}$/.test(name)) return [name, name.slice(0, -1)];
  return [name];
}
