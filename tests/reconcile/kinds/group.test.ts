/**
 * Group claims ("all five permanent members of the UN Security Council", "4 of
 * the 10 other ASEAN members", "3 consecutive countries in ASEAN") and the
 * group-claim rule, on short articles written for the test. Facts
 * (shared/ledger-facts.md §1, §4): the P5 are all CSPs from 2025-10-29 (France
 * joined 2024-10-07, the UK 2025-10-29); ASEAN has 11 members from 2025-10-26
 * (Timor-Leste), 10 before, so "other" ASEAN members are 10 from then and 9
 * before; its CSPs are Malaysia 2024-11-21, Indonesia 2025-03-10, Singapore
 * 2025-03-12 and Thailand 2025-05-16, with New Zealand (2025-02-26) between
 * Malaysia and Indonesia and the UK after Thailand.
 */
import { describe, it } from 'vitest';
import { dated, expectCase, type Case } from './kind-cases.js';

const group = (c: Case) => expectCase('group', 'group-claim', c);

const NEEDS_DATE = 'needs a date to be checked: give the article a `date:` in its front matter, or run with `--as-of`';
const P5 = 'Vietnam now has comprehensive strategic partnerships with all five permanent members of the UN Security Council.';
const OTHERS = (n: number, total: number) => `Vietnam's comprehensive strategic partners now include ${n} of the ${total} other ASEAN members.`;
const RUN = (n: number) => `Vietnam has signed comprehensive strategic partnerships with ${n} consecutive countries in ASEAN.`;

