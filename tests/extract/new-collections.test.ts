/**
 * A new collection needs only a ledger file. Two ledgers written for this
 * test — a trade bloc listed in full, and a company's board listed in part,
 * with words of joining of its own — read with sentences written for it, in
 * the wordings the accuracy benchmark found the engine blind to: verbs of
 * joining other than "join", "since" phrases, ranks written as term + noun,
 * forecasts, partial lists and lists of non-members, counts dated by their
 * event or in the past tense, additions, denials, coordinated nouns, an inline
 * wire dateline and a weekday. Every message is pinned.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkArticle, type FileResult } from '../../src/check.js';
import { buildLexicon, type Lexicon } from '../../src/extract/index.js';
import { describeClaim } from '../../src/extract/describe.js';
import { loadLedger } from '../../src/ledger/load.js';
import { reporters } from '../../src/report/index.js';
import { expectWellFormed } from '../helpers.js';

const COMPACT = [
  ['norway', 'Norway', '1994-03-01'],
  ['iceland', 'Iceland', '1994-03-01'],
  ['finland', 'Finland', '1996-05-15'],
  ['estonia', 'Estonia', '2004-09-01'],
  ['latvia', 'Latvia', '2004-09-01'],
  ['lithuania', 'Lithuania', '2011-01-01'],
  ['ireland', 'Ireland', '2019-07-01'],
] as const;
const BOARD = [
  ['ana-silva', 'Ana Silva', '2015-04-01'],
  ['ben-okafor', 'Ben Okafor', '2018-06-12'],
  ['chen-wei', 'Chen Wei', '2021-02-01'],
] as const;

/** A folder with a trade bloc listed in full and a board listed in part; `joining` gives the board its own words of joining. */
function writeLedger(joining: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-generality-'));
  writeFileSync(path.join(dir, 'compact.yaml'), [
    'version: 1',
    'entities:',
    ...COMPACT.map(([id, name]) => `  ${id}: { name: ${name}, type: country }`),
    '  denmark: { name: Denmark, type: country }',
    '  sweden: { name: Sweden, type: country }',
    'collections:',
    '  - id: grain-compact',
    '    title: Members of the Northern Grain Compact',
    '    complete: true',
    '    terms: [Northern Grain Compact, grain compact, NGC]',
    '    units: { member: {}, country: { type: country } }',
    '    members:',
    ...COMPACT.map(([id, , since]) => `      - { entity: ${id}, since: ${since}, sources: [https://example.org/ngc/${id}] }`),
  ].join('\n'));
  writeFileSync(path.join(dir, 'board.yaml'), [
    'version: 1',
    'entities:',
    '  harbor-bank: { name: Harbor Bank, type: organization }',
    ...BOARD.map(([id, name]) => `  ${id}: { name: ${name}, type: person }`),
    'collections:',
    '  - id: harbor-board',
    "    title: Harbor Bank's board of directors",
    '    subject: harbor-bank',
    '    complete: false',
    '    terms: [board of directors, board]',
    '    units: { director: { type: person } }',
    ...(joining ? ['    joining: [appointed, elected]'] : []),
    '    members:',
    ...BOARD.map(([id, , since]) => `      - { entity: ${id}, since: ${since}, sources: [https://example.org/board/${id}] }`),
  ].join('\n'));
  return dir;
}

const lexicon = loadLedger(writeLedger(true)).then(buildLexicon);
const withoutJoiningWords = loadLedger(writeLedger(false)).then(buildLexicon);

async function check(article: string, with_: Promise<Lexicon> = lexicon): Promise<FileResult> {
  const result = await checkArticle(article.startsWith('---\n') ? 'a.md' : 'a.txt', article, await with_);
  expectWellFormed(result);
  return result;
}

const dated = (date: string, body: string) => `---\ndate: ${date}\n---\n\n${body}\n`;

/** [kind, words, what was read] of every claim. */
async function claims(article: string, with_?: Promise<Lexicon>): Promise<[string, string, string][]> {
  return (await check(article, with_)).claims.map((c) => [c.kind, c.text, describeClaim(c)]);
}

