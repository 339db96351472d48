/**
 * Duration claims ("50 years of diplomatic ties", "16 years as comprehensive
 * partners", "five decades") and the duration rule, on short articles written
 * for the test. Start dates (shared/ledger-facts.md §2; all in
 * ledger/collections/vietnam-diplomatic-relations.yaml except the
 * Philippines, which the ledger does not date): diplomatic relations India
 * 1972-01-07, Australia 1973-02-26, France 1973-04-12, United Kingdom
 * 1973-09-11, Japan 1973-09-21, Indonesia 1955-12-30, South Korea 1992-12-22,
 * United States 1995-07-11, EU 1990-10 (month); New Zealand comprehensive
 * partnership 2009-09-10, strategic partnership 2020-07-22. An exact duration
 * may be a year off either way (writers round and count the current year).
 */
import { describe, it } from 'vitest';
import { dated, expectCase, type Case } from './kind-cases.js';

const duration = (c: Case) => expectCase('duration', 'duration', c);

const NEEDS_DATE = 'needs a date to be checked: give the article a `date:` in its front matter, or run with `--as-of`';

const cases: Case[] = [
  // true
  [
    'Japan: 50 years of diplomatic relations in November 2023',
    dated('2023-11-28', 'Japan and Vietnam upgraded to a comprehensive strategic partnership after 50 years of diplomatic relations.'),
    'supported',
    '`50 years of diplomatic relations` for `Japan` as of 2023-11-28 (front-matter): the ledger has `50.2 years` since 1973-09-21',
  ],
  [
    'New Zealand: 16 years as comprehensive partners, in the sixteenth year',
    dated('2025-02-27', 'New Zealand and Vietnam upgraded after 16 years as comprehensive partners.'),
    'supported',
    '`16 years as comprehensive partners` for `New Zealand` as of 2025-02-27 (front-matter): the ledger has `15.5 years` since 2009-09-10',
  ],
  [
    'New Zealand: 5 years as strategic partners',
    dated('2025-02-27', 'New Zealand and Vietnam moved up after 5 years as strategic partners.'),
    'supported',
    '`5 years as strategic partners` for `New Zealand` as of 2025-02-27 (front-matter): the ledger has `4.6 years` since 2020-07-22',
  ],
  [
    'the United Kingdom: five decades of diplomatic relations',
    dated('2023-09-12', 'The United Kingdom and Vietnam celebrated five decades of diplomatic relations this week.'),
    'supported',
    '`five decades of diplomatic relations` for `United Kingdom` as of 2023-09-12 (front-matter): the ledger has `5.0 decades` since 1973-09-11',
  ],
  [
    'Indonesia: seven decades of diplomatic ties in March 2025',
    dated('2025-03-10', 'Indonesia and Vietnam lifted their relations after seven decades of diplomatic ties.'),
    'supported',
    '`seven decades of diplomatic ties` for `Indonesia` as of 2025-03-10 (front-matter): the ledger has `6.9 decades` since 1955-12-30',
  ],
  [
    'India: more than 50 years of diplomatic relations',
    dated('2023-01-10', 'India and Vietnam look back on more than 50 years of diplomatic relations.'),
    'supported',
    '`more than 50 years of diplomatic relations` for `India` as of 2023-01-10 (front-matter): the ledger has `51.0 years` since 1972-01-07',
  ],
  [
    'the EU: 35 years of diplomatic relations, from a month-precise start',
    dated('2026-01-29', 'The European Union and Vietnam raised their ties to the highest level after 35 years of diplomatic relations.'),
    'supported',
    '`35 years of diplomatic relations` for `European Union` as of 2026-01-29 (front-matter): the ledger has `35.2 to 35.3 years` since 1990-10',
  ],

  // false
  [
    'Australia: 40 years of diplomatic relations, but 51',
    dated('2024-03-08', 'Australia and Vietnam elevated ties after 40 years of diplomatic relations.'),
    'refuted',
    '`40 years of diplomatic relations` for `Australia` as of 2024-03-08 (front-matter), but the ledger has `51.0 years` since 1973-02-26',
  ],
  [
    'South Korea: 30 years of diplomatic relations, but 33',
    dated('2025-12-22', 'South Korea and Vietnam marked 30 years of diplomatic relations with a gala in Seoul.'),
    'refuted',
    '`30 years of diplomatic relations` for `South Korea` as of 2025-12-22 (front-matter), but the ledger has `33.0 years` since 1992-12-22',
  ],
  [
    'France: more than 60 years of diplomatic ties, but 51.5',
    dated('2024-10-07', 'France and Vietnam built on more than 60 years of diplomatic ties.'),
    'refuted',
    '`more than 60 years of diplomatic ties` for `France` as of 2024-10-07 (front-matter), but the ledger has `51.5 years` since 1973-04-12',
  ],
  [
    'the United States: 20 years of diplomatic relations, but 30',
    dated('2025-07-12', 'The United States and Vietnam marked 20 years of diplomatic relations in Hanoi.'),
    'refuted',
    '`20 years of diplomatic relations` for `United States` as of 2025-07-12 (front-matter), but the ledger has `30.0 years` since 1995-07-11',
  ],

  // unverifiable
  [
    'the Philippines: the ledger does not date its diplomatic relations',
    dated('2026-07-12', 'The Philippines and Vietnam celebrated 50 years of diplomatic relations.'),
    'unverifiable',
    'the ledger has no date for `Philippines` in `vietnam-diplomatic-relations`',
  ],
  [
    'no date to count to',
    'Japan and Vietnam share 50 years of diplomatic ties.',
    'unverifiable',
    `\`50 years of diplomatic ties\` ${NEEDS_DATE}`,
  ],

  // traps
  [
    'a 10-year plan',
    dated('2024-03-08', 'Australia and Vietnam adopted a 10-year plan under their comprehensive strategic partnership.'),
    'no claim',
    null,
  ],
  [
    'a five-year plan',
    dated('2023-11-28', 'Japan and Vietnam agreed a five-year plan for the comprehensive strategic partnership.'),
    'no claim',
    null,
  ],
  [
    '"over the next five years": a plan, not a tie that has lasted',
    dated('2024-03-08', 'Over the next five years, the comprehensive strategic partnership with Australia will focus on energy.'),
    'no claim',
    null,
  ],
  [
    '"16 years as comprehensive partners for New Zealand and Vietnam"',
    dated('2025-02-27', 'The upgrade caps 16 years as comprehensive partners for New Zealand and Vietnam.'),
    'supported',
    '`16 years as comprehensive partners` for `New Zealand` as of 2025-02-27 (front-matter): the ledger has `15.5 years` since 2009-09-10',
  ],
  [
    '"within five years of the partnership": time after it, not how long it lasted',
    dated('2026-01-01', 'Within five years of the comprehensive strategic partnership, trade with Australia is expected to double.'),
    'no claim',
    null,
  ],
  [
    '"four decades" for 30 years of ties: a decade off is no rounding',
    dated('2025-07-12', 'The United States and Vietnam look back on four decades of diplomatic relations.'),
    'refuted',
    '`four decades of diplomatic relations` for `United States` as of 2025-07-12 (front-matter), but the ledger has `3.0 decades` since 1995-07-11',
  ],

  // "for N years" after the term
  [
    'comprehensive strategic partners "for two years"',
    dated('2025-12-01', 'Japan and Vietnam have been comprehensive strategic partners for two years.'),
    'supported',
    '`two years` for `Japan` as of 2025-12-01 (front-matter): the ledger has `2.0 years` since 2023-11-27',
  ],
  [
    'comprehensive strategic partners "for five years", three too many',
    dated('2025-12-01', 'Australia has been a comprehensive strategic partner of Vietnam for five years.'),
    'refuted',
    '`five years` for `Australia` as of 2025-12-01 (front-matter), but the ledger has `1.7 years` since 2024-03-07',
  ],
];

const knownMisses: Case[] = [
];

describe('duration claims and the duration rule', () => {
  it.each<Case>(cases)('%s', async (...c) => duration(c));
  if (knownMisses.length > 0) it.fails.each<Case>(knownMisses)('known miss: %s', async (...c) => duration(c));
});