const cases: Case[] = [
  // all five permanent members
  [
    'all five P5 in November 2025',
    dated('2025-11-05', P5),
    'supported',
    '`all five permanent members of the UN Security Council` as of 2025-11-05 (front-matter): all `5` of `unsc-p5` are in `vietnam-csp`',
  ],
  [
    'all five P5 on 29 October 2025, the day the UK joined',
    'Oct 29, 2025 / 23:00\n' + P5,
    'supported',
    '`all five permanent members of the UN Security Council` as of 2025-10-29 (dateline): all `5` of `unsc-p5` are in `vietnam-csp`',
  ],
  [
    'all five P5 in June 2025: not the UK yet',
    dated('2025-06-01', P5),
    'refuted',
    '`all five permanent members of the UN Security Council` as of 2025-06-01 (front-matter), but `United Kingdom` of `unsc-p5` is not in `vietnam-csp`',
  ],
  [
    'all five P5 in January 2024: not France or the UK yet',
    dated('2024-01-15', P5),
    'refuted',
    '`all five permanent members of the UN Security Council` as of 2024-01-15 (front-matter), but `France`, `United Kingdom` of `unsc-p5` are not in `vietnam-csp`',
  ],
  [
    'all four P5: there are five',
    dated('2025-11-05', 'Vietnam now has comprehensive strategic partnerships with all four permanent members of the UN Security Council.'),
    'refuted',
    '`all four permanent members of the UN Security Council` as of 2025-11-05 (front-matter), but `unsc-p5` has `5` members',
  ],
  [
    'all five permanent members of the United Nations Security Council in June 2026',
    dated('2026-06-01', 'Vietnam counts all five permanent members of the United Nations Security Council among its comprehensive strategic partners.'),
    'supported',
    '`all five permanent members of the United Nations Security Council` as of 2026-06-01 (front-matter): all `5` of `unsc-p5` are in `vietnam-csp`',
  ],
  ['all five P5 with no date', P5, 'unverifiable', `\`all five permanent members of the UN Security Council\` ${NEEDS_DATE}`],


  // n consecutive countries in ASEAN
  [
    '3 consecutive in June 2025: Indonesia, Singapore, Thailand',
    dated('2025-06-01', RUN(3)),
    'supported',
    '`3 consecutive countries in ASEAN` as of 2025-06-01 (front-matter): `Indonesia`, `Singapore`, `Thailand` joined `vietnam-csp` in a row',
  ],
  [
    '3 consecutive in April 2025: New Zealand broke the run',
    dated('2025-04-20', RUN(3)),
    'refuted',
    '`3 consecutive countries in ASEAN` as of 2025-04-20 (front-matter), but at most `2` in a row joined `vietnam-csp` (`Indonesia`, `Singapore`); `New Zealand` (2025-02-26) came between',
  ],
  [
    '2 consecutive in March 2025',
    dated('2025-03-20', RUN(2)),
    'supported',
    '`2 consecutive countries in ASEAN` as of 2025-03-20 (front-matter): `Indonesia`, `Singapore` joined `vietnam-csp` in a row',
  ],
  [
    '4 consecutive in March 2026: New Zealand came between Malaysia and Indonesia',
    dated('2026-03-01', RUN(4)),
    'refuted',
    '`4 consecutive countries in ASEAN` as of 2026-03-01 (front-matter), but at most `3` in a row joined `vietnam-csp` (`Indonesia`, `Singapore`, `Thailand`); `New Zealand` (2025-02-26) came between',
  ],
  [
    'three consecutive in November 2025, written as a word',
    dated('2025-11-05', 'Vietnam has signed comprehensive strategic partnerships with three consecutive countries in ASEAN.'),
    'supported',
    '`three consecutive countries in ASEAN` as of 2025-11-05 (front-matter): `Indonesia`, `Singapore`, `Thailand` joined `vietnam-csp` in a row',
  ],
  [
    '2 consecutive in December 2024: Malaysia alone',
    dated('2024-12-01', RUN(2)),
    'refuted',
    '`2 consecutive countries in ASEAN` as of 2024-12-01 (front-matter), but at most `1` in a row joined `vietnam-csp` (`Malaysia`)',
  ],
  ['3 consecutive with no date', RUN(3), 'unverifiable', `\`3 consecutive countries in ASEAN\` ${NEEDS_DATE}`],

  // traps
  [
    '"two of the three agreements": no group',
    dated('2023-11-28', 'Two of the three agreements under the comprehensive strategic partnership with Japan were signed in Tokyo.'),
    'no claim',
    null,
  ],
  [
    '"all 10 areas of cooperation": no group',
    dated('2025-03-13', 'The comprehensive strategic partnership with Singapore covers all 10 areas of cooperation.'),
    'no claim',
    null,
  ],
  [
    '4 of the 10 other ASEAN members in November 2025',
    dated('2025-11-05', OTHERS(4, 10)),
    'supported',
    '`4 of the 10 other ASEAN members` as of 2025-11-05 (front-matter): `4` of the `10` in `asean` are in `vietnam-csp`',
  ],
  [
    '4 of the 10 other ASEAN members in June 2025: ASEAN had 9 others then',
    dated('2025-06-01', OTHERS(4, 10)),
    'refuted',
    '`4 of the 10 other ASEAN members` as of 2025-06-01 (front-matter), but `4` of the `9` in `asean` are in `vietnam-csp`',
  ],
  [
    '4 of the 9 other ASEAN members in June 2025',
    dated('2025-06-01', OTHERS(4, 9)),
    'supported',
    '`4 of the 9 other ASEAN members` as of 2025-06-01 (front-matter): `4` of the `9` in `asean` are in `vietnam-csp`',
  ],
  [
    '3 of the 10 other ASEAN members in November 2025: 4',
    dated('2025-11-05', OTHERS(3, 10)),
    'refuted',
    '`3 of the 10 other ASEAN members` as of 2025-11-05 (front-matter), but `4` of the `10` in `asean` are in `vietnam-csp`',
  ],
  [
    '4 of the 9 other ASEAN members in April 2025: Thailand not yet',
    dated('2025-04-01', OTHERS(4, 9)),
    'refuted',
    '`4 of the 9 other ASEAN members` as of 2025-04-01 (front-matter), but `3` of the `9` in `asean` are in `vietnam-csp`',
  ],
  [
    '"all five agreements … will benefit ASEAN members": the number counts agreements',
    dated('2025-03-13', 'All five agreements signed under the comprehensive strategic partnership with Singapore will benefit ASEAN members.'),
    'no claim',
    null,
  ],
  [
    '"For 3 consecutive years": years in a row, not members',
    dated('2025-12-01', "For 3 consecutive years, Vietnam's comprehensive strategic partnerships have driven trade with ASEAN members."),
    'no claim',
    null,
  ],

  // a collection the ledger lists in part confirms and refutes only what its listed members prove
  [
    'all five P5 among strategic partners, a collection listed in part',
    dated('2026-01-05', 'Vietnam now has strategic partnerships with all five permanent members of the UN Security Council.'),
    'unverifiable',
    "`all five permanent members of the UN Security Council` cannot be checked: the ledger's `vietnam-strategic-partnership` does not list every member",
  ],
  [
    'nine of the ten other ASEAN members among strategic partners',
    dated('2026-01-05', "Vietnam's strategic partners include 9 of the 10 other ASEAN members."),
    'unverifiable',
    "`9 of the 10 other ASEAN members` cannot be checked: the ledger's `vietnam-strategic-partnership` does not list every member",
  ],
];

const knownMisses: Case[] = [
];

describe('group claims and group-claim', () => {
  it.each<Case>(cases)('%s', async (...c) => group(c));
  if (knownMisses.length > 0) it.fails.each<Case>(knownMisses)('known miss: %s', async (...c) => group(c));
});
