/**
 * Articles in styles the checker was not built on — wire copy with a place
 * and agency dateline, a Markdown explainer, an op-ed — written after the
 * rules were, to keep the checker honest about text it has never seen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectWellFormed, refutedPairs, verdictsOf } from './helpers.js';

const dir = 'tests/fixtures/unseen';
const check = (name: string) => verdictsOf(readFileSync(`${dir}/${name}`, 'utf8'), { file: name });

describe('wire copy: "HANOI, Jan 30, 2026 (Reuters)"', async () => {
  const result = await check('2026-01-wire-eu-upgrade.txt');
  it('reads the dateline behind the place and the agency', () => {
    expect(result.article?.date).toMatchObject({ date: { year: 2026, month: 1, day: 30 }, source: 'dateline' });
  });
  it('verifies the 15th partner, 14 countries with their list, and all five permanent members of the U.N. Security Council', () => {
    expectWellFormed(result);
    const statuses = result.verdicts.map((v) => [v.ruleId, result.article!.text.slice(v.span.start, v.span.end), v.status]);
    expect(statuses).toEqual(expect.arrayContaining([
      ['wrong-ordinal', '15th partner', 'supported'],
      ['stale-count', '14 countries', 'supported'],
      ['group-claim', 'all five permanent members of the U.N. Security Council', 'supported'],
    ]));
    const list = result.claims.find((c) => c.kind === 'list');
    expect(list?.kind === 'list' && list.entries.map((e) => e.entity)).toEqual(['china', 'russia', 'united-states', 'japan', 'united-kingdom']);
    expect(refutedPairs(result)).toEqual([]);
  });
});

describe('a Markdown explainer', async () => {
  const result = await check('2025-04-explainer-partnership-tiers.md');
  it('refutes the stale "11 CSP partners" and verifies the 12th partner two days after Indonesia', () => {
    expectWellFormed(result);
    expect(refutedPairs(result)).toEqual([['stale-count', '11 CSP partners']]);
    expect(result.verdicts.find((v) => v.ruleId === 'stale-count')?.message).toBe(
      '`11` CSP partners as of 2025-04-02 (front-matter): the ledger has `12` CSP partners at that date; 11 was true from 2025-03-10 to 2025-03-11',
    );
    expect(result.verdicts.filter((v) => v.ruleId === 'relative-timing' || v.ruleId === 'wrong-ordinal').map((v) => v.status)).toEqual(['supported', 'supported']);
  });
});

describe('an op-ed with a "Published:" dateline', async () => {
  const result = await check('2025-11-oped-partnership-limits.txt');
  it('refutes "13 countries" in November 2025, leaves incomplete tiers unverifiable, and counts nothing across a verb', () => {
    expectWellFormed(result);
    expect(refutedPairs(result)).toEqual([['stale-count', '13 countries']]);
    expect(result.verdicts.filter((v) => v.status === 'unverifiable').map((v) => result.article!.text.slice(v.span.start, v.span.end))).toEqual(['15 strategic partners', 'around 15 comprehensive partners']);
  });
});

// Written after the engine, to look for false alarms: a statement's date, a group named after "including".
describe('wire copy on an upgrade, with a group after "including"', async () => {
  const result = await check('2025-03-wire-singapore-upgrade.txt');
  it('verifies the 12th partner and refutes only "all five permanent members" (the UK joined in October 2025)', () => {
    expectWellFormed(result);
    expect(result.verdicts.filter((v) => v.ruleId === 'wrong-ordinal').map((v) => v.status)).toEqual(['supported']);
    expect(refutedPairs(result)).toEqual([['group-claim', 'all five permanent members of the UN Security Council']]);
    expect(result.verdicts.find((v) => v.ruleId === 'group-claim')?.message).toBe(
      '`all five permanent members of the UN Security Council` as of 2025-03-12 (dateline), but `United Kingdom` of `unsc-p5` is not in `vietnam-csp`',
    );
  });

  // "12 countries, including …" is left unread rather than counted as the group named after "including".
  it.fails('reads "such ties with 12 countries" as a count of the article\'s collection', () => {
    expect(result.claims.some((c) => c.kind === 'count' && c.value === 12 && c.collection === 'vietnam-csp')).toBe(true);
  });
});
