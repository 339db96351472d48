/**
 * The pre-filter (issue 7): only blocks that may hold a claim, and only
 * sentences with a number, reach the NLP. It must never cost a claim: over
 * every article the project has — the samples, the fixture corpus, the unseen
 * styles and the accuracy benchmark's articles — extraction with the
 * pre-filter gives exactly the claims of a full pass that reads every block
 * and sentence with every reader (`prefilter: false`). And it must earn its
 * keep: on the synthetic archive, filler paragraphs almost never reach the NLP.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type nlpType from 'compromise';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { syntheticArticles } from '../../bench/archive/generate.js';
import { buildLexicon, extractClaims, type Claim, type Lexicon } from '../../src/extract/index.js';
import { readNumbers } from '../../src/extract/nlp.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { ingest } from '../../src/ingest/index.js';
import { DEFAULT_LEDGER_DIR, loadLedger } from '../../src/ledger/load.js';
import { parsePartialDate, type PartialDate } from '../../src/time/partial-date.js';

/** Every text handed to the NLP (compromise through readNumbers, chrono through readDates), while `recording`. */
const reached: string[] = [];
let recording = false;
vi.mock(import('../../src/extract/nlp.js'), async (importOriginal) => {
  const original = await importOriginal();
  return {
    ...original,
    readNumbers: async (text: string) => {
      if (recording) reached.push(text);
      return original.readNumbers(text);
    },
  };
});
vi.mock(import('../../src/time/read-dates.js'), async (importOriginal) => {
  const original = await importOriginal();
  return {
    ...original,
    readDates: (text: string, reference?: Date) => {
      if (recording) reached.push(text);
      return original.readDates(text, reference);
    },
  };
});

interface CorpusArticle {
  /** Where it came from, for failure messages. */
  readonly name: string;
  readonly file: string;
  readonly text: string;
  readonly ledger: string;
  readonly asOf?: PartialDate;
}

const ACCURACY = path.join('bench', 'accuracy');

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function plainArticles(dir: string): CorpusArticle[] {
  return filesUnder(dir, /\.(?:md|txt)$/).map((file) => ({ name: file, file, text: readFileSync(file, 'utf8'), ledger: DEFAULT_LEDGER_DIR }));
}

function fixtureCases(): CorpusArticle[] {
  return filesUnder(path.join('tests', 'fixtures', 'corpus'), /\.ya?ml$/).flatMap((yamlFile) => {
    const cases = parse(readFileSync(yamlFile, 'utf8')) as { name: string; text: string; file: string; asOf?: string | number }[];
    return cases.map((c) => ({
      name: `${yamlFile}: ${c.name}`,
      file: c.file,
      text: c.text,
      ledger: DEFAULT_LEDGER_DIR,
      ...(c.asOf === undefined ? {} : { asOf: parsePartialDate(String(c.asOf)) }),
    }));
  });
}

/**
 * The accuracy benchmark's own articles (bench/accuracy/articles/<collection>/),
 * whatever exists when the test runs: checked against the ledger their label
 * file names, else bench/accuracy/ledgers/<collection>/ if there is one, else
 * the built-in ledger. The samples there are the articles in sources/.
 */
function accuracyArticles(): CorpusArticle[] {
  const articlesDir = path.join(ACCURACY, 'articles');
  const labelled = new Map<string, { ledger?: string; asOf?: PartialDate }>();
  for (const labels of filesUnder(articlesDir, /\.labels\.ya?ml$/)) {
    const read = parse(readFileSync(labels, 'utf8')) as { article?: string; ledger?: string; 'as-of'?: string | number } | null;
    const article = read?.article ? path.resolve(path.dirname(labels), read.article) : undefined;
    const base = labels.replace(/\.labels\.ya?ml$/, '');
    for (const file of article ? [article] : [`${base}.txt`, `${base}.md`].map((f) => path.resolve(f))) {
      labelled.set(file, {
        ...(read?.ledger ? { ledger: path.resolve(path.dirname(labels), read.ledger) } : {}),
        ...(read?.['as-of'] === undefined ? {} : { asOf: parsePartialDate(String(read['as-of'])) }),
      });
    }
  }
  return filesUnder(articlesDir, /\.(?:md|txt)$/).map((file) => {
    const labels = labelled.get(path.resolve(file));
    const collection = path.relative(articlesDir, file).split(path.sep)[0]!;
    const folder = path.join(ACCURACY, 'ledgers', collection);
    const ledger = labels?.ledger ?? (existsSync(folder) ? path.resolve(folder) : DEFAULT_LEDGER_DIR);
    return { name: file, file, text: readFileSync(file, 'utf8'), ledger, ...(labels?.asOf ? { asOf: labels.asOf } : {}) };
  });
}

const corpus: CorpusArticle[] = [
  ...plainArticles('sources'),
  ...fixtureCases(),
  ...plainArticles(path.join('tests', 'fixtures', 'unseen')),
  ...accuracyArticles(),
];

const lexicons = new Map<string, Promise<Lexicon>>();
function lexiconFor(ledger: string): Promise<Lexicon> {
  if (!lexicons.has(ledger)) lexicons.set(ledger, loadLedger(ledger).then(buildLexicon));
  return lexicons.get(ledger)!;
}