/** [rule, status, words, message] of every verdict but the fallback. */
async function verdicts(article: string, with_?: Promise<Lexicon>): Promise<[string, string, string, string][]> {
  const result = await check(article, with_);
  return result.verdicts
    .filter((v) => v.ruleId !== 'no-rule')
    .map((v) => [v.ruleId, v.status, result.article!.text.slice(v.span.start, v.span.end), v.message]);
}

describe('words of joining, general and the ledger\'s own', () => {
  it.each<[string, string, [string, string, string][]]>([
    ['entered', 'Estonia entered the Northern Grain Compact in 2005.', [['member-date', '2005', 'estonia since 2005']]],
    ['acceded to', 'Lithuania acceded to the grain compact in January 2011.', [['member-date', 'January 2011', 'lithuania since 2011-01']]],
    ['was admitted', 'Ireland was admitted to the NGC in July 2019.', [['member-date', 'July 2019', 'ireland since 2019-07']]],
    ['became a member', 'Iceland became a member of the Northern Grain Compact in 1994.', [['member-date', '1994', 'iceland since 1994']]],
    [
      'two members joining together',
      'Latvia and Estonia signed up to the grain compact together in September 2004.',
      [['member-date', 'September 2004', 'latvia since 2004-09'], ['member-date', 'September 2004', 'estonia since 2004-09']],
    ],
    [
      'an enumeration after one word of joining',
      'Finland joined the NGC in 1996, Estonia and Latvia in 2004, and Ireland in 2019.',
      [['member-date', '1996', 'finland since 1996'], ['member-date', '2004', 'estonia since 2004'], ['member-date', '2004', 'latvia since 2004'], ['member-date', '2019', 'ireland since 2019']],
    ],
    ['a member "since"', 'Norway has been a member of the Northern Grain Compact since 1995.', [['member-date', '1995', 'norway since 1995']]],
    ['the member next to the date, not the one before the verb', 'Finland joined the grain compact long ago, and Ireland in 2019.', [['member-date', '2019', 'ireland since 2019']]],
    ['a date that belongs to another object', 'Estonia, which entered NATO in 2004, is a founding-era partner of the grain compact.', []],
    ['a date after another verb\'s object', 'Sweden pegged its tariffs to the Northern Grain Compact since 2001.', []],
    ['the ledger\'s own word for the board', 'Chen Wei was appointed to the board of directors in February 2021.', [['member-date', 'February 2021', 'chen-wei since 2021-02']]],
    ['a board\'s word joins no trade bloc', 'Estonia appointed an envoy to the Northern Grain Compact in 2010.', []],
  ])('%s', async (_, sentence, expected) => {
    expect((await claims(dated('2024-05-02', sentence))).filter(([kind]) => kind === 'member-date')).toEqual(expected);
  });

  it('"the two countries" and "the bloc" refer to the member the article names most', async () => {
    const article = dated('2024-05-02', 'Ireland and the compact signed a new grain deal. Ireland will host the next summit.\n\nThe two countries joined the Northern Grain Compact in 2019, weeks after Lithuania hosted talks.');
    expect((await claims(article)).filter(([kind]) => kind === 'member-date')).toEqual([['member-date', '2019', 'ireland since 2019']]);
    const result = await check(article);
    const claim = result.claims.find((c) => c.kind === 'member-date')!;
    expect(result.article!.text.slice((claim as { entitySpan: { start: number; end: number } }).entitySpan.start, (claim as { entitySpan: { end: number } }).entitySpan.end)).toBe('The two countries');
  });

  it('judges what it reads: a wrong year refuted, a right one verified', async () => {
    expect(await verdicts(dated('2024-05-02', "Estonia entered the Northern Grain Compact in 2005. Ben Okafor was elected to Harbor Bank's board in 2017."))).toEqual([
      ['wrong-date', 'refuted', '2005', '`2005` for `Estonia` contradicts the ledger, which dates its `grain-compact` membership 2004-09-01'],
      ['wrong-date', 'refuted', '2017', '`2017` for `Ben Okafor` contradicts the ledger, which dates its `harbor-board` membership 2018-06-12'],
    ]);
  });

  it('reads no joining in words the ledger does not give: without `joining`, "appointed" is not read', async () => {
    expect(await claims(dated('2024-05-02', 'Chen Wei was appointed to the board of directors in February 2021.'), withoutJoiningWords)).toEqual([]);
  });
});

