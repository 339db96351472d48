/**
 * The backtracking benchmark's parts: the collector finds the regular
 * expressions in src/ and in a small project written here (literals, and
 * constructors whose pattern it can read),
 * the adversarial inputs have the sizes asked, and the scanner runs a pattern
 * the way the code does. No timing here: `npm run bench:redos` measures.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL_KINDS, nested, ownWordsKind, repeated, SIZES } from '../../bench/lib/adversarial.js';
import { ADVERSARIAL_ARTICLES } from '../../bench/lib/adversarial-articles.js';
import { scanner } from '../../bench/lib/regex-timing.js';
import { collectRegexes, splitLiteral } from '../../bench/lib/regex-collector.js';
import { ingest } from '../../src/ingest/index.js';

describe('the regex collector', () => {
  const found = collectRegexes(process.cwd());

  it('finds the literals in src/, and only there', () => {
    expect(found.filter((r) => r.how === 'literal').length).toBeGreaterThan(150);
    expect(found.every((r) => r.file.startsWith('src/'))).toBe(true);
    expect(found).toContainEqual({ file: 'src/ingest/index.ts', line: expect.any(Number), code: '/\\.(?:md|markdown|mdx)$/i', how: 'literal', source: '\\.(?:md|markdown|mdx)$', flags: 'i' });
  });

  it('gives each a compilable pattern and the line it is on', () => {
    for (const r of found.filter((x) => x.source !== undefined)) expect(() => new RegExp(r.source!, r.flags)).not.toThrow();
    expect(found.every((r) => Number.isInteger(r.line) && r.line > 0)).toBe(true);
  });

  it('splits a literal into its pattern and flags', () => {
    expect(splitLiteral('/a\\/b+/gi')).toEqual({ source: 'a\\/b+', flags: 'gi' });
  });
});

describe('the regex collector on a project of its own', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ledgerlint-collector-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'src'));
  writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true }, include: ['src'] }));
  writeFileSync(path.join(root, 'src', 'a.ts'), [
    'const EVENT = /\\b(?:joined|became)\\b/i;',
    "const WORDS = String.raw`will|may`;",
    "const MONTH = '(May|June)';",
    'export const half = 10 / 2 / 5;',
    "export const global = new RegExp(EVENT.source, 'gi');",
    "export const modal = new RegExp(String.raw`\\b(?:${WORDS})\\s+$`, 'i');",
    "export const dated = new RegExp(`\\\\b${MONTH}\\\\s+(\\\\d{4})`, 'g');",
    "export const built = (words: string[]) => new RegExp(words.join('|'));",
    'export const used = EVENT.test("a");',
    '',
  ].join('\n'));
  const found = collectRegexes(root);

  it('finds a literal, not the divisions beside it', () => {
    expect(found.filter((r) => r.how === 'literal')).toEqual([
      { file: 'src/a.ts', line: 1, code: '/\\b(?:joined|became)\\b/i', how: 'literal', source: '\\b(?:joined|became)\\b', flags: 'i' },
    ]);
  });

  it('reads constructors over a constant regex\'s source, String.raw templates and templates over constants', () => {
    const constructors = found.filter((r) => r.how === 'constructor');
    expect(constructors.map((r) => [r.line, r.source, r.flags])).toEqual([
      [5, '\\b(?:joined|became)\\b', 'gi'],
      [6, '\\b(?:will|may)\\s+$', 'i'],
      [7, '\\b(May|June)\\s+(\\d{4})', 'g'],
      [8, undefined, undefined],
    ]);
    expect(constructors[3]!.code).toBe("new RegExp(words.join('|'))");
  });
});

describe('adversarial inputs', () => {
  it('have exactly the size asked, at every size the benchmark uses', () => {
    for (const kind of ADVERSARIAL_KINDS) {
      for (const size of [0, 1, 7, ...SIZES]) expect(kind.make(size).length, `${kind.name} at ${size}`).toBe(size);
    }
  });

  it('cover digits, commas, "and", parentheses, spaces, dots, hyphens, names and the collection term', () => {
    const at = (name: string) => ADVERSARIAL_KINDS.find((k) => k.name === name)!.make(40);
    expect(at('digits')).toBe('0123456789012345678901234567890123456789');
    expect(at('and')).toBe('and and and and and and and and and and ');
    expect(at('commas, then !')).toBe(`${','.repeat(39)}!`);
    expect(at('the collection term')).toBe('Comprehensive Strategic Partnership Comp');
    expect(nested(8)).toBe('(((())))');
    expect(repeated('ab', 5)).toBe('ababa');
    for (const name of ['open parentheses', 'spaces', 'dots', 'hyphens', 'capitalised names', 'dated entries']) expect(at(name)).toHaveLength(40);
  });

  it('repeat a pattern\'s own words', () => {
    const kind = ownWordsKind(String.raw`\b(?:updated|current\s+as)\s+$`);
    expect(kind?.make(30)).toBe('updated current updated curre!');
    expect(ownWordsKind(String.raw`\d+\s*`)).toBeUndefined();
  });

  it('build every adversarial article larger at each size, and usable', () => {
    for (const article of ADVERSARIAL_ARTICLES) {
      const lengths = article.sizes.map((size) => article.build(size).length);
      expect(lengths[1]!, article.name).toBeGreaterThan(lengths[0]!);
      expect(lengths[2]!, article.name).toBeGreaterThan(lengths[1]!);
      expect(ingest(article.file, article.build(article.sizes[0] / 10)).article, article.name).toBeDefined();
    }
  });
});

describe('the scanner', () => {
  it('finds every match of a pattern, global or not', () => {
    expect(scanner('a', '')('banana')).toBe(3);
    expect(scanner('a', 'g')('banana')).toBe(3);
  });

  it('tries a sticky pattern once, at the start, as the code does', () => {
    expect(scanner('a', 'y')('banana')).toBe(0);
    expect(scanner('b', 'y')('banana')).toBe(1);
  });
});
