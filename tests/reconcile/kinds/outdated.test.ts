/**
 * outdated-since-publication: claims stated in the present tense, re-judged at
 * a later --as-of date. Facts (shared/ledger-facts.md): the UK became
 * Vietnam's 14th comprehensive strategic partner on 2025-10-29 and the EU its
 * 15th on 2026-01-29 (an organisation: the countries stay 14). A second
 * collection, BRICS, lives in a ledger written for the test, so nothing here
 * depends on Vietnam.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArticle, type FileResult } from '../../../src/check.js';
import { buildLexicon, type Lexicon } from '../../../src/extract/index.js';
import { loadLedger } from '../../../src/ledger/load.js';
import { parsePartialDate } from '../../../src/time/partial-date.js';
import { expectWellFormed, realLedger } from '../../helpers.js';
import { dated, fileFor } from './kind-cases.js';

const RULE = 'outdated-since-publication';
const TODAY = '2026-11-23';

/** The article checked with `--as-of at`, which re-judges its present-tense claims there. */
async function recheck(article: string, { at = TODAY, lexicon }: { at?: string; lexicon?: Lexicon } = {}): Promise<FileResult> {
  const date = parsePartialDate(at);
  const result = await checkArticle(fileFor(article), article, lexicon ?? (await realLedger()).lexicon, { asOf: date, recheckAt: date });
  expectWellFormed(result);
  return result;
}

/** [status, message, suggestion] of the rule's verdicts, in text order. */
function outdated(result: FileResult): [string, string, string | undefined][] {
  return result.verdicts
    .filter((v) => v.ruleId === RULE)
    .sort((a, b) => a.span.start - b.span.start)
    .map((v) => [v.status, v.message, v.suggestion]);
}

type Row = [name: string, article: string, verdicts: [string, string, string | undefined][]];

const EU_JOINED = '`European Union` joined on 2026-01-29';

