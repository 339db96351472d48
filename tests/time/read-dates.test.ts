import { describe, expect, it } from 'vitest';
import { readDates } from '../../src/time/read-dates.js';

/** Every mention, with its text checked against the offsets it claims. */
function read(text: string, reference?: Date) {
  const mentions = readDates(text, reference);
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return mentions;
}

describe('readDates', () => {
  it('reads "May 2008" as a month, with exact offsets', () => {
    const text = 'China (May 2008)';
    const mentions = read(text);
    expect(mentions).toEqual([{ date: { year: 2008, month: 5 }, start: 7, end: 15, text: 'May 2008' }]);
    expect(text.slice(mentions[0]!.start, mentions[0]!.end)).toBe('May 2008');
    expect('day' in mentions[0]!.date).toBe(false);
  });

  it('reads "March 10, 2025" as a day', () => {
    expect(read('Indonesia (March 10, 2025)')).toEqual([
      { date: { year: 2025, month: 3, day: 10 }, start: 11, end: 25, text: 'March 10, 2025' },
    ]);
  });

  it('reads "October, 2025" as a month', () => {
    const mentions = read('United Kingdom (October, 2025)');
    expect(mentions).toEqual([{ date: { year: 2025, month: 10 }, start: 16, end: 29, text: 'October, 2025' }]);
  });

  it('reads bare years as years', () => {
    expect(read('including China in 2008, Russia in 2012')).toEqual([
      { date: { year: 2008 }, start: 19, end: 23, text: '2008' },
      { date: { year: 2012 }, start: 35, end: 39, text: '2012' },
    ]);
  });

  it('leaves a following time out of the date', () => {
    expect(read('Feb 27, 2025 / 21:17')).toEqual([
      { date: { year: 2025, month: 2, day: 27 }, start: 0, end: 12, text: 'Feb 27, 2025' },
    ]);
  });

  it('does not guess relative dates without a reference', () => {
    expect(read('As of now')).toEqual([]);
    expect(read('last year')).toEqual([]);
    expect(read('As of now, Vietnam has 15 partners; last year it had 13.')).toEqual([]);
  });

  it('reads relative dates against the reference', () => {
    const reference = new Date(Date.UTC(2025, 1, 27)); // 2025-02-27
    expect(read('last year', reference)).toEqual([{ date: { year: 2024 }, start: 0, end: 9, text: 'last year' }]);
  });

  it('reads a weekday as the latest such day up to the reference, "last" as the one before', () => {
    const reference = new Date(Date.UTC(2024, 8, 3)); // Tuesday 2024-09-03
    expect(read('The accord was signed on Friday and ratified on Tuesday.', reference).map((m) => [m.text, m.date])).toEqual([
      ['on Friday', { year: 2024, month: 8, day: 30 }],
      ['on Tuesday', { year: 2024, month: 9, day: 3 }],
    ]);
    expect(read('It lapsed last Tuesday.', reference).map((m) => m.date)).toEqual([{ year: 2024, month: 8, day: 27 }]);
    expect(read('on Friday')).toEqual([]);
  });

  it('reads "last March" as the latest March before the reference\'s month', () => {
    expect(read('The treaty took effect last March.', new Date(Date.UTC(2024, 8, 3))).map((m) => [m.text, m.date])).toEqual([['last March', { year: 2024, month: 3 }]]);
    expect(read('The treaty took effect last March.', new Date(Date.UTC(2024, 1, 3))).map((m) => m.date)).toEqual([{ year: 2023, month: 3 }]);
  });

  it('reads a month without a year as the latest such month up to the reference, not a later one', () => {
    const reference = new Date(Date.UTC(2024, 10, 18)); // 2024-11-18
    expect(read('Thailand signed in May.', reference).map((m) => m.date)).toEqual([{ year: 2024, month: 5 }]);
    expect(read('The talks resume in December.', reference).map((m) => m.date)).toEqual([{ year: 2024, month: 12 }]);
  });

  it('reads "N years ago" as the months a writer rounds to it', () => {
    const reference = new Date(Date.UTC(2024, 8, 3)); // 2024-09
    expect(read('It joined two years ago, and the bank a month ago.', reference).map((m) => [m.text, m.date, m.until])).toEqual([
      ['two years ago', { year: 2022, month: 3 }, { year: 2023, month: 3 }],
      ['a month ago', { year: 2024, month: 7 }, { year: 2024, month: 9 }],
    ]);
  });

  it('does not read numbers that are not years', () => {
    expect(read('1,300 projects')).toEqual([]);
    expect(read('2025-2030')).toEqual([]);
    expect(read('an action plan for 2025-2030')).toEqual([]);
    expect(read('3.2025 percent')).toEqual([]);
  });

  it('returns mentions in text order', () => {
    const mentions = read('In 2016 India, then on March 10, 2025 Indonesia and in May 2008 China');
    expect(mentions.map((m) => m.text)).toEqual(['2016', 'March 10, 2025', 'May 2008']);
    expect(mentions.map((m) => m.date)).toEqual([{ year: 2016 }, { year: 2025, month: 3, day: 10 }, { year: 2008, month: 5 }]);
  });
});
