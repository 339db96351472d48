/**
 * The four sample articles end to end. Each article's full set of refuted
 * verdicts is pinned, so a new false alarm (or a lost finding) fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../src/check.js';
import { at, refutedPairs, verdictFor, verdictsOf } from './helpers.js';

const FEB = '2025-02-27-hanoi-times-diplomacy-through-csp.txt';
const OCT = '2025-10-elite-diplomatic-sphere-14-csps.txt';
const NOV = '2025-11-csp-investment-outlook.txt';
const UNDATED = 'undated-diplomatic-mark-csp-timeline.txt';

async function check(file: string): Promise<FileResult> {
  const full = path.join('sources', file);
  const result = await verdictsOf(new Uint8Array(readFileSync(full)), { file: full });
  expect(result.problems).toEqual([]);
  return result;
}

/** No refuted verdict touches the sentence or phrase that contains `words`. */
function expectNoRefutationAt(result: FileResult, words: string): void {
  const text = result.article!.text;
  let from = text.indexOf(words);
  expect(from, `"${words}" is in the article`).toBeGreaterThanOrEqual(0);
  while (from >= 0) {
    const end = from + words.length;
    const hits = result.verdicts.filter((v) => v.status === 'refuted' && v.span.start < end && from < v.span.end);
    expect(hits.map((v) => [v.ruleId, at(result.article!, v.span), v.message]), `refuted at "${words}"`).toEqual([]);
    from = text.indexOf(words, end);
  }
}

describe(FEB, () => {
  let result: FileResult;
  beforeAll(async () => {
    result = await check(FEB);
  });

  it('is dated by its dateline', () => {
    expect(result.article!.date).toMatchObject({ date: { year: 2025, month: 2, day: 27 }, source: 'dateline' });
  });

  it('refutes "nine countries" as stale: New Zealand made it ten the day before', () => {
    expect(verdictFor(result, 'stale-count', 'nine countries').map((v) => [v.status, v.message])).toEqual([
      ['refuted', '`nine` countries as of 2025-02-27 (dateline): the ledger has `10` countries at that date; nine was true from 2024-11-21 to 2025-02-25'],
    ]);
  });

  it('refutes "nine countries" against its own list of ten', () => {
    expect(verdictFor(result, 'count-list-mismatch', 'nine countries').map((v) => [v.status, v.message])).toEqual([
      [
        'refuted',
        '`nine` countries, but the partial list that follows names `10`: China, Russia, India, South Korea, United States, Japan, Australia, France, Malaysia, New Zealand',
      ],
    ]);
  });

  it('reads the inline list with each date', () => {
    const list = result.claims.find((c) => c.kind === 'list');
    expect(list?.kind === 'list' && list.entries.map((e) => [e.entity, e.date?.date])).toEqual([
      ['china', { year: 2008 }],
      ['russia', { year: 2012 }],
      ['india', { year: 2016 }],
      ['south-korea', { year: 2022 }],
      ['united-states', { year: 2023, month: 9 }],
      ['japan', { year: 2023, month: 11 }],
      ['australia', { year: 2024, month: 3 }],
      ['france', { year: 2024, month: 10 }],
      ['malaysia', { year: 2024, month: 11 }],
      ['new-zealand', { year: 2025, month: 2 }],
    ]);
  });

  it('cannot check "more than 190 countries": the ledger of diplomatic relations is incomplete', () => {
    expect(verdictFor(result, 'stale-count', 'more than 190 countries').map((v) => v.status)).toEqual(['unverifiable']);
  });

  it.each(['the two countries', 'nearly 40 countries', 'more than 190 countries', '50 years of diplomatic ties', 'five key foreign policy priorities', 'three key pillars'])(
    'raises no false alarm at "%s"',
    (words) => expectNoRefutationAt(result, words),
  );

  it('refutes exactly these', () => {
    expect(refutedPairs(result)).toEqual([
      ['count-list-mismatch', 'nine countries'],
      ['stale-count', 'nine countries'],
    ]);
  });
});