/**
 * Articles whose claims the pre-filter loses, by path, with what it loses:
 * they run as it.fails. None today: the relative timings and superlatives in
 * paragraphs that name members but no collection, which this test found, are
 * now read when the article has a topic.
 */
const KNOWN_MISSES: Readonly<Record<string, string>> = {};

/** A claim as one line: enough to read a difference at a glance. */
const describeClaim = (c: Claim) => `${c.kind} ${c.collection} ${JSON.stringify(c.text)} @${c.span.start}`;

describe('the pre-filter never costs a claim', () => {
  it('reads articles from every corpus', () => {
    expect(corpus.filter((a) => a.name.startsWith('sources')).length).toBe(4);
    expect(corpus.filter((a) => a.name.startsWith('tests/fixtures/corpus')).length).toBeGreaterThanOrEqual(100);
    expect(corpus.filter((a) => a.name.startsWith('tests/fixtures/unseen')).length).toBe(4);
  });

  it('names only articles that exist among its known misses', () => {
    expect(Object.keys(KNOWN_MISSES).filter((file) => !corpus.some((a) => a.name === file))).toEqual([]);
  });

  const sameClaims = async (a: CorpusArticle) => {
    const lexicon = await lexiconFor(a.ledger);
    const { article } = ingest(a.file, a.text);
    expect(article, 'the article is usable').toBeDefined();
    const options = a.asOf ? { asOf: a.asOf } : {};
    const filtered = await extractClaims(article!, lexicon, options);
    const full = await extractClaims(article!, lexicon, { ...options, prefilter: false });
    expect(filtered.map(describeClaim)).toEqual(full.map(describeClaim));
    expect(filtered).toEqual(full);
  };
  for (const a of corpus) {
    const miss = KNOWN_MISSES[a.name];
    if (miss) it.fails(`${a.name}: the same claims with and without the pre-filter [known miss: ${miss}]`, () => sameClaims(a), 60_000);
    else it(`${a.name}: the same claims with and without the pre-filter`, () => sameClaims(a), 60_000);
  }

  it('compromise finds no number in a sentence the number test turns away', async () => {
    const nlp = createRequire(import.meta.url)('compromise') as typeof nlpType;
    const missed: string[] = [];
    let turnedAway = 0;
    for (const a of corpus) {
      const { article } = ingest(a.file, a.text);
      for (const block of article?.blocks ?? []) {
        for (const sentence of splitSentences(block.text)) {
          if ((await readNumbers(sentence.text)).length > 0) continue;
          turnedAway++;
          // The indefinite article is "one" to compromise ("within a year"); no claim counts with it.
          const numbers = (nlp(sentence.text).numbers().out('array') as string[]).filter((n) => !/^an?$/i.test(n));
          if (numbers.length > 0) missed.push(`${a.name}: ${JSON.stringify(numbers)} in ${JSON.stringify(sentence.text)}`);
        }
      }
    }
    expect(turnedAway).toBeGreaterThan(200);
    expect(missed).toEqual([]);
  }, 120_000);
});

describe('the pre-filter skips the synthetic archive\'s filler', () => {
  const sample = [...syntheticArticles(60)];
  /** Per article, its paragraphs and whether the NLP read any of their text. */
  const read: { kind: string; text: string; reached: boolean }[] = [];
  const paragraphs = (kind: string) => read.filter((p) => p.kind === kind);

  beforeAll(async () => {
    const lexicon = await lexiconFor(DEFAULT_LEDGER_DIR);
    for (const a of sample) {
      // Ingest reads the top lines for a dateline; only extraction is under test.
      const { article } = ingest(a.path, a.text);
      reached.length = 0;
      recording = true;
      try {
        await extractClaims(article!, lexicon);
      } finally {
        recording = false;
      }
      // Filler sentences also stand in claim paragraphs: text the NLP read is the filler's only if no other paragraph has it.
      const owner = (text: string) => a.paragraphs.filter((p) => p.text.includes(text));
      for (const p of a.paragraphs) {
        read.push({ ...p, reached: reached.some((text) => text.length >= 10 && owner(text).every((o) => o.kind === p.kind) && p.text.includes(text)) });
      }
    }
  }, 60_000);

  it('lets filler reach compromise or chrono only where it names a collection or says "current"', async () => {
    const lexicon = await lexiconFor(DEFAULT_LEDGER_DIR);
    const through = paragraphs('filler').filter((p) => p.reached).map((p) => p.text);
    expect(through.length, 'some filler names ASEAN or says "current"').toBeGreaterThan(0);
    expect(through.filter((p) => !lexicon.mayHoldClaim(p) && !/\bcurrent\b/i.test(p))).toEqual([]);
  });

  it('keeps at least four in five filler paragraphs from the NLP', () => {
    const filler = paragraphs('filler');
    expect(filler.length).toBeGreaterThan(500);
    expect(filler.filter((p) => p.reached).length / filler.length).toBeLessThanOrEqual(0.2);
  });

  it('still sends the claim paragraphs to the NLP', () => {
    const claims = paragraphs('claim');
    expect(claims.length).toBeGreaterThan(30);
    expect(claims.filter((p) => p.reached).length / claims.length).toBeGreaterThanOrEqual(0.9);
  });
});