describe('the paragraph\'s collection, and how long a membership has lasted', () => {
  it('reads a joining in a sentence that names no collection, after one that does', async () => {
    const article = dated('2024-05-02', 'The Northern Grain Compact has seven members. Ireland joined in 2018, and its farmers cheered. Sweden became an observer in 2020.');
    expect((await claims(article)).filter(([kind]) => kind === 'member-date')).toEqual([['member-date', '2018', 'ireland since 2018']]);
    expect((await verdicts(article)).filter(([rule]) => rule === 'wrong-date')).toEqual([
      ['wrong-date', 'refuted', '2018', '`2018` for `Ireland` contradicts the ledger, which dates its `grain-compact` membership 2019-07-01'],
    ]);
  });

  it.each<[string, string, [string, string, string, string][]]>([
    [
      '"has been a member of … for N years"',
      'Finland has been a member of the Northern Grain Compact for 28 years.',
      [['duration', 'supported', '28 years', '`28 years` for `Finland` as of 2024-05-02 (front-matter): the ledger has `28.0 years` since 1996-05-15']],
    ],
    [
      'a wrong span "in the grain compact for N years"',
      'Lithuania has been in the grain compact for nearly 20 years.',
      [['duration', 'refuted', 'nearly 20 years', '`nearly 20 years` for `Lithuania` as of 2024-05-02 (front-matter), but the ledger has `13.3 years` since 2011-01-01']],
    ],
    ['a span to come is no duration', 'Ireland will stay in the Northern Grain Compact for 10 years.', []],
  ])('%s', async (_, sentence, expected) => {
    expect((await verdicts(dated('2024-05-02', sentence))).filter(([rule]) => rule === 'duration')).toEqual(expected);
  });
});

describe('ranks', () => {
  it.each<[string, string, [string, string, string, string][]]>([
    [
      'a rank written as term + noun',
      'Ireland became the seventh grain compact member in 2019.',
      [['wrong-ordinal', 'supported', 'seventh grain compact member', '`seventh grain compact member` for `Ireland`: the ledger makes it number `7` in `grain-compact`']],
    ],
    [
      'a wrong rank written as acronym + noun',
      'Lithuania became the fifth NGC country.',
      [['wrong-ordinal', 'refuted', 'fifth NGC country', '`fifth NGC country` for `Lithuania`, but the ledger makes it number `6` in `grain-compact`, joining on 2011-01-01']],
    ],
    [
      '"first" narrowed by words the ledger has no group for',
      'Ireland was the first English-speaking member of the Northern Grain Compact.',
      [['wrong-ordinal', 'unverifiable', 'first English-speaking member', 'the ledger has no group for `English-speaking`, so `first English-speaking member` cannot be checked']],
    ],
    [
      'a rank in a collection the ledger lists in part',
      'Chen Wei became the board\'s third director.',
      [['wrong-ordinal', 'unverifiable', 'third director', '`third director` for `Chen Wei` cannot be checked: the ledger\'s `harbor-board` does not list every member']],
    ],
    ['a forecast: "is expected to become"', 'Denmark is expected to become the eighth member of the Northern Grain Compact.', []],
  ])('%s', async (_, sentence, expected) => {
    expect((await verdicts(dated('2024-05-02', sentence))).filter(([rule]) => rule === 'wrong-ordinal')).toEqual(expected);
  });

  it('a superlative in a collection listed in part is never confirmed', async () => {
    expect(await verdicts(dated('2024-05-02', 'Chen Wei is the newest director on the board.'))).toEqual([
      ['stale-superlative', 'unverifiable', 'newest director', '`newest director` cannot be confirmed: the ledger\'s `harbor-board` does not list every member'],
    ]);
  });
});