const rows: Row[] = [
  [
    'a present-tense count, one partner short since the EU joined',
    dated('2025-11-05', 'Vietnam now has 14 comprehensive strategic partners.'),
    [['refuted', `\`14\` comprehensive strategic partners was true as of 2025-11-05 (front-matter), but on 2026-11-23 the ledger has \`15\` comprehensive strategic partners: ${EU_JOINED}`, '15 comprehensive strategic partners']],
  ],
  [
    'present perfect: "has established … with 14 partners"',
    dated('2025-11-05', 'Vietnam has established comprehensive strategic partnerships with 14 partners.'),
    [['refuted', `\`14\` partners was true as of 2025-11-05 (front-matter), but on 2026-11-23 the ledger has \`15\` partners: ${EU_JOINED}`, '15 partners']],
  ],
  [
    'a dateline dates the article, not the sentence',
    'Nov 5, 2025 / 10:00\nVietnam has 14 comprehensive strategic partners.',
    [['refuted', `\`14\` comprehensive strategic partners was true as of 2025-11-05 (dateline), but on 2026-11-23 the ledger has \`15\` comprehensive strategic partners: ${EU_JOINED}`, '15 comprehensive strategic partners']],
  ],
  [
    '"to date" with no verb of having',
    dated('2025-11-05', 'With 14 comprehensive strategic partners to date, Vietnam looks beyond Asia.'),
    [['refuted', `\`14\` comprehensive strategic partners was true as of 2025-11-05 (front-matter), but on 2026-11-23 the ledger has \`15\` comprehensive strategic partners: ${EU_JOINED}`, '15 comprehensive strategic partners']],
  ],
  [
    '"currently"',
    dated('2025-11-05', 'Vietnam currently counts 14 comprehensive strategic partners.'),
    [['refuted', `\`14\` comprehensive strategic partners was true as of 2025-11-05 (front-matter), but on 2026-11-23 the ledger has \`15\` comprehensive strategic partners: ${EU_JOINED}`, '15 comprehensive strategic partners']],
  ],
  [
    'countries still 14: the EU is not a country',
    dated('2025-11-05', 'Vietnam has comprehensive strategic partnerships with 14 countries.'),
    [['supported', '`14` countries as of 2025-11-05 (front-matter) still holds on 2026-11-23: the ledger has `14` countries', undefined]],
  ],
  [
    'a hedged count that still holds: "more than 12"',
    dated('2025-11-05', 'Vietnam has more than 12 comprehensive strategic partners.'),
    [['supported', '`more than 12` comprehensive strategic partners as of 2025-11-05 (front-matter) still holds on 2026-11-23: the ledger has `15` comprehensive strategic partners', undefined]],
  ],
  [
    'a hedged count that no longer holds: "nearly 15" once there are 15',
    dated('2025-11-05', 'Vietnam has nearly 15 comprehensive strategic partners.'),
    [['refuted', `\`nearly 15\` comprehensive strategic partners was true as of 2025-11-05 (front-matter), but on 2026-11-23 the ledger has \`15\` comprehensive strategic partners: ${EU_JOINED}`, '15 comprehensive strategic partners']],
  ],
  [
    'past tense is history and stays true',
    dated('2025-11-05', 'By then Vietnam had 14 comprehensive strategic partners.'),
    [],
  ],
  [
    'an explicit date in the sentence: "As of November 2025"',
    dated('2025-11-05', 'As of November 2025, Vietnam has 14 comprehensive strategic partners.'),
    [],
  ],
  [
    'a quotation: the speaker\'s words at the time',
    dated('2025-11-05', 'The minister said: “Vietnam now has 14 comprehensive strategic partners.”'),
    [],
  ],
  [
    'already wrong at its own date: stale-count reports it, this rule does not again',
    dated('2025-11-05', 'Vietnam now has 12 comprehensive strategic partners.'),
    [],
  ],
  [
    'a title that names its own date, "(Nov 2025)"; the body below it is re-judged',
    'Vietnam\'s 14 Comprehensive Strategic Partnerships (Nov 2025)\nVietnam now has 14 comprehensive strategic partners.',
    [['refuted', `\`14\` comprehensive strategic partners was true as of 2025-11 (title), but on 2026-11-23 the ledger has \`15\` comprehensive strategic partners: ${EU_JOINED}`, '15 comprehensive strategic partners']],
  ],
  [
    'an undated article is judged at --as-of by stale-count, not re-judged',
    'Vietnam has 14 comprehensive strategic partners.',
    [],
  ],
  [
    '"the newest partner", overtaken by the EU',
    dated('2025-11-05', 'The United Kingdom is the newest comprehensive strategic partner of Vietnam.'),
    [['refuted', '`newest comprehensive strategic partner` for `United Kingdom` was true as of 2025-11-05 (front-matter), but `European Union` joined `vietnam-csp` after it, on 2026-01-29', undefined]],
  ],
  [
    '"the newest partner" overtaken five times names them all',
    dated('2025-02-27', 'New Zealand is the newest comprehensive strategic partner of Vietnam.'),
    [['refuted', '`newest comprehensive strategic partner` for `New Zealand` was true as of 2025-02-27 (front-matter), but by 2026-11-23 `Indonesia`, `Singapore`, `Thailand`, `United Kingdom` and `European Union` had joined `vietnam-csp` after it, the latest on 2026-01-29', undefined]],
  ],
  [
    '"became the newest partner": past tense',
    dated('2025-11-05', 'The United Kingdom became the newest comprehensive strategic partner of Vietnam.'),
    [],
  ],
  [
    '"the newest partner" that still is',
    dated('2026-02-01', 'The European Union is the newest comprehensive strategic partner of Vietnam.'),
    [['supported', '`newest comprehensive strategic partner` for `European Union` as of 2026-02-01 (front-matter) still holds on 2026-11-23: no member joined `vietnam-csp` after it', undefined]],
  ],
  [
    '"the only ASEAN country", no longer alone',
    dated('2025-01-15', 'Malaysia is the only ASEAN country with a comprehensive strategic partnership with Vietnam.'),
    [['refuted', '`only ASEAN country` for `Malaysia` was true as of 2025-01-15 (front-matter), but by 2026-11-23 `Indonesia`, `Singapore` and `Thailand` of `asean` had joined `vietnam-csp` too', undefined]],
  ],
  [
    'a complete list of partners in the present tense leaves out the EU now',
    dated('2025-11-05', 'Vietnam has comprehensive strategic partnerships with the following 14 partners: China, Russia, India, South Korea, the United States, Japan, Australia, France, Malaysia, New Zealand, Indonesia, Singapore, Thailand and the United Kingdom.'),
    [
      ['refuted', `\`14\` partners was true as of 2025-11-05 (front-matter), but on 2026-11-23 the ledger has \`15\` partners: ${EU_JOINED}`, '15 partners'],
      ['refuted', 'the list named every member of `vietnam-csp` as of 2025-11-05 (front-matter), but on 2026-11-23 it leaves out `European Union` (joined 2026-01-29)', undefined],
    ],
  ],
  [
    'a complete list of 14 countries needs no organisation',
    dated('2025-11-05', 'Vietnam has comprehensive strategic partnerships with the following 14 countries: China, Russia, India, South Korea, the United States, Japan, Australia, France, Malaysia, New Zealand, Indonesia, Singapore, Thailand and the United Kingdom.'),
    [
      ['supported', '`14` countries as of 2025-11-05 (front-matter) still holds on 2026-11-23: the ledger has `14` countries', undefined],
      ['supported', 'the list as of 2025-11-05 (front-matter) still holds on 2026-11-23: no member it names has left and none has joined', undefined],
    ],
  ],
  [
    'a partial list whose members have since moved up a tier',
    dated('2023-06-01', 'Vietnam’s strategic partners include Australia, Malaysia and Singapore.'),
    [
      ['refuted', '`Australia` was a member of `vietnam-strategic-partnership` as of 2023-06-01 (front-matter), but by 2026-11-23 it had left: it moved up to `vietnam-csp` on 2024-03-07', undefined],
      ['refuted', '`Malaysia` was a member of `vietnam-strategic-partnership` as of 2023-06-01 (front-matter), but by 2026-11-23 it had left: it moved up to `vietnam-csp` on 2024-11-21', undefined],
      ['refuted', '`Singapore` was a member of `vietnam-strategic-partnership` as of 2023-06-01 (front-matter), but by 2026-11-23 it had left: it moved up to `vietnam-csp` on 2025-03-12', undefined],
    ],
  ],
];

