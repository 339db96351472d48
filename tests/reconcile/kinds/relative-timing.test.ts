/**
 * Relative-timing claims ("Four years later", "another 4 years", "just 2 days
 * after …", "less than 1 year after …") and the relative-timing rule, on short
 * articles written for the test. Gaps from the ledger's dates
 * (shared/ledger-facts.md §1): China 2008-05 (month), Russia 2012-07-27, India
 * 2016-09-03, South Korea 2022-12-05, United States 2023-09-10, Japan
 * 2023-11-27, Australia 2024-03-07, France 2024-10-07, Malaysia 2024-11-21,
 * Indonesia 2025-03-10, Singapore 2025-03-12, Thailand 2025-05-16, United
 * Kingdom 2025-10-29. Years are 365.25 days, months 30.44.
 */
import { describe, it } from 'vitest';
import { dated, expectCase, type Case } from './kind-cases.js';

const timing = (c: Case) => expectCase('relative-timing', 'relative-timing', c);

const cases: Case[] = [
  // true
  [
    '"Four years later" after a sentence reporting Russia (1,499 days to India)',
    dated('2025-12-01', 'Vietnam established a comprehensive strategic partnership with Russia in July 2012. Four years later, India became a comprehensive strategic partner as well.'),
    'supported',
    '`Four years`: the ledger has `4.1 years` between `Russia` (2012-07-27) and `India` (2016-09-03)',
  ],
  [
    '"another 4 years" after China in May 2008 (1,518 to 1,548 days to Russia)',
    dated('2025-12-01', 'Vietnam and China established a comprehensive strategic cooperative partnership in May 2008. It would take another 4 years for Russia to become a comprehensive strategic partner.'),
    'supported',
    '`another 4 years`: the ledger has `4.2 years` between `China` (2008-05) and `Russia` (2012-07-27)',
  ],
  [
    '"just 2 days after … with Indonesia": Singapore',
    dated('2025-03-13', 'Vietnam signed its comprehensive strategic partnership with Singapore just 2 days after the one with Indonesia.'),
    'supported',
    '`2 days`: the ledger has `2 days` between `Indonesia` (2025-03-10) and `Singapore` (2025-03-12)',
  ],
  [
    '"less than 1 year after signing with South Korea": the United States (279 days)',
    dated('2023-09-11', 'The United States became a comprehensive strategic partner less than 1 year after Vietnam signed with South Korea.'),
    'supported',
    '`less than 1 year`: the ledger has `0.8 years` between `South Korea` (2022-12-05) and `United States` (2023-09-10)',
  ],
  [
    '"six weeks after France": Malaysia (45 days)',
    dated('2024-11-22', 'Malaysia became a comprehensive strategic partner of Vietnam six weeks after France.'),
    'supported',
    '`six weeks`: the ledger has `6 weeks` between `France` (2024-10-07) and `Malaysia` (2024-11-21)',
  ],
  [
    '"more than 4 years after Russia": India',
    dated('2016-09-05', 'India became a comprehensive strategic partner of Vietnam more than 4 years after Russia.'),
    'supported',
    '`more than 4 years`: the ledger has `4.1 years` between `Russia` (2012-07-27) and `India` (2016-09-03)',
  ],

  // false
  [
    '"Two years later" after India: South Korea came 6.3 years later',
    dated('2025-12-01', 'Vietnam upgraded ties with India to a comprehensive strategic partnership in September 2016. Two years later, South Korea became a comprehensive strategic partner.'),
    'refuted',
    '`Two years`, but the ledger has `6.3 years` between `India` (2016-09-03) and `South Korea` (2022-12-05)',
  ],
  [
    '"just 10 days after the United States": Japan came 78 days later',
    dated('2023-11-28', 'Japan became a comprehensive strategic partner of Vietnam just 10 days after the United States.'),
    'refuted',
    '`10 days`, but the ledger has `78 days` between `United States` (2023-09-10) and `Japan` (2023-11-27)',
  ],
  [
    '"less than 1 month after Singapore": Thailand came 65 days later',
    dated('2025-05-17', 'Thailand became a comprehensive strategic partner of Vietnam less than 1 month after Singapore.'),
    'refuted',
    '`less than 1 month`, but the ledger has `2.1 months` between `Singapore` (2025-03-12) and `Thailand` (2025-05-16)',
  ],
  [
    '"another 3 years" after Australia: the UK came 601 days later',
    dated('2025-11-01', 'Australia elevated ties with Vietnam to a comprehensive strategic partnership in March 2024. It took another 3 years for the United Kingdom to become a comprehensive strategic partner.'),
    'refuted',
    '`another 3 years`, but the ledger has `1.6 years` between `Australia` (2024-03-07) and `United Kingdom` (2025-10-29)',
  ],
  [
    '"just one year after China": Russia came 4.2 years later',
    dated('2025-12-01', 'Russia became a comprehensive strategic partner of Vietnam just one year after China.'),
    'refuted',
    '`one year`, but the ledger has `4.2 years` between `China` (2008-05) and `Russia` (2012-07-27)',
  ],

  // traps
  [
    '"Four years later" with no earlier joining to count from',
    dated('2025-12-01', 'Four years later, India became a comprehensive strategic partner of Vietnam.'),
    'no claim',
    null,
  ],
  [
    '"two years later, the economy grew": no partnership in the sentence',
    dated('2025-12-01', 'Vietnam established a comprehensive strategic partnership with Japan in November 2023. Two years later, the economy grew by 8 percent.'),
    'no claim',
    null,
  ],
  [
    '"Two years later, trade under the partnership had doubled": no member joins',
    dated('2025-12-01', 'Vietnam established a comprehensive strategic partnership with Japan in November 2023. Two years later, trade under the comprehensive strategic partnership had doubled.'),
    'no claim',
    null,
  ],
  [
    '"Five years after the partnership was signed": one member, no second joining',
    dated('2025-12-01', 'Five years after the comprehensive strategic partnership with India was signed, trade had doubled.'),
    'no claim',
    null,
  ],
  [
    '"spent 2 days in Hanoi": a length of stay',
    dated('2025-02-27', 'Prime Minister Luxon spent 2 days in Hanoi, where New Zealand and Vietnam agreed on a comprehensive strategic partnership.'),
    'no claim',
    null,
  ],
  [
    '"Two years later, Australia\'s exports … doubled": a member named, but nothing joins',
    dated('2025-12-01', "Vietnam established a comprehensive strategic partnership with Japan in November 2023. Two years later, Australia's exports to Vietnam had doubled under their comprehensive strategic partnership."),
    'no claim',
    null,
  ],

  // a paragraph that names members but no collection speaks of the article's
  [
    'a paragraph that goes on about the topic without naming it',
    "---\ntitle: How Vietnam's comprehensive strategic partnerships grew\ndate: 2025-12-01\n---\n\nVietnam's comprehensive strategic partnerships began with China.\n\nThe second half of 2023 was busy: Japan signed eleven weeks after the United States.\n",
    'supported',
    '`eleven weeks`: the ledger has `11 weeks` between `United States` (2023-09-10) and `Japan` (2023-11-27)',
  ],
  [
    'a year on year rise is no timing',
    "---\ntitle: Vietnam's comprehensive strategic partners\ndate: 2025-12-01\n---\n\nVietnam's comprehensive strategic partnerships began with China.\n\nTrade with Japan rose 9 percent year on year after the upgrade.\n",
    'no claim',
    null,
  ],
  [
    'a number compromise runs on across a comma ("in May 2025, a few weeks")',
    dated('2025-12-01', 'Thailand became a comprehensive strategic partner in May 2025, a few weeks after Singapore.'),
    'no claim',
    null,
  ],
  [
    '"a year after" is one year: wrong for three months',
    dated('2025-12-01', "Japan became Vietnam's comprehensive strategic partner in November 2023. Australia followed a year after Japan."),
    'refuted',
    '`a year`, but the ledger has `0.3 years` between `Japan` (2023-11-27) and `Australia` (2024-03-07)',
  ],
];

const knownMisses: Case[] = [
];

describe('relative-timing claims and the relative-timing rule', () => {
  it.each<Case>(cases)('%s', async (...c) => timing(c));
  if (knownMisses.length > 0) it.fails.each<Case>(knownMisses)('known miss: %s', async (...c) => timing(c));
});
