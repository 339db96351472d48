/**
 * The rules on short articles written for the test, with their literal
 * messages: supported, refuted and unverifiable.
 */
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/check.js';
import type { Verdict } from '../../src/reconcile/index.js';
import { at, verdictsOf } from '../helpers.js';

const DATELINE = 'Feb 27, 2025 / 21:17\n';
const NEEDS_DATE = 'needs a date to be checked: give the article a `date:` in its front matter, or run with `--as-of`';

/** The verdicts of one rule, as [status, words at the span, message]. */
function byRule(result: FileResult, ruleId: string): [Verdict['status'], string, string][] {
  return result.verdicts.filter((v) => v.ruleId === ruleId).map((v) => [v.status, at(result.article!, v.span), v.message]);
}

/** The one verdict a rule gave. */
function one(result: FileResult, ruleId: string): Verdict {
  const found = result.verdicts.filter((v) => v.ruleId === ruleId);
  expect(found, `one ${ruleId} verdict`).toHaveLength(1);
  return found[0]!;
}

async function staleCount(text: string) {
  const result = await verdictsOf(text);
  const verdict = one(result, 'stale-count');
  return { status: verdict.status, words: at(result.article!, verdict.span), message: verdict.message, verdict };
}

describe('stale-count', () => {
  it('supports a count the ledger has at the dateline', async () => {
    expect(await staleCount(`${DATELINE}Vietnam has comprehensive strategic partnerships with ten countries.`)).toMatchObject({
      status: 'supported',
      words: 'ten countries',
      message: '`ten` countries as of 2025-02-27 (dateline): the ledger has `10` countries',
    });
  });

  it('refutes a count one behind, saying when it was true and what changed it', async () => {
    const { status, words, message, verdict } = await staleCount(`${DATELINE}Vietnam has comprehensive strategic partnerships with nine countries.`);
    expect([status, words]).toEqual(['refuted', 'nine countries']);
    expect(message).toBe('`nine` countries as of 2025-02-27 (dateline): the ledger has `10` countries at that date; nine was true from 2024-11-21 to 2025-02-25');
    expect(verdict.suggestion).toBe('ten countries');
    expect([verdict.actual, verdict.expected]).toEqual(['9', '10']);
    expect(verdict.evidence.map((e) => [e.entity, e.since])).toEqual([['new-zealand', '2025-02-26']]);
  });

  it('says when the ledger never had the stated count', async () => {
    expect((await staleCount(`${DATELINE}Vietnam has twenty-one comprehensive strategic partners.`)).message).toBe(
      '`twenty-one` comprehensive strategic partners as of 2025-02-27 (dateline): the ledger has `10` comprehensive strategic partners at that date; the ledger never had twenty-one',
    );
  });

  it('refutes a hedged count without a history', async () => {
    expect(await staleCount(`${DATELINE}Vietnam has comprehensive strategic partnerships with more than 12 countries.`)).toMatchObject({
      status: 'refuted',
      words: 'more than 12 countries',
      message: '`more than 12` countries as of 2025-02-27 (dateline): the ledger has `10` countries at that date',
    });
    expect(await staleCount(`${DATELINE}Vietnam has comprehensive strategic partnerships with about 14 countries.`)).toMatchObject({
      status: 'refuted',
      message: '`about 14` countries as of 2025-02-27 (dateline): the ledger has `10` countries at that date',
    });
  });

  it.each([
    ['Nearly a dozen countries are now comprehensive strategic partners of Vietnam.', '`Nearly a dozen` countries as of 2025-02-27 (dateline): the ledger has `10` countries'],
    ['Vietnam has comprehensive strategic partnerships with fewer than 20 countries.', '`fewer than 20` countries as of 2025-02-27 (dateline): the ledger has `10` countries'],
    ['Vietnam has comprehensive strategic partnerships with about 11 countries.', '`about 11` countries as of 2025-02-27 (dateline): the ledger has `10` countries'],
    ['Vietnam has at least 10 comprehensive strategic partners.', '`at least 10` comprehensive strategic partners as of 2025-02-27 (dateline): the ledger has `10` comprehensive strategic partners'],
  ])('supports the hedged "%s"', async (sentence, message) => {
    expect(await staleCount(DATELINE + sentence)).toMatchObject({ status: 'supported', message });
  });

  it('reports nothing past the ledger review: the ledger, not the article, may be behind', async () => {
    const verdict = await staleCount('Dec 1, 2026 / 10:00\nVietnam has comprehensive strategic partnerships with 13 countries.');
    expect(verdict.status).toBe('unverifiable');
    expect(verdict.message).toBe("not reported, time unclear: the ledger's `vietnam-csp` is reviewed to 2026-11-23");
    expect(verdict.verdict.withheld?.message).toBe(
      '`13` countries as of 2026-12-01 (dateline): the ledger has `14` countries at that date; 13 was true from 2025-05-16 to 2025-10-29; the ledger was last reviewed on 2026-11-23',
    );
  });

  describe('date precision: the UK joined on 29 October 2025', () => {
    it.each([
      ['13', 'supported', '`13` countries as of 2025-10 (explicit): the ledger has `13` to `14` countries'],
      ['14', 'supported', '`14` countries as of 2025-10 (explicit): the ledger has `13` to `14` countries'],
      ['12', 'refuted', '`12` countries as of 2025-10 (explicit): the ledger has `13` to `14` countries at that date; 12 was true from 2025-03-12 to 2025-05-15'],
    ])('As of October 2025 … with %s countries: %s', async (n, status, message) => {
      expect(await staleCount(`As of October 2025, Vietnam has comprehensive strategic partnerships with ${n} countries.`)).toMatchObject({
        status,
        words: `${n} countries`,
        message,
      });
    });
  });

  describe('units: "partners" count the EU (2026-01-29), "countries" do not', () => {
    it.each([
      ['Vietnam has 15 partners with a comprehensive strategic partnership.', 'supported', '`15` partners as of 2026-03 (explicit): the ledger has `15` partners'],
      ['Vietnam has 14 partners with a comprehensive strategic partnership.', 'refuted', '`14` partners as of 2026-03 (explicit): the ledger has `15` partners at that date; 14 was true from 2025-10-29 to 2026-01-28'],
      ['Vietnam has 15 comprehensive strategic partners.', 'supported', '`15` comprehensive strategic partners as of 2026-03 (explicit): the ledger has `15` comprehensive strategic partners'],
      ['Vietnam has comprehensive strategic partnerships with 14 countries.', 'supported', '`14` countries as of 2026-03 (explicit): the ledger has `14` countries'],
      ['Vietnam has comprehensive strategic partnerships with 15 countries.', 'refuted', '`15` countries as of 2026-03 (explicit): the ledger has `14` countries at that date; the ledger never had 15'],
    ])('As of March 2026, %s', async (sentence, status, message) => {
      expect(await staleCount(`As of March 2026, ${sentence}`)).toMatchObject({ status, message });
    });
  });

  it('judges other complete collections: ASEAN and the P5', async () => {
    expect(await staleCount('Nov 5, 2025 / 08:00\nThe Association of Southeast Asian Nations has 10 members.')).toMatchObject({
      status: 'refuted',
      message: '`10` members as of 2025-11-05 (dateline): the ledger has `11` members at that date; 10 was true from 1999-04-30 to 2025-10-25',
    });
    expect(await staleCount('Nov 5, 2025 / 08:00\nTimor-Leste is the newest of 11 ASEAN member states.')).toMatchObject({
      status: 'supported',
      message: '`11` ASEAN member states as of 2025-11-05 (dateline): the ledger has `11` ASEAN member states',
    });
    expect(await staleCount('Nov 5, 2025 / 08:00\nThe P5 has five members.')).toMatchObject({
      status: 'supported',
      message: '`five` members as of 2025-11-05 (dateline): the ledger has `5` members',
    });
  });

  it('is unverifiable without a date, and says how to give one', async () => {
    expect(await staleCount('Vietnam has comprehensive strategic partnerships with nine countries.')).toMatchObject({
      status: 'unverifiable',
      message: `\`nine\` countries ${NEEDS_DATE}`,
    });
  });

  it('uses --as-of when the article has no date', async () => {
    const result = await verdictsOf('Vietnam has comprehensive strategic partnerships with 14 countries.', { asOf: { year: 2025, month: 11, day: 5 } });
    expect(byRule(result, 'stale-count')).toEqual([['supported', '14 countries', '`14` countries as of 2025-11-05 (command-line): the ledger has `14` countries']]);
  });

  it('cannot check a collection the ledger does not list in full', async () => {
    expect(await staleCount(`${DATELINE}Vietnam has diplomatic relations with more than 190 countries.`)).toMatchObject({
      status: 'unverifiable',
      words: 'more than 190 countries',
      message: "`more than 190` countries cannot be checked: the ledger's `vietnam-diplomatic-relations` does not list every member",
    });
    expect((await staleCount(`${DATELINE}Vietnam has strategic partnerships with 10 countries.`)).message).toBe(
      "`10` countries cannot be checked: the ledger's `vietnam-strategic-partnership` does not list every member",
    );
  });

  it('quotes an emphasised number without its Markdown', async () => {
    const result = await verdictsOf('---\ndate: 2025-03-01\n---\n\nVietnam has comprehensive strategic partnerships with **eleven** countries.\n', { file: 'a.md' });
    const verdict = one(result, 'stale-count');
    expect(verdict.message).toBe('`eleven` countries as of 2025-03-01 (front-matter): the ledger has `10` countries at that date; eleven was true from 2025-03-10 to 2025-03-11');
  });

  it('supports "no more than 15 countries" when there are 14', async () => {
    expect((await staleCount('Dec 1, 2025 / 10:00\nVietnam has comprehensive strategic partnerships with no more than 15 countries.')).status).toBe('supported');
  });

  it('judges at the dateline, not at a date in a list line near the top', async () => {
    const result = await verdictsOf(`${DATELINE}Vietnam has comprehensive strategic partnerships with ten countries.\nThe first was China (May 2008)`);
    expect(byRule(result, 'stale-count')).toEqual([['supported', 'ten countries', '`ten` countries as of 2025-02-27 (dateline): the ledger has `10` countries']]);
  });

  it('does not count the countries at an expo as partners', async () => {
    const result = await verdictsOf(`${DATELINE}After the comprehensive strategic partnership, the expo drew more than 200 companies from nearly 40 countries.`);
    expect(result.verdicts.filter((v) => v.status === 'refuted')).toEqual([]);
  });
});