describe('outdated-since-publication at 2026-11-23', () => {
  it.each(rows)('%s', async (_, article, expected) => {
    expect(outdated(await recheck(article))).toEqual(expected);
  });
});

describe('when the rule re-judges', () => {
  const article = dated('2025-11-05', 'Vietnam now has 14 comprehensive strategic partners.');

  it('never without --as-of', async () => {
    const { lexicon } = await realLedger();
    const result = await checkArticle('a.md', article, lexicon);
    expect(outdated(result)).toEqual([]);
  });

  it('only at a date after the claim\'s own (the same month is not later than 2025-11-05)', async () => {
    expect(outdated(await recheck(article, { at: '2025-11' }))).toEqual([]);
    expect(outdated(await recheck(article, { at: '2025-12-31' }))).toEqual([
      ['supported', '`14` comprehensive strategic partners as of 2025-11-05 (front-matter) still holds on 2025-12-31: the ledger has `14` comprehensive strategic partners', undefined],
    ]);
  });

  it('is a warning, not an error', async () => {
    const result = await recheck(article);
    expect(result.findings.map((f) => [f.verdict.ruleId, f.severity])).toEqual([[RULE, 'warning']]);
  });
});

describe('a second collection, in a ledger written for the test', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-brics-'));
  const members = [
    ['brazil', 'Brazil', '2009-06-16'], ['russia', 'Russia', '2009-06-16'], ['india', 'India', '2009-06-16'], ['china', 'China', '2009-06-16'],
    ['south-africa', 'South Africa', '2010-12-24'], ['egypt', 'Egypt', '2024-01-01'], ['ethiopia', 'Ethiopia', '2024-01-01'], ['iran', 'Iran', '2024-01-01'],
    ['united-arab-emirates', 'United Arab Emirates', '2024-01-01'], ['indonesia', 'Indonesia', '2025-01-06'],
  ];
  writeFileSync(path.join(dir, 'brics.yaml'), [
    'version: 1',
    'entities:',
    ...members.map(([id, name]) => `  ${id}: { name: ${name}, type: country${id === 'united-arab-emirates' ? ', aliases: [UAE]' : ''} }`),
    'collections:',
    '  - id: brics',
    '    title: Members of BRICS',
    '    complete: true',
    '    terms: [BRICS]',
    '    units: { member: {}, country: { type: country } }',
    '    members:',
    ...members.map(([id, , since]) => `      - { entity: ${id}, since: ${since}, sources: [https://example.org/brics/${id}] }`),
  ].join('\n'));
  const lexicon = loadLedger(dir).then(buildLexicon);

  it.each<Row>([
    [
      'a count of members',
      dated('2024-06-01', 'BRICS now has nine members.'),
      [['refuted', '`nine` members was true as of 2024-06-01 (front-matter), but on 2026-11-23 the ledger has `10` members: `Indonesia` joined on 2025-01-06', 'ten members']],
    ],
    ['the same count in the past tense', dated('2024-06-01', 'BRICS had nine members at its 2024 summit.'), []],
    [
      'a complete list',
      dated('2024-06-01', 'BRICS has nine members: Brazil, Russia, India, China, South Africa, Egypt, Ethiopia, Iran and the UAE.'),
      [
        ['refuted', '`nine` members was true as of 2024-06-01 (front-matter), but on 2026-11-23 the ledger has `10` members: `Indonesia` joined on 2025-01-06', 'ten members'],
        ['refuted', 'the list named every member of `brics` as of 2024-06-01 (front-matter), but on 2026-11-23 it leaves out `Indonesia` (joined 2025-01-06)', undefined],
      ],
    ],
    [
      'the newest member, still',
      dated('2025-02-01', 'Indonesia is the newest member of BRICS.'),
      [['supported', '`newest member` for `Indonesia` as of 2025-02-01 (front-matter) still holds on 2026-11-23: no member joined `brics` after it', undefined]],
    ],
  ])('%s', async (_, article, expected) => {
    expect(outdated(await recheck(article, { lexicon: await lexicon }))).toEqual(expected);
  });
});

