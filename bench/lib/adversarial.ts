/**
 * Adversarial inputs for the backtracking benchmark (issue 8): long runs of
 * digits, commas, "and", parentheses, spaces, dots, hyphens, capitalised
 * names, collection terms and dates — the shapes that make a badly written
 * pattern backtrack — each at exactly the length asked, with and without a
 * final character that makes a match at the end fail.
 */

export interface AdversarialKind {
  readonly name: string;
  /** Exactly `size` characters. */
  readonly make: (size: number) => string;
}

/** `unit` repeated and cut to exactly `size` characters. */
export function repeated(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Half opening, half closing parentheses: nesting `size / 2` deep. */
export function nested(size: number): string {
  const half = Math.floor(size / 2);
  return '('.repeat(half) + ')'.repeat(size - half);
}

const UNITS: Readonly<Record<string, string>> = {
  digits: '0123456789',
  commas: ',',
  'digits and commas': '1,',
  'and': 'and ',
  'open parentheses': '(',
  'empty parentheses': '() ',
  spaces: ' ',
  dots: '.',
  hyphens: '-',
  'dashes and spaces': ' – ',
  newlines: '\n',
  letters: 'a',
  'capitalised names': 'New Zealand ',
  'names and commas': 'China, ',
  'the collection term': 'Comprehensive Strategic Partnership ',
  'dated entries': '(May 2008) ',
  'years': '2008 ',
  'ordinals': 'first fifth 14th ',
  'a mix': 'China (May 2008), 14, and - the first. ',
};

/** A failing last character: a pattern anchored at the end must give up every partial match. */
const FAIL = '!';

function withFailure(make: (size: number) => string): (size: number) => string {
  return (size) => (size === 0 ? '' : make(size - 1) + FAIL);
}

export const ADVERSARIAL_KINDS: readonly AdversarialKind[] = [
  ...Object.entries(UNITS).flatMap(([name, unit]) => [
    { name, make: (size: number) => repeated(unit, size) },
    { name: `${name}, then !`, make: withFailure((size) => repeated(unit, size)) },
  ]),
  { name: 'nested parentheses', make: nested },
  { name: 'nested parentheses, then !', make: withFailure(nested) },
];

/** The words a pattern spells out ("established", "updated"), repeated: inputs that get past its first token. */
export function ownWordsKind(source: string): AdversarialKind | undefined {
  const words = [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z]{3,}/g) ?? [])].slice(0, 8);
  if (words.length === 0) return undefined;
  const unit = `${words.join(' ')} `;
  return { name: 'its own words', make: withFailure((size) => repeated(unit, size)) };
}

export const SIZES = [1_000, 2_000, 4_000, 8_000, 16_000] as const;
