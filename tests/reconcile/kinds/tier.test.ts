/**
 * Tier claims and the wrong-tier rule, on short articles written for the
 * test: a tier named wrongly ("strategic comprehensive partnership"), and a
 * member dated to a tier it was not in at that date. The tiers of the ladder
 * (shared/ledger-facts.md §1, §2): comprehensive partnership → strategic
 * partnership → CSP. Australia CP 2009-09-07, SP 2018-03-15, CSP 2024-03-07;
 * New Zealand SP 2020-07-22, CSP 2025-02-26; United Kingdom SP 2010-09-08, CSP
 * 2025-10-29; Japan SP 2009, CSP 2023-11-27; United States CP 2013-07-25, CSP
 * 2023-09-10 (no SP); Malaysia SP 2015-08, CSP 2024-11-21; Indonesia SP
 * 2013-06, CSP 2025-03-10; India SP 2007, CSP 2016-09-03.
 *
 * wrong-tier never supports: a right tier is no finding from it, and then
 * wrong-date agrees with the date (its message is pinned for those rows).
 */
import { describe, expect, it } from 'vitest';
import { dated, run } from './kind-cases.js';

type TierCase = [name: string, article: string, expected: 'refuted' | 'no finding' | 'no claim', message: string | null, suggestion?: string];

async function tier([, article, expected, message, suggestion]: TierCase): Promise<void> {
  const result = await run(article);
  const findings = result.verdicts.filter((v) => v.ruleId === 'wrong-tier');
  if (expected === 'no claim') {
    expect(result.claims.filter((c) => c.kind === 'tier').map((c) => c.text), 'no tier claim').toEqual([]);
    expect(findings.map((v) => v.message), 'no wrong-tier verdict').toEqual([]);
    return;
  }
  if (expected === 'no finding') {
    expect(findings.map((v) => v.message), 'no wrong-tier verdict').toEqual([]);
    const dates = result.claims.filter((c) => c.kind === 'member-date');
    expect(dates.map((c) => c.text), 'one member-date claim').toHaveLength(1);
    const agrees = result.verdicts.filter((v) => v.ruleId === 'wrong-date' && v.claimId === dates[0]!.id);
    expect(agrees.map((v) => [v.status, v.message])).toEqual([['supported', message]]);
    return;
  }
  expect(findings.map((v) => [v.status, v.message]), 'one wrong-tier verdict').toHaveLength(1);
  const verdict = findings[0]!;
  expect(verdict.status).toBe('refuted');
  if (message !== null) expect(verdict.message).toBe(message);
  if (suggestion !== undefined) expect(verdict.suggestion).toBe(suggestion);
}