describe('count-list-mismatch', () => {
  it('supports a count that matches its complete list', async () => {
    const result = await verdictsOf('Vietnam had comprehensive strategic partnerships with six countries: China, Russia, India, South Korea, the United States and Japan.');
    expect(byRule(result, 'count-list-mismatch')).toEqual([['supported', 'six countries', '`six` countries agrees with the list that follows, which names `6`']]);
  });

  it('refutes a count that its complete list contradicts, with a rewrite', async () => {
    const result = await verdictsOf('As of December 2023, Vietnam had comprehensive strategic partnerships with six countries: China, Russia, India, South Korea and Japan.');
    expect(byRule(result, 'count-list-mismatch')).toEqual([
      ['refuted', 'six countries', '`six` countries, but the list that follows names `5`: China, Russia, India, South Korea, Japan'],
    ]);
    const verdict = one(result, 'count-list-mismatch');
    expect(verdict.suggestion).toBe('five countries');
    expect([verdict.actual, verdict.expected]).toEqual(['6', '5']);
    expect(at(result.article!, verdict.cause!.span)).toBe('China, Russia, India, South Korea and Japan');
  });

  it('lets a partial list name fewer than the count', async () => {
    const result = await verdictsOf('As of June 2024, Vietnam had comprehensive strategic partnerships with seven countries, including Japan, Australia and France.');
    expect(byRule(result, 'count-list-mismatch')).toEqual([['supported', 'seven countries', '`seven` countries agrees with the partial list that follows, which names `3`']]);
  });

  it('refutes a partial list that names more than the count', async () => {
    const result = await verdictsOf(
      'As of December 2023, Vietnam had comprehensive strategic partnerships with six countries, including China, Russia, India, South Korea, the United States, Japan and Australia.',
    );
    expect(byRule(result, 'count-list-mismatch')).toEqual([
      ['refuted', 'six countries', '`six` countries, but the partial list that follows names `7`: China, Russia, India, South Korea, United States, Japan, Australia'],
    ]);
    expect(one(result, 'count-list-mismatch').suggestion).toBe('seven countries');
  });

  it('lets "more than five" head a partial list of seven', async () => {
    const result = await verdictsOf(
      'As of June 2024, Vietnam had comprehensive strategic partnerships with more than five countries, including China, Russia, India, South Korea, the United States, Japan and Australia.',
    );
    expect(byRule(result, 'count-list-mismatch')).toEqual([
      ['supported', 'more than five countries', '`more than five` countries agrees with the partial list that follows, which names `7`'],
    ]);
  });

  it('needs no date: the article contradicts itself', async () => {
    const result = await verdictsOf('Vietnam has comprehensive partnerships with 10 countries: Canada, Hungary and Poland.');
    expect(byRule(result, 'count-list-mismatch')).toEqual([['refuted', '10 countries', '`10` countries, but the list that follows names `3`: Canada, Hungary, Poland']]);
  });

  it('agrees with a list whose last name is unknown and dated', async () => {
    const result = await verdictsOf('Vietnam has comprehensive strategic partnerships with three countries: China in 2008, Russia in 2012 and Narnia in 2014.');
    expect(one(result, 'count-list-mismatch').status).toBe('supported');
  });
});

