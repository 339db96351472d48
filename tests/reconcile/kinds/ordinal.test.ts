/**
 * Ordinal claims ("the fifth country", "Vietnam's third comprehensive
 * strategic partner") and the wrong-ordinal rule, on short articles written
 * for the test. The order of joining (shared/ledger-facts.md §1, §5): China
 * 2008-05, Russia, India, South Korea, United States (5th), Japan, Australia
 * (7th), France (8th), Malaysia, New Zealand (10th), Indonesia, Singapore
 * (12th), Thailand, United Kingdom (14th), and the EU, 15th partner but no
 * country (14 countries).
 */
import { describe, it } from 'vitest';
import { dated, expectCase, type Case } from './kind-cases.js';

const ordinal = (c: Case) => expectCase('ordinal', 'wrong-ordinal', c);

const cases: Case[] = [
  // true
  [
    'the United States, the fifth country',
    dated('2023-09-11', 'The United States is the fifth country to set up a comprehensive strategic partnership with Vietnam, after China, Russia, India and South Korea.'),
    'supported',
    '`fifth country` for `United States`: the ledger makes it number `5` in `vietnam-csp`',
  ],
  [
    "India, Vietnam's third comprehensive strategic partner",
    dated('2016-09-05', "Prime Minister Modi's visit made India Vietnam's third comprehensive strategic partner."),
    'supported',
    '`third comprehensive strategic partner` for `India`: the ledger makes it number `3` in `vietnam-csp`',
  ],
  [
    "the United Kingdom, Hanoi's 14th top-tier partner",
    dated('2025-10-30', "Britain's upgrade makes the United Kingdom Hanoi's 14th top-tier partner."),
    'supported',
    '`14th top-tier partner` for `United Kingdom`: the ledger makes it number `14` in `vietnam-csp`',
  ],
  [
    'France, the 8th comprehensive strategic partner',
    dated('2024-10-08', 'After talks in Paris, France became the 8th comprehensive strategic partner of Vietnam.'),
    'supported',
    '`8th comprehensive strategic partner` for `France`: the ledger makes it number `8` in `vietnam-csp`',
  ],
  [
    'the EU, 15th partner: "partner" counts the EU',
    dated('2026-01-30', "The European Union is Vietnam's 15th partner at the level of a comprehensive strategic partnership."),
    'supported',
    '`15th partner` for `European Union`: the ledger makes it number `15` in `vietnam-csp`',
  ],
  [
    'the EU, 15th comprehensive strategic partner: the term counts every member',
    dated('2026-02-02', 'The European Union became the 15th comprehensive strategic partner of Vietnam last week.'),
    'supported',
    '`15th comprehensive strategic partner` for `European Union`: the ledger makes it number `15` in `vietnam-csp`',
  ],
  [
    'the United Kingdom, the 14th country',
    dated('2025-11-03', 'The United Kingdom is the 14th country to hold a comprehensive strategic partnership with Vietnam.'),
    'supported',
    '`14th country` for `United Kingdom`: the ledger makes it number `14` in `vietnam-csp`',
  ],
  [
    'Singapore, the twelfth partner, written as a word',
    'Singapore became the twelfth comprehensive strategic partner of Vietnam, two days after Indonesia.',
    'supported',
    '`twelfth comprehensive strategic partner` for `Singapore`: the ledger makes it number `12` in `vietnam-csp`',
  ],

  // false
  [
    'Russia was second, not first',
    dated('2024-01-10', "In July 2012 Russia became Vietnam's first comprehensive strategic partner."),
    'refuted',
    '`first comprehensive strategic partner` for `Russia`, but the ledger makes it number `2` in `vietnam-csp`, joining on 2012-07-27',
    'second comprehensive strategic partner',
  ],
  [
    'Japan was sixth, not seventh',
    dated('2023-12-01', 'Japan is the seventh country to have a comprehensive strategic partnership with Vietnam.'),
    'refuted',
    '`seventh country` for `Japan`, but the ledger makes it number `6` in `vietnam-csp`, joining on 2023-11-27',
    'sixth country',
  ],
  [
    'Australia was seventh, not eighth',
    dated('2024-03-08', 'Australia became the eighth comprehensive strategic partner of Vietnam during the Canberra visit.'),
    'refuted',
    '`eighth comprehensive strategic partner` for `Australia`, but the ledger makes it number `7` in `vietnam-csp`, joining on 2024-03-07',
    'seventh comprehensive strategic partner',
  ],
  [
    'New Zealand was 10th, not 11th',
    dated('2025-02-28', "Wellington's upgrade made New Zealand Vietnam's 11th comprehensive strategic partner."),
    'refuted',
    '`11th comprehensive strategic partner` for `New Zealand`, but the ledger makes it number `10` in `vietnam-csp`, joining on 2025-02-26',
    'tenth comprehensive strategic partner',
  ],
  [
    'Singapore was 12th, not 13th',
    dated('2025-03-13', 'Singapore is now the 13th country with a comprehensive strategic partnership with Vietnam.'),
    'refuted',
    '`13th country` for `Singapore`, but the ledger makes it number `12` in `vietnam-csp`, joining on 2025-03-12',
    'twelfth country',
  ],
  [
    'Thailand was 13th, not 12th',
    dated('2025-05-17', 'Thailand became the 12th comprehensive strategic partner of Vietnam in Hanoi on Friday.'),
    'refuted',
    '`12th comprehensive strategic partner` for `Thailand`, but the ledger makes it number `13` in `vietnam-csp`, joining on 2025-05-16',
    'thirteenth comprehensive strategic partner',
  ],


  // traps: another entity's collection is unverifiable
  [
    "Indonesia's first partner in ASEAN: Indonesia's collection, not Vietnam's",
    dated('2025-03-11', "Vietnam is Indonesia's first comprehensive strategic partner in ASEAN."),
    'unverifiable',
    "this is about `Indonesia`'s partners, a collection the ledger does not hold",
  ],
  [
    'the first comprehensive strategic partner of Singapore: Singapore\'s collection',
    dated('2025-03-13', 'Vietnam became the first comprehensive strategic partner of Singapore within the bloc.'),
    'unverifiable',
    "this is about `Singapore`'s partners, a collection the ledger does not hold",
  ],

  // traps: ranks of something else, and numbers that are no rank at all
  [
    'the 11th-largest source of FDI',
    dated('2025-06-01', 'Since the comprehensive strategic partnership, Australia has become the 11th-largest source of FDI in Vietnam.'),
    'no claim',
    null,
  ],
  [
    'ranks 43rd in an index',
    dated('2025-06-01', 'Helped by its comprehensive strategic partnerships, Vietnam ranks 43rd in the global innovation index.'),
    'no claim',
    null,
  ],
  [
    'the 31st summit',
    dated('2025-06-01', 'Japan and Vietnam reviewed their comprehensive strategic partnership at the 31st summit in Tokyo.'),
    'no claim',
    null,
  ],
  [
    'the 75th anniversary of diplomatic ties',
    dated('2025-01-18', 'Vietnam and China marked the 75th anniversary of their diplomatic ties, 17 years into a comprehensive strategic partnership.'),
    'no claim',
    null,
  ],
  [
    'the first visit',
    dated('2025-10-29', 'It was the first visit by To Lam to the United Kingdom since the two countries agreed to seek a comprehensive strategic partnership.'),
    'no claim',
    null,
  ],
  [
    'five key priorities',
    dated('2023-11-28', 'The comprehensive strategic partnership with Japan sets out five key priorities for the next decade.'),
    'no claim',
    null,
  ],
  [
    'a possible 16th partner is no claim',
    dated('2025-04-10', "Spain may become Vietnam's 16th comprehensive strategic partner at the appropriate time."),
    'no claim',
    null,
  ],
  [
    'the EU, "15th country": the EU is not a country',
    dated('2026-02-02', 'The European Union is the 15th country with which Vietnam has a comprehensive strategic partnership.'),
    'refuted',
    '`15th country` for `European Union`, a member of `vietnam-csp` that is not counted as a country',
  ],
  [
    'Russia first, with China named after the phrase',
    dated('2024-01-10', "Russia became Vietnam's first comprehensive strategic partner, a step China matched later."),
    'refuted',
    '`first comprehensive strategic partner` for `Russia`, but the ledger makes it number `2` in `vietnam-csp`, joining on 2012-07-27',
    'second comprehensive strategic partner',
  ],
  [
    'ranks 43rd among trading partners',
    dated('2025-06-01', "Two years into their comprehensive strategic partnership, Vietnam ranks 43rd among Australia's trading partners."),
    'no claim',
    null,
  ],
  [
    'the 31st ASEAN Summit',
    dated('2017-11-14', 'Vietnam and Singapore reviewed their strategic partnership at the 31st ASEAN Summit.'),
    'no claim',
    null,
  ],

  // a collection the ledger lists in part places no one (its unlisted members may have come first)
  [
    'a rank among strategic partners, a collection listed in part',
    dated('2026-01-05', "Brazil became Vietnam's 16th strategic partner in November 2024."),
    'unverifiable',
    "`16th strategic partner` for `Brazil` cannot be checked: the ledger's `vietnam-strategic-partnership` does not list every member",
  ],
  // a rank written as the collection's term and a counting noun
  [
    "Timor-Leste, the 11th ASEAN member",
    dated('2025-11-02', 'Timor-Leste became the 11th ASEAN member last month.'),
    'supported',
    '`11th ASEAN member` for `Timor-Leste`: the ledger makes it number `11` in `asean`',
  ],
  [
    'Singapore, not the 11th CSP partner',
    dated('2025-03-20', "Singapore became Vietnam's 11th CSP partner a week ago."),
    'refuted',
    '`11th CSP partner` for `Singapore`, but the ledger makes it number `12` in `vietnam-csp`, joining on 2025-03-12',
    'twelfth CSP partner',
  ],
  [
    'a group rank inside another collection: the third ASEAN country to sign a CSP',
    dated('2025-04-01', 'Singapore became the third ASEAN country to sign a CSP with Vietnam.'),
    'no claim',
    null,
  ],
  // "first" narrowed by words the ledger has no group for
  [
    'the first Buddhist-majority country',
    dated('2025-06-01', 'Thailand was the first Buddhist-majority country among the comprehensive strategic partners of Vietnam.'),
    'unverifiable',
    'the ledger has no group for `Buddhist-majority`, so `first Buddhist-majority country` cannot be checked',
  ],
  [
    'the eighth partner from Europe',
    dated('2024-10-08', 'France became the eighth comprehensive strategic partner from Europe and Asia combined.'),
    'unverifiable',
    'the ledger has no group for `from Europe`, so `eighth comprehensive strategic partner` cannot be checked',
  ],
  // forecasts
  [
    'is likely to become the 16th',
    dated('2026-01-05', 'Canada is likely to become the 16th comprehensive strategic partner of Vietnam.'),
    'no claim',
    null,
  ],
];

const knownMisses: Case[] = [
];

describe('ordinal claims and wrong-ordinal', () => {
  it.each<Case>(cases)('%s', async (...c) => ordinal(c));
  if (knownMisses.length > 0) it.fails.each<Case>(knownMisses)('known miss: %s', async (...c) => ordinal(c));
});