const cases: TierCase[] = [
  // a tier named wrongly
  [
    '"strategic comprehensive partnership"',
    dated('2024-03-08', 'Australia and Vietnam signed a strategic comprehensive partnership in Canberra.'),
    'refuted',
    '`strategic comprehensive partnership` names no tier; the ledger\'s term is `comprehensive strategic partnership`',
    'comprehensive strategic partnership',
  ],
  [
    '"strategic comprehensive partner"',
    dated('2025-03-13', 'Singapore is now a strategic comprehensive partner of Vietnam.'),
    'refuted',
    '`strategic comprehensive partner` names no tier; the ledger\'s term is `comprehensive strategic partner`',
    'comprehensive strategic partner',
  ],


  // a member dated to a tier it was not in at that date
  [
    'Australia "elevated to a comprehensive strategic partnership in 2018": 2018 was its strategic partnership',
    dated('2025-12-01', 'Australia lifted its relationship with Vietnam to a comprehensive strategic partnership in 2018.'),
    'refuted',
    '`2018` is when `Australia` entered `vietnam-strategic-partnership`, not `vietnam-csp` (2024-03-07)',
  ],
  [
    'New Zealand CSP "in July 2020": its strategic partnership',
    dated('2025-12-01', 'New Zealand and Vietnam elevated ties to a comprehensive strategic partnership in July 2020.'),
    'refuted',
    '`July 2020` is when `New Zealand` entered `vietnam-strategic-partnership`, not `vietnam-csp` (2025-02-26)',
  ],
  [
    'United Kingdom CSP "in September 2010": its strategic partnership',
    dated('2025-12-01', 'The United Kingdom became a comprehensive strategic partner of Vietnam in September 2010.'),
    'refuted',
    '`September 2010` is when `United Kingdom` entered `vietnam-strategic-partnership`, not `vietnam-csp` (2025-10-29)',
  ],
  [
    'Malaysia CSP "in August 2015": its strategic partnership',
    dated('2025-12-01', 'Malaysia upgraded to a comprehensive strategic partnership with Vietnam in August 2015.'),
    'refuted',
    '`August 2015` is when `Malaysia` entered `vietnam-strategic-partnership`, not `vietnam-csp` (2024-11-21)',
  ],
  [
    'Indonesia CSP "in June 2013": its strategic partnership',
    dated('2025-12-01', 'Indonesia established a comprehensive strategic partnership with Vietnam in June 2013.'),
    'refuted',
    '`June 2013` is when `Indonesia` entered `vietnam-strategic-partnership`, not `vietnam-csp` (2025-03-10)',
  ],
  [
    'Japan strategic partnership "in November 2023": its CSP',
    dated('2025-12-01', 'Japan formed a strategic partnership with Vietnam in November 2023.'),
    'refuted',
    '`November 2023` is when `Japan` entered `vietnam-csp`, not `vietnam-strategic-partnership` (2009)',
  ],
  [
    'United States comprehensive partnership "in 2023": its CSP',
    dated('2025-12-01', 'The United States became a comprehensive partner of Vietnam in 2023.'),
    'refuted',
    '`2023` is when `United States` entered `vietnam-csp`, not `vietnam-comprehensive-partnership` (2013-07-25)',
  ],

  // the right tier at the right date: no finding
  [
    'Australia CSP in 2024',
    dated('2025-12-01', 'Australia lifted its relationship with Vietnam to a comprehensive strategic partnership in 2024.'),
    'no finding',
    '`2024` for `Australia` agrees with the ledger\'s 2024-03-07',
  ],
  [
    'Australia strategic partnership in March 2018',
    dated('2025-12-01', 'Australia and Vietnam established a strategic partnership in March 2018.'),
    'no finding',
    '`March 2018` for `Australia` agrees with the ledger\'s 2018-03-15',
  ],
  [
    'United Kingdom CSP in October 2025',
    dated('2025-12-01', 'The United Kingdom became a comprehensive strategic partner of Vietnam in October 2025.'),
    'no finding',
    '`October 2025` for `United Kingdom` agrees with the ledger\'s 2025-10-29',
  ],
  [
    'United States comprehensive partnership in July 2013',
    dated('2025-12-01', 'The United States and Vietnam formed a comprehensive partnership in July 2013.'),
    'no finding',
    '`July 2013` for `United States` agrees with the ledger\'s 2013-07-25',
  ],
  [
    'India strategic partnership in 2007',
    dated('2025-12-01', 'India and Vietnam established a strategic partnership in 2007.'),
    'no finding',
    '`2007` for `India` agrees with the ledger\'s 2007',
  ],

  // traps: other wordings that are no misnamed tier
  [
    '"strategic and comprehensive strategic partnerships": two tiers named together',
    dated('2025-03-13', "Vietnam's strategic and comprehensive strategic partnerships now span every continent."),
    'no claim',
    null,
  ],
  [
    '"comprehensive and long-term strategic partnership": the trilateral wording',
    dated('2026-02-07', 'The leaders of Cambodia, Laos and Vietnam reaffirmed a comprehensive and long-term strategic partnership.'),
    'no claim',
    null,
  ],
  [
    '"Enhanced Comprehensive Strategic Partnership": an upgrade of a CSP, rightly named',
    dated('2026-05-08', 'India and Vietnam elevated their ties to an Enhanced Comprehensive Strategic Partnership.'),
    'no claim',
    null,
  ],
  [
    '"strategic comprehensive cooperative partnership" for China',
    dated('2023-12-13', 'China and Vietnam have deepened their strategic comprehensive cooperative partnership since 2008.'),
    'refuted',
    '`strategic comprehensive cooperative partnership` names no tier; the ledger\'s term is `comprehensive strategic cooperative partnership`',
    'comprehensive strategic cooperative partnership',
  ],
  [
    '"strategic comprehensive partnerships", plural: the suggestion replaces the words, so it is plural too',
    dated('2025-03-13', 'Indonesia and Singapore both signed strategic comprehensive partnerships with Vietnam this week.'),
    'refuted',
    '`strategic comprehensive partnerships` names no tier; the ledger\'s term is `comprehensive strategic partnership`',
    'comprehensive strategic partnerships',
  ],
  [
    '"Strategic Comprehensive Partnership" in a title-case heading: the suggestion keeps the case',
    "---\ndate: 2025-03-13\n---\n\n# Vietnam and Singapore Sign a Strategic Comprehensive Partnership\n",
    'refuted',
    '`Strategic Comprehensive Partnership` names no tier; the ledger\'s term is `comprehensive strategic partnership`',
    'Comprehensive Strategic Partnership',
  ],
];

const knownMisses: TierCase[] = [];

describe('tier claims and wrong-tier', () => {
  it.each<TierCase>(cases)('%s', async (...c) => tier(c));
  if (knownMisses.length > 0) it.fails.each<TierCase>(knownMisses)('known miss: %s', async (...c) => tier(c));
});