describe('list-missing-member', () => {
  it('supports a complete list that names every member at its date', async () => {
    const result = await verdictsOf('As of December 2023, Vietnam had comprehensive strategic partnerships with six countries: China, Russia, India, South Korea, the United States and Japan.');
    expect(byRule(result, 'list-missing-member')).toEqual([
      ['supported', 'China, Russia, India, South Korea, the United States and Japan', 'the list names every member of `vietnam-csp` as of 2023-12 (framing)'],
    ]);
  });

  it('refutes a complete list that leaves out a member', async () => {
    const result = await verdictsOf('As of December 2023, Vietnam had comprehensive strategic partnerships with five countries: China, Russia, India, the United States and Japan.');
    expect(byRule(result, 'list-missing-member')).toEqual([
      [
        'refuted',
        'China, Russia, India, the United States and Japan',
        'the list leaves out `South Korea` (since 2022-12-05), a member of `vietnam-csp` as of 2023-12 (framing)',
      ],
    ]);
    expect(one(result, 'list-missing-member').evidence.map((e) => e.entity)).toEqual(['south-korea']);
  });

  it('names every member left out', async () => {
    const result = await verdictsOf('As of March 2025, Vietnam had comprehensive strategic partnerships with five countries: China, Russia, India, South Korea and the United States.');
    expect(one(result, 'list-missing-member').message).toBe(
      'the list leaves out `Japan` (since 2023-11-27), `Australia` (since 2024-03-07), `France` (since 2024-10-07), `Malaysia` (since 2024-11-21), `New Zealand` (since 2025-02-26), members of `vietnam-csp` as of 2025-03 (framing)',
    );
  });

  it('does not ask a partial list to be complete', async () => {
    const result = await verdictsOf('As of June 2024, Vietnam had comprehensive strategic partnerships with seven countries, including Japan, Australia and France.');
    expect(byRule(result, 'list-missing-member')).toEqual([]);
  });

  it('does not guess without a date', async () => {
    const result = await verdictsOf('Vietnam had comprehensive strategic partnerships with five countries: China, Russia, India, South Korea and Japan.');
    expect(byRule(result, 'list-missing-member')).toEqual([]);
  });

  it('does not judge a list of an incomplete collection', async () => {
    const result = await verdictsOf('As of June 2025, Vietnam had comprehensive partnerships with 3 countries: Canada, Hungary and Brunei.');
    expect(byRule(result, 'list-missing-member')).toEqual([]);
  });

  it('reads "As of October 2025" from its first day: the UK (29 October) may be listed or not', async () => {
    const without = await verdictsOf(
      'As of October 2025, Vietnam had comprehensive strategic partnerships with 13 countries: China, Russia, India, South Korea, the United States, Japan, Australia, France, Malaysia, New Zealand, Indonesia, Singapore and Thailand.',
    );
    expect(one(without, 'list-missing-member').status).toBe('supported');
    const withUk = await verdictsOf(
      'As of October 2025, Vietnam had comprehensive strategic partnerships with 14 countries: China, Russia, India, South Korea, the United States, Japan, Australia, France, Malaysia, New Zealand, Indonesia, Singapore, Thailand and the United Kingdom.',
    );
    expect(withUk.verdicts.filter((v) => v.status !== 'supported')).toEqual([]);
  });
});