describe('forecasts are not facts', () => {
  it.each([
    'Sweden is likely to join the Northern Grain Compact in 2027.',
    'Denmark is due to join the grain compact on 1 January 2027.',
    'The Northern Grain Compact has nine members, the 2018 projection says.',
    'According to the ministry\'s forecast, the NGC counts nine members.',
  ])('%s', async (sentence) => {
    expect(await claims(dated('2024-05-02', sentence))).toEqual([]);
  });
});

describe('an application is a step, not joining', () => {
  it('reads "applied to join … in 2021" as an application dated 2021, and no joining', async () => {
    expect(await claims(dated('2024-05-02', 'Sweden applied to join the Northern Grain Compact in 2021.'))).toEqual([
      ['status', 'Sweden applied to join the Northern Grain Compact in 2021', 'sweden applied in 2021'],
    ]);
  });
});

describe('a forecast covers its own clause only', () => {
  it('"will join …, and the grain compact\'s seven members agreed" asserts the seven', async () => {
    expect(await verdicts(dated('2024-05-02', "Denmark will join the grain compact in 2027, and the grain compact's seven members agreed to it."))).toEqual([
      ['stale-count', 'supported', 'seven members', '`seven` members, in the past tense with no date: the ledger had 7 since 2019-07-01'],
    ]);
  });
});

describe('what a list frames', () => {
  it('a part of the members, "two of the grain compact\'s seven", is a partial list', async () => {
    const result = await check(dated('2024-05-02', 'Two of the grain compact\'s seven members border Russia:\n\n- Estonia\n- Latvia'));
    expect(result.claims.map((c) => [c.kind, describeClaim(c)])).toEqual([['count', '7 member'], ['list', 'partial, 2 entries: estonia, latvia']]);
    expect(result.verdicts.filter((v) => v.status === 'refuted')).toEqual([]);
  });

  it('the earliest members are a partial list', async () => {
    const result = await check(dated('2024-05-02', 'The three earliest members of the Northern Grain Compact were Norway, Iceland and Finland.'));
    expect(result.claims.map((c) => [c.kind, describeClaim(c)])).toEqual([['list', 'partial, 3 entries: norway, iceland, finland']]);
    expect(result.verdicts.filter((v) => v.status === 'refuted')).toEqual([]);
  });

  it('a list of non-members is no list of members, and its count no count of them', async () => {
    expect(await claims(dated('2024-05-02', 'Two Nordic countries remain outside the Northern Grain Compact: Denmark and Sweden.'))).toEqual([]);
    expect(await claims(dated('2024-05-02', 'Two countries have not joined the grain compact: Denmark and Sweden.'))).toEqual([]);
  });
});

describe('the date a count speaks for', () => {
  it.each<[string, string, [string, string, string][]]>([
    [
      'dated by its event',
      'Two countries founded the Northern Grain Compact on 1 March 1994.',
      [['stale-count', 'supported', '`Two` countries as of 1994-03-01 (explicit): the ledger has `2` countries']],
    ],
    [
      'dated by its event, and wrong then',
      'Three countries founded the Northern Grain Compact on 1 March 1994.',
      [['stale-count', 'refuted', '`Three` countries as of 1994-03-01 (explicit): the ledger has `2` countries at that date; Three was true from 1996-05-15 to 2004-08-31']],
    ],
    [
      'in the past tense with no date',
      'For eight years, the Northern Grain Compact had three members.',
      [['stale-count', 'supported', '`three` members, in the past tense with no date: the ledger had 3 from 1996-05-15 to 2004-08-31']],
    ],
    [
      'in the past tense, a count it never had',
      'For a while, the grain compact had four members.',
      [['stale-count', 'refuted', '`four` members, in the past tense with no date, but the ledger never had four up to 2024-05-02 (front-matter)']],
    ],
    [
      'reported speech keeps the article\'s date',
      'Officials said the grain compact had six members.',
      [['stale-count', 'refuted', '`six` members as of 2024-05-02 (front-matter): the ledger has `7` members at that date; six was true from 2011-01-01 to 2019-06-30']],
    ],
    [
      'two kinds of member that are every kind it has',
      'The Northern Grain Compact groups seven countries and territories.',
      [['stale-count', 'supported', '`seven` countries and territories as of 2024-05-02 (front-matter): the ledger has `7` countries and territories']],
    ],
    ['an addition is no total', 'The Riga summit added two members to the Northern Grain Compact.', []],
    ['a denied number is no total', 'The Northern Grain Compact has not nine members, as some maps show.', []],
    ['founding members are not all members', 'The Northern Grain Compact\'s two founding members were Norway and Iceland.', []],
  ])('%s', async (_, sentence, expected) => {
    const rows = (await verdicts(dated('2024-05-02', sentence))).filter(([rule]) => rule === 'stale-count');
    expect(rows.map(([rule, status, , message]) => [rule, status, message])).toEqual(expected);
  });

  it('a past-tense count contradicts no present one', async () => {
    const result = await check(dated('2024-05-02', 'The grain compact has seven members. For years, it had five members.'));
    expect(result.verdicts.filter((v) => v.ruleId === 'internal-contradiction')).toEqual([]);
  });
});

