/**
 * The real corpus's machinery (bench/accuracy/real/): every label file loads
 * and quotes its article, the corpus is as large and as spread as the issue
 * asks, the split is frozen and large enough, the manifest is current, and
 * the claim-level scorer's arithmetic is right. No test asserts the
 * benchmark's accuracy figures: those live in bench/accuracy/RESULTS.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { labelFiles } from '../../bench/accuracy/corpus.js';
import { knownCollectionIds, REAL_DIR, ROOT } from '../../bench/accuracy/real/corpus.js';
import { loadRealCorpus } from '../../bench/accuracy/real/evaluate.js';
import { loadRealArticle, RealLabelError, type LocatedClaim, type LocatedTrap, type RealArticle } from '../../bench/accuracy/real/labels.js';
import { addArticle, emptyTotals, figures, scoreRealArticle, type FindingLike } from '../../bench/accuracy/real/score.js';
import { assignSplits, readSplits, TEST_SHARE, type Split } from '../../bench/accuracy/real/splits.js';
import { validateLedger } from '../../src/ledger/load.js';

let corpus: { article: RealArticle; split: Split }[];

beforeAll(() => {
  corpus = loadRealCorpus(knownCollectionIds());
});

describe('the real corpus', () => {
  it('holds at least 150 articles over at least 12 collections, 400 labelled claims and 150 traps', () => {
    const folders = new Set(corpus.map((e) => e.article.folder));
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(folders.size).toBeGreaterThanOrEqual(12);
    expect(corpus.reduce((n, e) => n + e.article.claims.length, 0)).toBeGreaterThanOrEqual(400);
    expect(corpus.reduce((n, e) => n + e.article.traps.length, 0)).toBeGreaterThanOrEqual(150);
  });

  it('labels no article about the reserved collections: no Vietnam partnership, NATO or BRICS ledger', () => {
    const labelled = new Set(corpus.flatMap((e) => [...e.article.collections, ...e.article.claims.map((c) => c.collection)]));
    for (const reserved of ['vietnam-csp', 'vietnam-strategic-partnerships', 'vietnam-comprehensive-partnerships', 'nato', 'brics']) expect(labelled.has(reserved), reserved).toBe(false);
    expect(knownCollectionIds().has('nato') || knownCollectionIds().has('brics')).toBe(false);
  });

  it('quotes every claim and trap by words at the span its label gives', () => {
    for (const { article } of corpus) {
      for (const item of [...article.claims, ...article.traps]) {
        expect(article.text.slice(item.span.start, item.span.start + item.quote.length), `${article.labelPath}: ${item.quote}`).toBe(item.quote);
      }
    }
  });

  it('records each article\'s source address, outlet, date and style', () => {
    for (const { article } of corpus) {
      expect(article.source.url, article.labelPath).toMatch(/^https?:\/\//);
      expect(article.source.outlet.length, article.labelPath).toBeGreaterThan(0);
    }
  });

  it('puts every article in a split, and at least 40 % of each collection in test', () => {
    const splits = readSplits();
    const files = labelFiles(path.join(REAL_DIR, 'articles')).map((f) => path.relative(ROOT, f).replace(/\.labels\.yaml$/, ''));
    for (const file of files) expect([...splits.keys()].some((p) => p.startsWith(`${file}.`)), file).toBe(true);
    const byFolder = new Map<string, Split[]>();
    for (const { article, split } of corpus) byFolder.set(article.folder, [...(byFolder.get(article.folder) ?? []), split]);
    for (const [folder, list] of byFolder) expect(list.filter((s) => s === 'test').length / list.length, folder).toBeGreaterThanOrEqual(0.4);
  });

  it('keeps MANIFEST.md current: one row per article with its split', () => {
    const manifest = readFileSync(path.join(REAL_DIR, 'MANIFEST.md'), 'utf8');
    for (const { article, split } of corpus) {
      const row = manifest.split('\n').find((line) => line.includes(`](articles/${article.folder}/${path.posix.basename(article.path)})`));
      expect(row, article.path).toBeDefined();
      expect(row!.split('|').map((c) => c.trim())[4], article.path).toBe(split);
    }
  });

  it('checks the corpus against the default ledger, which is valid', async () => {
    const { problems } = await validateLedger();
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('label files', () => {
  const root = path.join(ROOT, 'tests', 'fixtures', 'real-labels');
  const known = new Set(['euro-area']);

  it('refuses a quote that is not in the article, naming the file and the claim', () => {
    expect(() => loadRealArticle(path.join(root, 'missing-quote.labels.yaml'), ROOT, known)).toThrow(new RealLabelError('tests/fixtures/real-labels/missing-quote.labels.yaml: claims[0] "the 21st member": does not occur in the article'));
  });

  it('refuses a collection the ledger does not have, and a plant outside its claim', () => {
    expect(() => loadRealArticle(path.join(root, 'bad-plant.labels.yaml'), ROOT, known)).toThrow(
      new RealLabelError([
        'tests/fixtures/real-labels/bad-plant.labels.yaml: collection `nato` is not in the ledger',
        'tests/fixtures/real-labels/bad-plant.labels.yaml: claims[0] "the 20th member": plant.replace "19th" is not inside the claim',
      ].join('\n')),
    );
  });

  it('spans a list from its introducer through its last item', () => {
    const article = loadRealArticle(path.join(root, 'good.labels.yaml'), ROOT, known);
    const list = article.claims.find((c) => c.kind === 'list')!;
    expect(article.text.slice(list.span.start, list.span.end)).toBe('the founders were Belgium, France and Germany');
    expect(article.claims[0]!.plant).toEqual({ span: { start: article.text.indexOf('20th'), end: article.text.indexOf('20th') + 4 }, with: '19th', error: 'ordinal-shift' });
  });
});

describe('splits', () => {
  it('fills each folder\'s test share in hash order and never moves an assigned article', () => {
    const paths = Array.from({ length: 10 }, (_, i) => `a/x${i}.md`);
    const first = assignSplits(new Map(), paths);
    expect([...first.values()].filter((s) => s === 'test')).toHaveLength(Math.ceil(TEST_SHARE * 10));
    const grown = assignSplits(first, [...paths, 'a/x10.md', 'a/x11.md']);
    for (const p of paths) expect(grown.get(p)).toBe(first.get(p));
    expect([...grown.values()].filter((s) => s === 'test').length).toBeGreaterThanOrEqual(Math.ceil(TEST_SHARE * 12) - 1);
  });
});

describe('claim-level scoring', () => {
  const span = (start: number, end: number) => ({ start, end });
  const claim = (start: number, end: number, verdict: LocatedClaim['verdict'], kind: LocatedClaim['kind'] = 'count'): LocatedClaim => ({ quote: 'x', span: span(start, end), kind, collection: 'c', date: '2020', verdict, reason: 'r' });
  const trap = (start: number, end: number): LocatedTrap => ({ quote: 't', reason: 'r', span: span(start, end) });
  const finding = (start: number, end: number, ruleId = 'stale-count', extra: Partial<FindingLike> = {}): FindingLike => ({ ruleId, message: 'm', span: span(start, end), ...extra });

  it('counts a hit once per refuted claim, a false alarm once per label, and unlabelled spans one by one', () => {
    const claims = [claim(0, 10, 'refuted'), claim(20, 30, 'supported'), claim(40, 50, 'ambiguous')];
    const score = scoreRealArticle(claims, [trap(60, 70)], [], [
      finding(2, 5), finding(2, 5, 'count-list-mismatch'), // one refuted claim, two rules: one hit
      finding(22, 25), finding(21, 26), // one supported claim: one false alarm
      finding(41, 44), // ambiguous: a false alarm
      finding(61, 62), // a trap
      finding(80, 85), finding(90, 95), // unlabelled: two
    ]);
    expect(score.claims.map((c) => c.caught)).toEqual([true, false, false]);
    expect(score.alarms.map((a) => a.class)).toEqual(['on a supported claim', 'on an ambiguous claim', 'on a trap', 'on unlabelled words', 'on unlabelled words']);
    expect(score.silentTraps).toBe(0);
    expect(score.hitsByRule).toEqual(new Map([['stale-count', 1], ['count-list-mismatch', 1]]));
    const totals = emptyTotals();
    addArticle(totals, score);
    expect(figures(totals)).toMatchObject({ precision: 1 / 6, recall: 1 });
  });

  it('ties a finding to its claim\'s words, and counts the other side of a contradiction only as a hit', () => {
    const claims = [claim(0, 10, 'refuted'), claim(20, 30, 'supported')];
    const byClaim = scoreRealArticle(claims, [], [], [finding(100, 110, 'count-list-mismatch', { claimSpan: span(1, 9) })]);
    expect(byClaim.claims[0]!.caught).toBe(true);
    const byCause = scoreRealArticle(claims, [], [], [finding(22, 28, 'internal-contradiction', { causeSpan: span(2, 4) })]);
    expect(byCause.alarms.map((a) => a.class)).toEqual(['on a supported claim']);
    const redeemed = scoreRealArticle(claims, [], [], [finding(100, 110, 'internal-contradiction', { causeSpan: span(2, 4) })]);
    expect(redeemed.claims[0]!.caught).toBe(true);
  });

  it('classes what the checker did with each claim: reported, supported, unverifiable, read without a verdict, or not read', () => {
    const claims = [claim(0, 10, 'refuted'), claim(20, 30, 'supported'), claim(40, 50, 'supported'), claim(60, 70, 'supported'), claim(80, 90, 'supported')];
    const extracted = [
      { kind: 'count', span: span(20, 25), statuses: ['supported' as const] },
      { kind: 'count', span: span(40, 45), statuses: ['unverifiable' as const] },
      { kind: 'count', span: span(60, 65), statuses: [] },
      { kind: 'as-of', span: span(80, 85), statuses: ['supported' as const] },
    ];
    const score = scoreRealArticle(claims, [], extracted, [finding(0, 4)]);
    expect(score.claims.map((c) => c.outcome)).toEqual(['reported', 'supported', 'unverifiable', 'no verdict', 'not extracted']);
  });
});