describe('list-extra-member', () => {
  it('supports a list of members', async () => {
    const result = await verdictsOf('As of December 2023, Vietnam had comprehensive strategic partnerships with six countries: China, Russia, India, South Korea, the United States and Japan.');
    expect(byRule(result, 'list-extra-member')).toEqual([
      ['supported', 'China, Russia, India, South Korea, the United States and Japan', 'every one of the `6` listed is, or later became, a member of `vietnam-csp`'],
    ]);
  });

  it('refutes a listed non-member at the entry, naming where the ledger has it', async () => {
    const result = await verdictsOf('As of December 2023, Vietnam had comprehensive strategic partnerships with six countries: China, Russia, India, South Korea, the United States and Germany.');
    expect(byRule(result, 'list-extra-member')).toEqual([
      ['refuted', 'Germany', '`Germany` is listed, but it is not a member of `vietnam-csp` as of 2023-12 (framing); the ledger has it in `vietnam-strategic-partnership`'],
    ]);
    const cuba = await verdictsOf('As of December 2023, Vietnam had comprehensive strategic partnerships with seven countries: China, Russia, India, South Korea, the United States, Japan and Cuba.');
    expect(byRule(cuba, 'list-extra-member')).toEqual([
      ['refuted', 'Cuba', '`Cuba` is listed, but it is not a member of `vietnam-csp` as of 2023-12 (framing); the ledger has it in `vietnam-diplomatic-relations`'],
    ]);
  });

  it('cannot place a name the ledger does not know', async () => {
    const result = await verdictsOf('As of December 2023, Vietnam had comprehensive strategic partnerships with six countries: China, Russia, India, South Korea, the United States and Atlantis.');
    expect(byRule(result, 'list-extra-member')).toEqual([['unverifiable', 'Atlantis', '`Atlantis` is not in the ledger, so its place in `vietnam-csp` cannot be checked']]);
  });

  it('needs a date', async () => {
    const result = await verdictsOf('Vietnam had comprehensive strategic partnerships with six countries: China, Russia, India, South Korea, the United States and Japan.');
    expect(byRule(result, 'list-extra-member')).toEqual([['unverifiable', 'China, Russia, India, South Korea, the United States and Japan', `the list ${NEEDS_DATE}`]]);
  });

  it('does not refute a name missing from an incomplete collection', async () => {
    const result = await verdictsOf('As of June 2025, Vietnam had diplomatic relations with 190 countries, including China, Russia and Mongolia.');
    expect(result.verdicts.filter((v) => v.status === 'refuted')).toEqual([]);
  });
});