describe(OCT, () => {
  let result: FileResult;
  beforeAll(async () => {
    result = await check(OCT);
  });

  it('is dated by its title "(Oct 2025)"', () => {
    expect(result.article!.titleDate).toMatchObject({ date: { year: 2025, month: 10 }, source: 'title' });
  });

  it('refutes "thirteen nations:" above a list of fourteen', () => {
    const mismatch = result.verdicts.filter((v) => v.ruleId === 'count-list-mismatch');
    expect(mismatch.map((v) => [v.status, at(result.article!, v.span), v.message])).toEqual([
      [
        'refuted',
        'thirteen nations',
        '`thirteen` nations, but the list that follows names `14`: China, Russia, India, South Korea, United States, Japan, Australia, France, Malaysia, New Zealand, Indonesia, Singapore, Thailand, United Kingdom',
      ],
    ]);
    // The count sits on the line that frames the list.
    const sentence = result.claims.find((c) => c.id === mismatch[0]!.claimId)!.sentence;
    expect(at(result.article!, sentence)).toBe('As of June 2025, Vietnam currently holds Comprehensive Strategic Partnerships with an impressive thirteen nations:');
  });

  it('refutes the United Kingdom in the list framed "As of June 2025"', () => {
    const after = result.verdicts.filter((v) => v.ruleId === 'member-after-as-of');
    expect(after.map((v) => [v.status, at(result.article!, v.span), v.message])).toEqual([
      ['refuted', 'United Kingdom (October, 2025)', "`United Kingdom` joined `vietnam-csp` on 2025-10-29, after the list's date: as of 2025-06 (framing)"],
    ]);
    expect(at(result.article!, after[0]!.cause!.span)).toBe('As of June 2025');
  });

  it('reads the UK entry\'s "(October, 2025)" at month precision', () => {
    const list = result.claims.find((c) => c.kind === 'list');
    const uk = list?.kind === 'list' ? list.entries.find((e) => e.entity === 'united-kingdom') : undefined;
    expect(uk?.date?.date).toEqual({ year: 2025, month: 10 });
  });

  it('supports both "thirteen nations … as of June 2025" under stale-count', () => {
    const stale = verdictFor(result, 'stale-count', 'thirteen nations');
    expect(stale.map((v) => [v.status, v.message])).toEqual([
      ['supported', '`thirteen` nations as of 2025-06 (explicit): the ledger has `13` nations'],
      ['supported', '`thirteen` nations as of 2025-06 (explicit): the ledger has `13` nations'],
    ]);
  });

  it('supports every "14 Comprehensive Strategic Partnerships" at the title\'s month', () => {
    const fourteen = result.verdicts.filter((v) => v.ruleId === 'stale-count' && /^14 /.test(at(result.article!, v.span)));
    expect(fourteen.map((v) => [v.status, at(result.article!, v.span)])).toEqual([
      ['supported', '14 Comprehensive Strategic Partnerships'],
      ['supported', '14 COMPREHENSIVE STRATEGIC PARTNERSHIPS'],
      ['supported', '14 Comprehensive Strategic Partnerships'],
    ]);
    expect(fourteen[1]!.message).toBe('`14` comprehensive strategic partnerships as of 2025-10 (title): the ledger has `13` to `14` comprehensive strategic partnerships');
  });

  it.each(['thirteen nations with whom', 'Six Pillars of Cooperation', 'six main areas', 'five decades of diplomatic ties'])('raises no false alarm at "%s"', (words) =>
    expectNoRefutationAt(result, words),
  );

  it('refutes exactly these', () => {
    expect(refutedPairs(result)).toEqual([
      ['stale-as-of', 'Updated to June 2025'],
      ['count-list-mismatch', 'thirteen nations'],
      ['member-after-as-of', 'United Kingdom (October, 2025)'],
      ['stale-superlative', 'latest elevation'],
    ]);
  });
});

describe(NOV, () => {
  let result: FileResult;
  beforeAll(async () => {
    result = await check(NOV);
  });

  it('supports "14 countries" as of November 2025', () => {
    expect(verdictFor(result, 'stale-count', '14 countries').map((v) => [v.status, v.message])).toEqual([
      ['supported', '`14` countries as of 2025-11 (explicit): the ledger has `14` countries'],
    ]);
  });

  it('supports "all five permanent members of the UN Security Council" and its list', () => {
    const p5 = result.verdicts.filter((v) => result.claims.find((c) => c.id === v.claimId)!.collection === 'unsc-p5');
    expect(p5.map((v) => [v.ruleId, v.status])).toEqual([
      ['stale-count', 'supported'],
      ['count-list-mismatch', 'supported'],
      ['list-missing-member', 'supported'],
      ['list-extra-member', 'supported'],
      ['member-after-as-of', 'supported'],
    ]);
  });

  it('reads no list from "middle powers - such as Australia, Canada, Netherlands, Switzerland"', () => {
    const lists = result.claims.filter((c) => c.kind === 'list');
    expect(lists.map((c) => c.text)).toEqual(['U.S, China, Russia, France, and the U.K']);
  });

  it.each(['14 countries', 'the two countries', 'the 11th-largest', 'ranks 43rd', '20.5 percent', '$1.5 billion', 'Over 2,200 investment projects'])(
    'raises no false alarm at "%s"',
    (words) => expectNoRefutationAt(result, words),
  );

  it('refutes nothing', () => {
    expect(refutedPairs(result)).toEqual([]);
  });
});

describe(UNDATED, () => {
  let result: FileResult;
  beforeAll(async () => {
    result = await check(UNDATED);
  });

  it('has no date and no count claim: "3 more countries", "the three new countries", "3 consecutive countries" are not totals', () => {
    expect(result.article!.date).toBeUndefined();
    expect(result.article!.titleDate).toBeUndefined();
    expect(result.claims.filter((c) => c.kind === 'count')).toEqual([]);
  });

  it('reads the dated events and verifies them: China in May 2008, Russia in July 2012, the US in September 2023, Malaysia in November 2024', () => {
    const dates = result.claims.flatMap((c) => (c.kind === 'member-date' ? [[c.entity, c.text]] : []));
    expect(dates).toEqual([['china', 'May 2008'], ['russia', 'July 2012'], ['united-states', 'September 2023'], ['malaysia', 'November 2024']]);
    expect(result.verdicts.filter((v) => v.ruleId === 'wrong-date').map((v) => v.status)).toEqual(['supported', 'supported', 'supported', 'supported']);
  });

  it('refutes nothing', () => {
    expect(refutedPairs(result)).toEqual([]);
  });
});
