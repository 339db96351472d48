/**
 * Superlative claims ("the newest partner", "the latest elevation", "the only
 * ASEAN country", "the first ASEAN member") and the stale-superlative rule,
 * on short articles written for the test. Facts (shared/ledger-facts.md §1,
 * §4b): Malaysia 2024-11-21 was the first ASEAN member to reach CSP, then New
 * Zealand 2025-02-26, Indonesia 2025-03-10, Singapore 2025-03-12, Thailand
 * 2025-05-16, the United Kingdom 2025-10-29 and the EU 2026-01-29.
 */
import { describe, it } from 'vitest';
import { dated, expectCase, type Case } from './kind-cases.js';

const superlative = (c: Case) => expectCase('superlative', 'stale-superlative', c);

const NEEDS_DATE = 'needs a date to be checked: give the article a `date:` in its front matter, or run with `--as-of`';

const cases: Case[] = [
  // "newest", "latest", "most recent": true at one date, stale at a later one
  [
    'New Zealand newest, five days before Indonesia',
    dated('2025-03-05', "New Zealand is now Vietnam's newest comprehensive strategic partner."),
    'supported',
    '`newest comprehensive strategic partner` for `New Zealand` as of 2025-03-05 (front-matter): no member joined `vietnam-csp` after it by then',
  ],
  [
    'New Zealand newest, stale after Indonesia and Singapore',
    dated('2025-06-01', "New Zealand is now Vietnam's newest comprehensive strategic partner."),
    'refuted',
    '`newest comprehensive strategic partner` for `New Zealand` as of 2025-06-01 (front-matter), but `Indonesia` joined `vietnam-csp` later, on 2025-03-10',
  ],
  [
    'Thailand the latest elevation in June 2025',
    'Jun 2, 2025 / 09:00\nThailand\'s comprehensive strategic partnership with Vietnam is the latest elevation.',
    'supported',
    '`latest elevation` for `Thailand` as of 2025-06-02 (dateline): no member joined `vietnam-csp` after it by then',
  ],
  [
    'Thailand the latest elevation in November 2025, after the UK',
    'Nov 10, 2025 / 09:00\nThailand\'s comprehensive strategic partnership with Vietnam is the latest elevation.',
    'refuted',
    '`latest elevation` for `Thailand` as of 2025-11-10 (dateline), but `United Kingdom` joined `vietnam-csp` later, on 2025-10-29',
  ],
  [
    'the latest elevation as of October 2025 (title): the UK may have joined, and the article does not say so',
    "# Vietnam's Partnerships (Oct 2025)\n\nThailand's comprehensive strategic partnership with Vietnam is the latest elevation.\n",
    'supported',
    '`latest elevation` for `Thailand` as of 2025-10 (title): no member joined `vietnam-csp` after it by then',
  ],
  [
    'the latest elevation as of October 2025 (title), when the article reports the UK joining on 29 October',
    "# Vietnam's Partnerships (Oct 2025)\n\nThailand's comprehensive strategic partnership with Vietnam is the latest elevation.\n\nThe United Kingdom signed a comprehensive strategic partnership with Vietnam on October 29, 2025.\n",
    'refuted',
    '`latest elevation` for `Thailand` as of 2025-10 (title), but `United Kingdom` joined `vietnam-csp` later, on 2025-10-29, as the article itself reports',
  ],
  [
    'the EU the most recent partner in March 2026',
    dated('2026-03-01', 'The European Union is the most recent comprehensive strategic partner of Vietnam.'),
    'supported',
    '`most recent comprehensive strategic partner` for `European Union` as of 2026-03-01 (front-matter): no member joined `vietnam-csp` after it by then',
  ],
  [
    'the UK the newest partner in March 2026, after the EU',
    dated('2026-03-01', 'The United Kingdom is the newest comprehensive strategic partner of Vietnam.'),
    'refuted',
    '`newest comprehensive strategic partner` for `United Kingdom` as of 2026-03-01 (front-matter), but `European Union` joined `vietnam-csp` later, on 2026-01-29',
  ],
  [
    'newest with no date at all',
    "New Zealand is Vietnam's newest comprehensive strategic partner.",
    'unverifiable',
    `\`newest comprehensive strategic partner\` ${NEEDS_DATE}`,
  ],

  // "the only ASEAN country": Malaysia alone from 2024-11-21 to 2025-03-09
  [
    'Malaysia the only ASEAN country in January 2025',
    dated('2025-01-15', 'Malaysia is the only ASEAN country with a comprehensive strategic partnership with Vietnam.'),
    'supported',
    '`only ASEAN country` for `Malaysia` as of 2025-01-15 (front-matter): no other member of `asean` is in `vietnam-csp`',
  ],
  [
    'Malaysia the only ASEAN country on 9 March 2025, the day before Indonesia',
    dated('2025-03-09', 'Malaysia is the only ASEAN country with a comprehensive strategic partnership with Vietnam.'),
    'supported',
    '`only ASEAN country` for `Malaysia` as of 2025-03-09 (front-matter): no other member of `asean` is in `vietnam-csp`',
  ],
  [
    'Malaysia the only ASEAN country on 11 March 2025: Indonesia too',
    dated('2025-03-11', 'Malaysia is the only ASEAN country with a comprehensive strategic partnership with Vietnam.'),
    'refuted',
    '`only ASEAN country` for `Malaysia` as of 2025-03-11 (front-matter), but `Indonesia` of `asean` was in `vietnam-csp` too',
  ],
  [
    'Malaysia the only ASEAN country in late March 2025: Indonesia and Singapore too',
    dated('2025-03-20', 'Malaysia is the only ASEAN country with a comprehensive strategic partnership with Vietnam.'),
    'refuted',
    '`only ASEAN country` for `Malaysia` as of 2025-03-20 (front-matter), but `Indonesia`, `Singapore` of `asean` were in `vietnam-csp` too',
  ],

  // "the first ASEAN member": Malaysia, whatever the date
  [
    'Malaysia the first ASEAN member',
    'Malaysia is the first ASEAN member to establish a comprehensive strategic partnership with Vietnam.',
    'supported',
    '`first ASEAN member` for `Malaysia`: no member of `asean` joined `vietnam-csp` before it',
  ],
  [
    'Indonesia the first ASEAN member: Malaysia was',
    dated('2025-03-11', 'Indonesia became the first ASEAN member to establish a comprehensive strategic partnership with Vietnam.'),
    'refuted',
    '`first ASEAN member` for `Indonesia`, but `Malaysia` of `asean` joined `vietnam-csp` before it, on 2024-11-21',
  ],
  [
    'Thailand the first ASEAN country: Malaysia was',
    dated('2025-05-17', 'Thailand was the first ASEAN country to reach a comprehensive strategic partnership with Vietnam.'),
    'refuted',
    '`first ASEAN country` for `Thailand`, but `Malaysia` of `asean` joined `vietnam-csp` before it, on 2024-11-21',
  ],

  // traps
  [
    '"the only country in Southeast Asia": no such group in the ledger',
    dated('2025-01-15', 'Malaysia is the only country in Southeast Asia with a comprehensive strategic partnership with Vietnam.'),
    'unverifiable',
    'the ledger has no group for `in Southeast Asia`, so `only country` cannot be checked',
  ],
  [
    'a future "will become the newest" is no claim',
    dated('2025-10-01', 'The United Kingdom will become the newest comprehensive strategic partner of Vietnam later this month.'),
    'no claim',
    null,
  ],
  [
    '"the only way forward" is no membership',
    dated('2025-06-01', "The comprehensive strategic partnership is the only way forward, said Australia's trade minister."),
    'no claim',
    null,
  ],
  [
    '"the latest news" is no membership',
    dated('2025-06-01', 'The latest news on the comprehensive strategic partnership with Japan came from Tokyo.'),
    'no claim',
    null,
  ],
  [
    '"for the first time" is no membership',
    dated('2026-01-30', 'For the first time, Vietnam and the European Union spoke of a comprehensive strategic partnership.'),
    'no claim',
    null,
  ],
  [
    '"the only country in ASEAN": a limit that names the group',
    dated('2025-02-01', 'Malaysia is the only country in ASEAN with a comprehensive strategic partnership with Vietnam.'),
    'supported',
    '`only country` for `Malaysia` as of 2025-02-01 (front-matter): no other member of `asean` is in `vietnam-csp`',
  ],
  [
    'Malaysia the only ASEAN country in June 2024, before it had a CSP itself',
    dated('2024-06-01', 'Malaysia is the only ASEAN country with a comprehensive strategic partnership with Vietnam.'),
    'refuted',
    '`only ASEAN country` for `Malaysia` as of 2024-06-01 (front-matter), but it joined `vietnam-csp` only on 2024-11-21',
  ],
  [
    'New Zealand the newest in December 2024, before it had joined',
    dated('2024-12-01', "New Zealand is now Vietnam's newest comprehensive strategic partner."),
    'refuted',
    '`newest comprehensive strategic partner` for `New Zealand` as of 2024-12-01 (front-matter), but it joined `vietnam-csp` only on 2025-02-26',
  ],
  [
    '"the first ASEAN summit" is no membership',
    dated('2025-03-11', 'Indonesia, which hosted the first ASEAN summit in 1976, is now a comprehensive strategic partner of Vietnam.'),
    'no claim',
    null,
  ],

  // a collection the ledger lists in part can refute a superlative, never confirm one
  [
    'the newest strategic partner, a collection listed in part',
    dated('2026-01-05', 'Algeria is the newest strategic partner of Vietnam.'),
    'unverifiable',
    "`newest strategic partner` cannot be confirmed: the ledger's `vietnam-strategic-partnership` does not list every member",
  ],
  [
    'the first ASEAN strategic partner, a collection listed in part',
    dated('2026-01-05', 'Thailand was the first ASEAN country to become a strategic partner of Vietnam.'),
    'unverifiable',
    "`first ASEAN country` cannot be confirmed: the ledger's `vietnam-strategic-partnership` does not list every member",
  ],

  // the newest with no noun, the member beside it
  [
    '"the most recent being" Malaysia',
    dated('2024-12-01', 'Vietnam has nine comprehensive strategic partners, the most recent being Malaysia.'),
    'supported',
    '`most recent` for `Malaysia` as of 2024-12-01 (front-matter): no member joined `vietnam-csp` after it by then',
  ],
  [
    '"the newest of them is" Australia, after France joined',
    dated('2024-11-01', "Of Vietnam's comprehensive strategic partners, the newest of them is Australia."),
    'refuted',
    '`newest of them` for `Australia` as of 2024-11-01 (front-matter), but `France` joined `vietnam-csp` later, on 2024-10-07',
  ],
  [
    '"the latest to join", the collection named in the sentence before',
    dated('2025-03-11', 'Vietnam now counts 11 comprehensive strategic partners. Indonesia, the latest to join, signed this week and had been a strategic partner since 2013.'),
    'supported',
    '`latest to join` for `Indonesia` as of 2025-03-11 (front-matter): no member joined `vietnam-csp` after it by then',
  ],
  [
    '"the most recent" in a paragraph that names no collection',
    "---\ntitle: Vietnam's comprehensive strategic partners\ndate: 2025-04-01\n---\n\nVietnam's comprehensive strategic partnerships began with China in 2008.\n\nSingapore, the most recent, signed in March.\n",
    'supported',
    '`most recent` for `Singapore` as of 2025-04-01 (front-matter): no member joined `vietnam-csp` after it by then',
  ],
  [
    '"the latest news" is no superlative of a member',
    dated('2025-04-01', 'Vietnam and Singapore, comprehensive strategic partners, discussed the latest news from the region.'),
    'no claim',
    null,
  ],
];

const knownMisses: Case[] = [
];

describe('superlative claims and stale-superlative', () => {
  it.each<Case>(cases)('%s', async (...c) => superlative(c));
  if (knownMisses.length > 0) it.fails.each<Case>(knownMisses)('known miss: %s', async (...c) => superlative(c));
});