describe('member-after-as-of', () => {
  it('refutes a listed member that joined after the framing date, pointing at both', async () => {
    const result = await verdictsOf(
      'As of December 2023, Vietnam had comprehensive strategic partnerships with six countries, including China, Russia, India, South Korea, the United States, Japan and Australia.',
    );
    expect(byRule(result, 'member-after-as-of')).toEqual([
      ['refuted', 'Australia', '`Australia` joined `vietnam-csp` on 2024-03-07, after the list\'s date: as of 2023-12 (framing)'],
    ]);
    const verdict = one(result, 'member-after-as-of');
    expect(at(result.article!, verdict.cause!.span)).toBe('As of December 2023');
    expect(verdict.evidence.map((e) => [e.entity, e.since])).toEqual([['australia', '2024-03-07']]);
    // A later member is this rule's to report, not list-extra-member's too.
    expect(one(result, 'list-extra-member').status).not.toBe('refuted');
  });

  it('supports a list whose members had all joined by its date', async () => {
    const result = await verdictsOf('As of December 2023, Vietnam had comprehensive strategic partnerships with six countries: China, Russia, India, South Korea, the United States and Japan.');
    expect(byRule(result, 'member-after-as-of')).toEqual([
      ['supported', 'China, Russia, India, South Korea, the United States and Japan', 'no listed member joined `vietnam-csp` after the list\'s date: as of 2023-12 (framing)'],
    ]);
  });

  it('lets a member that joined within the framing month be listed', async () => {
    const result = await verdictsOf(
      'As of October 2025, Vietnam had comprehensive strategic partnerships with 14 countries: China, Russia, India, South Korea, the United States, Japan, Australia, France, Malaysia, New Zealand, Indonesia, Singapore, Thailand and the United Kingdom.',
    );
    expect(one(result, 'member-after-as-of').status).toBe('supported');
  });

  it('refutes the UK in a list framed at June 2025', async () => {
    const result = await verdictsOf(
      'As of June 2025, Vietnam had comprehensive strategic partnerships with 13 countries, including Malaysia, Thailand and the United Kingdom.',
    );
    expect(byRule(result, 'member-after-as-of')).toEqual([
      ['refuted', 'United Kingdom', '`United Kingdom` joined `vietnam-csp` on 2025-10-29, after the list\'s date: as of 2025-06 (framing)'],
    ]);
  });

  it('does not apply without a date', async () => {
    const result = await verdictsOf('Vietnam had comprehensive strategic partnerships with six countries, including Japan and Australia.');
    expect(byRule(result, 'member-after-as-of')).toEqual([]);
  });
});