describe('the sample articles at 2026-11-23 (the done-when of issue 6)', () => {
  const sources = path.resolve(import.meta.dirname, '../../../sources');
  const read = (name: string) => readFileSync(path.join(sources, name), 'utf8');

  it('lists the evergreen claims the EU\'s upgrade made stale, and nothing else', async () => {
    const found: [string, string, string][] = [];
    for (const name of ['2025-02-27-hanoi-times-diplomacy-through-csp.txt', '2025-10-elite-diplomatic-sphere-14-csps.txt', '2025-11-csp-investment-outlook.txt', 'undated-diplomatic-mark-csp-timeline.txt']) {
      const result = await recheck(read(name));
      for (const v of result.verdicts.filter((v) => v.ruleId === RULE && v.status === 'refuted')) found.push([name, result.article!.text.slice(v.span.start, v.span.end), v.message]);
    }
    expect(found).toEqual([
      ['2025-02-27-hanoi-times-diplomacy-through-csp.txt', 'newest partner', '`newest partner` for `New Zealand` was true as of 2025-02-27 (dateline), but by 2026-11-23 `Indonesia`, `Singapore`, `Thailand`, `United Kingdom` and `European Union` had joined `vietnam-csp` after it, the latest on 2026-01-29'],
      ['2025-10-elite-diplomatic-sphere-14-csps.txt', '14 Comprehensive Strategic Partnerships', `\`14\` Comprehensive Strategic Partnerships was true as of 2025-10 (title), but on 2026-11-23 the ledger has \`15\` Comprehensive Strategic Partnerships: ${EU_JOINED}`],
    ]);
  });

  it('keeps "As of November 2025 … 14 countries" verified and does not re-judge it', async () => {
    const result = await recheck(read('2025-11-csp-investment-outlook.txt'));
    const claim = result.claims.find((c) => c.kind === 'count' && c.text === '14 countries')!;
    expect(claim.asOf?.source).toBe('explicit');
    expect(result.verdicts.filter((v) => v.claimId === claim.id).map((v) => [v.ruleId, v.status])).toEqual([['stale-count', 'supported']]);
  });

  it('leaves the titles dated "(Oct 2025)" and the past-tense "FORGED THROUGH 14 …" alone', async () => {
    const result = await recheck(read('2025-10-elite-diplomatic-sphere-14-csps.txt'));
    const fourteens = result.claims.filter((c) => c.kind === 'count' && /^14 /.test(c.text));
    expect(fourteens.map((c) => [c.text, c.asOf?.source, c.presentTense])).toEqual([
      ['14 Comprehensive Strategic Partnerships', 'title', false],
      ['14 COMPREHENSIVE STRATEGIC PARTNERSHIPS', 'title', false],
      ['14 Comprehensive Strategic Partnerships', 'title', true],
    ]);
  });

  it('does not report "nine countries" again: stale-count already refutes it at 2025-02-27', async () => {
    const result = await recheck(read('2025-02-27-hanoi-times-diplomacy-through-csp.txt'));
    const nine = result.claims.find((c) => c.text === 'nine countries')!;
    expect(result.verdicts.filter((v) => v.claimId === nine.id && v.status === 'refuted').map((v) => v.ruleId)).toEqual(['stale-count', 'count-list-mismatch']);
  });
});
