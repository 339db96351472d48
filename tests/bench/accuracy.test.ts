/**
 * The accuracy benchmark's machinery (bench/accuracy/): the labelled corpus
 * loads and every quote is where it says, the second collection's ledger is
 * valid, error injection is deterministic and records what it did, and the
 * scorer's arithmetic is right. No test here asserts the benchmark's figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, loadLedgers, type CorpusEntry } from '../../bench/accuracy/corpus.js';
import { findWrittenDate, injectErrors, joinList, manifest, mulberry32, numberWord, OPERATORS, ordinalDigits, ordinalWord, splitList, type MutatedArticle } from '../../bench/accuracy/inject.js';
import { LabelError, loadLabelledArticle, locate, type ClaimLabel } from '../../bench/accuracy/labels.js';
import { rates, scoreArticle, sumCounts, type ClaimLike, type VerdictLike } from '../../bench/accuracy/score.js';
import { DEFAULT_LEDGER_DIR, validateLedger } from '../../src/ledger/load.js';
import type { Ledger } from '../../src/ledger/model.js';

let corpus: CorpusEntry[];
let ledgerOf: (article: CorpusEntry['article']) => Ledger;

beforeAll(async () => {
  corpus = loadCorpus();
  ledgerOf = await loadLedgers(corpus.map((e) => e.article));
});

describe('the labelled corpus', () => {
  it('labels the four sample articles and at least 40 articles of its own, 12 of them about the euro area', () => {
    const count = (section: string) => corpus.filter((e) => e.section === section).length;
    expect(count('samples')).toBe(4);
    expect(count('vietnam') + count('euro-area')).toBeGreaterThanOrEqual(40);
    expect(count('euro-area')).toBeGreaterThanOrEqual(12);
  });

  it('quotes every claim by words that occur in its article, at the span the label gives', () => {
    for (const { article } of corpus) {
      for (const label of article.labels) {
        expect(article.text.slice(label.span.start, label.span.end), `${article.labelPath}: ${label.quote}`).toBe(label.quote);
      }
    }
  });

  it('names a rule for every false claim and only for false claims', () => {
    for (const { article } of corpus) {
      for (const label of article.labels) {
        expect(label.rules.length > 0, `${article.labelPath}: ${label.quote}`).toBe(label.truth === 'false');
      }
    }
  });

  it('checks the euro-area articles against the default ledger, whose euro-area collection has its 21 members', async () => {
    const euro = corpus.filter((e) => e.section === 'euro-area');
    expect(euro.every((e) => e.article.ledger === undefined)).toBe(true);
    const { ledger, problems } = await validateLedger(DEFAULT_LEDGER_DIR);
    expect(problems).toEqual([]);
    const members = ledger!.collections.get('euro-area')!.members;
    expect(members).toHaveLength(21);
    expect(members.find((m) => m.entity === 'bulgaria')?.since).toEqual({ year: 2026, month: 1, day: 1 });
    expect(members.find((m) => m.entity === 'croatia')?.since).toEqual({ year: 2023, month: 1, day: 1 });
  });
});

describe('label files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-labels-'));
  const write = (name: string, article: string, labels: string) => {
    writeFileSync(path.join(dir, `${name}.txt`), article);
    writeFileSync(path.join(dir, `${name}.labels.yaml`), labels);
    return path.join(dir, `${name}.labels.yaml`);
  };

  it('finds the article next to the label file and the quote at its occurrence', () => {
    const file = write('ok', 'Nine countries. Then nine countries again.', 'claims:\n  - { quote: nine countries, occurrence: 1, kind: count, truth: false, rules: [stale-count] }\n');
    const article = loadLabelledArticle(file, dir);
    expect(article.path).toBe('ok.txt');
    expect(article.labels[0]).toMatchObject({ span: { start: 21, end: 35 }, truth: 'false', rules: ['stale-count'], accept: [] });
  });

  it('refuses a quote that is not in the article, one that occurs twice without an occurrence, and a false claim without a rule', () => {
    expect(() => loadLabelledArticle(write('missing', 'Ten countries.', 'claims:\n  - { quote: nine countries, kind: count, truth: true }\n'), dir)).toThrow(
      new LabelError('missing.labels.yaml: claims[0] "nine countries": does not occur in the article'),
    );
    expect(() => loadLabelledArticle(write('twice', 'the five, the five', 'claims:\n  - { quote: the five, kind: count, truth: trap }\n'), dir)).toThrow(
      new LabelError('twice.labels.yaml: claims[0] "the five": occurs 2 times: give `occurrence`'),
    );
    expect(() => loadLabelledArticle(write('norule', 'nine countries', 'claims:\n  - { quote: nine countries, kind: count, truth: false }\n'), dir)).toThrow(/a false claim needs `rules`/);
    expect(() => loadLabelledArticle(write('badrule', 'nine countries', 'claims:\n  - { quote: nine countries, kind: count, truth: false, rules: [no-such-rule] }\n'), dir)).toThrow(/expected a rule id/);
  });

  it('locates an occurrence past the last as an error', () => {
    expect(locate('a b a', 'a', 2)).toEqual({ start: 4, end: 5 });
    expect(locate('a b a', 'a', 3)).toBe('occurrence 3 asked, but it occurs 2 time(s)');
  });
});

describe('error injection', () => {
  let first: MutatedArticle[];
  beforeAll(() => {
    first = injectErrors(corpus.map((e) => e.article), ledgerOf, 7);
  });

  it('is deterministic: the same seed gives byte-identical articles and manifest, another seed other choices', () => {
    const again = injectErrors(corpus.map((e) => e.article), ledgerOf, 7);
    expect(manifest(again, 7)).toBe(manifest(first, 7));
    expect(again.map((m) => m.text)).toEqual(first.map((m) => m.text));
    const other = injectErrors(corpus.map((e) => e.article), ledgerOf, 8);
    expect(manifest(other, 8)).not.toBe(manifest(first, 7).replace('"seed": 7', '"seed": 8'));
  });

  it('uses every operator', () => {
    expect(new Set(first.map((m) => m.mutation.operator))).toEqual(new Set(OPERATORS));
  });

  it('changes the text of every mutated article and records the change: before, after, where, and the rule expected', () => {
    for (const { mutation: m, text, source } of first) {
      const what = `${m.article} ${m.operator} ${m.description}`;
      expect(text, what).not.toBe(source.text);
      expect(m.before, what).not.toBe(m.after);
      expect(source.text.slice(m.replaced.start, m.replaced.end), what).toBe(m.before);
      expect(text.slice(m.replaced.start, m.replaced.start + m.after.length), what).toBe(m.after);
      expect(text.slice(0, m.replaced.start) + m.before + text.slice(m.replaced.start + m.after.length), what).toBe(source.text);
      expect(m.changed.start, what).toBeGreaterThanOrEqual(m.replaced.start);
      expect(m.changed.end, what).toBeLessThanOrEqual(m.replaced.start + m.after.length);
      expect(m.target.end, what).toBeLessThanOrEqual(text.length);
      expect(m.rules.length, what).toBeGreaterThan(0);
    }
  });

  it('plants each error in a claim labelled true', () => {
    for (const { mutation: m, source } of first) {
      const hit = source.labels.filter((l) => l.truth === 'true' && (m.operator === 'stale-superlative' ? l.kind === 'superlative' : l.span.start === m.replaced.start));
      expect(hit.length, `${m.article} ${m.operator}`).toBeGreaterThan(0);
    }
  });

  it('mulberry32 gives the values of the well-known JavaScript one-liner', () => {
    const next = mulberry32(1);
    expect([next(), next(), next()].map((x) => x.toFixed(8))).toEqual(['0.62707394', '0.00273572', '0.52744704']);
  });

  it('writes numbers, ordinals and dates the way the article did', () => {
    expect([numberWord(9), numberWord(21), ordinalWord(3), ordinalWord(22), ordinalDigits(11), ordinalDigits(21), ordinalDigits(13)]).toEqual(['nine', 'twenty-one', 'third', 'twenty-second', '11th', '21st', '13th']);
    const d = findWrittenDate('(Elevated March 10, 2025)')!;
    expect([d.year, d.month, d.day, d.format({ year: 2024, month: 5, day: 10 })]).toEqual([2025, 3, 10, 'May 10, 2024']);
    expect(findWrittenDate('on 1 January 2023')!.format({ year: 2023, month: 2, day: 31 })).toBe('28 February 2023');
    expect(findWrittenDate('Dec. 22, 1992')!.format({ year: 1992, month: 9, day: 22 })).toBe('Sep. 22, 1992');
    expect(findWrittenDate('United Kingdom (October, 2025)')!.format({ year: 2025, month: 7 })).toBe('July, 2025');
    expect(findWrittenDate('in 2016')!.format({ year: 2014 })).toBe('2014');
  });

  it('splits and rebuilds lists, keeping parentheses and the final "and"', () => {
    const shape = splitList('Indonesia (March 10, 2025), Singapore, and Thailand');
    expect(shape.entries).toEqual(['Indonesia (March 10, 2025)', 'Singapore', 'Thailand']);
    expect(joinList(shape, ['Indonesia (March 10, 2025)', 'Thailand'])).toBe('Indonesia (March 10, 2025), and Thailand');
    expect(joinList(splitList('China, Russia and India'), ['China', 'Russia', 'Brazil', 'India'])).toBe('China, Russia, Brazil and India');
    expect(splitList('China (2008)\n- Russia (2012)').entries).toEqual(['China (2008)', '- Russia (2012)']);
  });
});

describe('scoring', () => {
  const label = (quote: string, start: number, truth: ClaimLabel['truth'], rules: string[] = [], kind: ClaimLabel['kind'] = 'count'): ClaimLabel => ({
    quote, span: { start, end: start + quote.length }, kind, truth, rules, accept: [],
  });
  const verdict = (ruleId: string, start: number, end: number, status: VerdictLike['status'] = 'refuted', claimId = 'c1'): VerdictLike => ({ ruleId, status, span: { start, end }, message: 'm', claimId });
  const claim = (id: string, start: number, end: number, kind = 'count'): ClaimLike => ({ id, kind, span: { start, end } });

  // Words:      0         1         2         3         4         5
  //             0123456789012345678901234567890123456789012345678901234
  // "nine countries; fifth partner; six pillars; May 2008; 14 nations"
  const labels = [
    label('nine countries', 0, 'false', ['stale-count', 'count-list-mismatch']),
    label('fifth partner', 16, 'false', ['wrong-ordinal'], 'ordinal'),
    label('six pillars', 31, 'trap'),
    label('May 2008', 44, 'true', [], 'member-date'),
    label('14 nations', 54, 'true'),
  ];

  it('counts hits, false alarms and misses per rule, and turns them into precision, recall and F1', () => {
    const score = scoreArticle(
      labels,
      [claim('c1', 0, 14), claim('c2', 31, 42), claim('c3', 44, 52, 'member-date')],
      [
        verdict('stale-count', 0, 14), // hit
        verdict('stale-count', 0, 14), // the same finding again: not counted twice
        verdict('stale-count', 31, 42, 'refuted', 'c2'), // false alarm on a trap
        verdict('wrong-date', 44, 52, 'refuted', 'c3'), // false alarm on a true claim
        verdict('wrong-date', 44, 52, 'supported', 'c3'),
        verdict('stale-count', 70, 75, 'refuted', 'c9'), // false alarm on unlabelled words
      ],
    );
    expect(Object.fromEntries(score.perRule)).toEqual({
      'stale-count': { tp: 1, fp: 2, fn: 0 },
      'count-list-mismatch': { tp: 0, fp: 0, fn: 1 },
      'wrong-ordinal': { tp: 0, fp: 0, fn: 1 },
      'wrong-date': { tp: 0, fp: 1, fn: 0 },
    });
    expect(score.falseAlarms.map((a) => a.cause)).toEqual(['trap', 'true claim', 'unlabelled words']);
    expect(score.misses.map((m) => [m.label.quote, m.rule, m.engine])).toEqual([
      ['nine countries', 'count-list-mismatch', 'extracted as count; stale-count refuted'],
      ['fifth partner', 'wrong-ordinal', 'not extracted'],
    ]);
    const total = sumCounts(score.perRule);
    expect(total).toEqual({ tp: 1, fp: 3, fn: 2 });
    const r = rates(total);
    expect(r.precision).toBeCloseTo(1 / 4);
    expect(r.recall).toBeCloseTo(1 / 3);
    expect(r.f1).toBeCloseTo((2 * (1 / 4) * (1 / 3)) / (1 / 4 + 1 / 3));
    expect([score.falseClaims, score.falseClaimsCaught]).toEqual([2, 1]);
    expect([score.claimable, score.covered, score.coveredByKind]).toEqual([4, 2, 2]);
    expect([score.traps, score.silentTraps]).toEqual([1, 0]);
    expect([score.trueClaims, score.trueSupported]).toEqual([2, 1]);
    expect(score.uncovered.map((l) => l.quote)).toEqual(['fifth partner', '14 nations']);
  });

  it('counts a refuted list once per labelled claim and rule, however many entries it refutes', () => {
    const score = scoreArticle([label('Laos, Cambodia and Cuba', 0, 'true', [], 'list')], [], [verdict('list-extra-member', 0, 4), verdict('list-extra-member', 6, 14)]);
    expect(score.perRule.get('list-extra-member')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.falseAlarms).toHaveLength(2);
  });

  it('neither credits nor blames a verdict that a false claim accepts, or whose cause is a false claim', () => {
    const accepting = { ...label('eight countries', 0, 'false', ['stale-count']), accept: ['internal-contradiction'] };
    const contradiction: VerdictLike = { ...verdict('internal-contradiction', 20, 25), cause: { span: { start: 0, end: 5 } } };
    const score = scoreArticle([accepting, label('seven', 20, 'true')], [], [verdict('internal-contradiction', 0, 15), contradiction]);
    expect(score.accepted).toBe(2);
    expect(sumCounts(score.perRule)).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(score.falseClaimsCaught).toBe(1);
  });

  it('leaves a rate undefined when nothing was counted, and F1 0 when nothing was right', () => {
    expect(rates({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: undefined, recall: undefined, f1: undefined });
    expect(rates({ tp: 0, fp: 2, fn: 1 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