describe('wire datelines', () => {
  it('a dateline that opens the first paragraph dates the article', async () => {
    const result = await check('OSLO, March 3, 2020 (NTB) - The Northern Grain Compact now has seven members.\n');
    expect(result.article?.date).toMatchObject({ date: { year: 2020, month: 3, day: 3 }, source: 'dateline' });
    expect(result.verdicts.map((v) => [v.status, v.message])).toEqual([['supported', '`seven` members as of 2020-03-03 (dateline): the ledger has `7` members']]);
  });

  it('a weekday is read against the dateline', async () => {
    const result = await check('TALLINN, Sept 3, 2004 (BNS) - Latvia joined the Northern Grain Compact on Wednesday.\n');
    expect(result.claims.map((c) => [c.text, describeClaim(c)])).toEqual([['on Wednesday', 'latvia since 2004-09-01']]);
    expect(result.verdicts.map((v) => v.status)).toEqual(['supported']);
  });
});

describe('an article about both collections', () => {
  it('reads "the newest member" as the title\'s collection, not one that counts no members', async () => {
    const article = [
      '---',
      'title: "Grain pact at 30: how the Northern Grain Compact grew"',
      'date: 2024-03-01',
      '---',
      '',
      'The Northern Grain Compact has seven members.',
      '',
      'Ireland, the newest member, came in 2019 after a decade of talks.',
      '',
      'Harbor Bank, the lender, reshuffled its board on Monday. Chen Wei was appointed to the board in February 2021; Ana Silva has chaired it since 2015.',
      '',
    ].join('\n');
    expect(await claims(article)).toEqual([
      ['count', 'seven members', '7 member'],
      ['superlative', 'newest member', 'ireland is the newest'],
      ['member-date', 'February 2021', 'chen-wei since 2021-02'],
    ]);
    expect((await check(article)).verdicts.filter((v) => v.status === 'refuted')).toEqual([]);
  });
});

describe('the json format', () => {
  it('carries `past` on counts and lists and `qualifier` on ranks, as schema/report.schema.json allows', async () => {
    const article = dated('2024-05-02', 'For eight years, the Northern Grain Compact had three members: Norway, Iceland and Finland.\n\nIreland was the first English-speaking member of the Northern Grain Compact.');
    const result = await check(article);
    const ledger = (await lexicon).ledger;
    const document = JSON.parse(reporters.json({ files: [result], problems: [] }, { cwd: process.cwd(), color: false, version: '0.0.0-test', ledger }));
    const claims = document.files[0].claims as { kind: string; past?: boolean; qualifier?: string }[];
    expect(claims.map((c) => [c.kind, c.past ?? c.qualifier])).toEqual([['count', true], ['list', true], ['ordinal', 'English-speaking']]);
    const ajv = new Ajv2020({ allErrors: true });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schema/report.schema.json', 'utf8')));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });
});
