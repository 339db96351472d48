import { describe, expect, it } from 'vitest';
import {
  compatible,
  dayNumber,
  describePartialDate,
  formatDay,
  formatPartialDate,
  parsePartialDate,
  partialDateProblem,
  precisionOf,
  toInterval,
  truncate,
  type PartialDate,
} from '../../src/time/partial-date.js';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayNumber(y, m, d);
};

describe('parsePartialDate / partialDateProblem', () => {
  it('parses a year', () => {
    expect(partialDateProblem('2025')).toBeNull();
    expect(parsePartialDate('2025')).toEqual({ year: 2025 });
    expect(precisionOf(parsePartialDate('2025'))).toBe('year');
  });

  it('parses a month without inventing a day', () => {
    expect(partialDateProblem('2008-05')).toBeNull();
    const date = parsePartialDate('2008-05');
    expect(date).toEqual({ year: 2008, month: 5 });
    expect('day' in date).toBe(false);
    expect(precisionOf(date)).toBe('month');
  });

  it('parses a day', () => {
    expect(partialDateProblem('2025-10-29')).toBeNull();
    expect(parsePartialDate('2025-10-29')).toEqual({ year: 2025, month: 10, day: 29 });
    expect(precisionOf(parsePartialDate('2025-10-29'))).toBe('day');
  });

  it('rejects a day that does not exist in its month', () => {
    expect(partialDateProblem('2025-02-30')).toBe('`2025-02-30` does not exist: 2025-02 has 28 days');
    expect(() => parsePartialDate('2025-02-30')).toThrow(new RangeError('`2025-02-30` does not exist: 2025-02 has 28 days'));
    expect(partialDateProblem('2025-04-31')).toBe('`2025-04-31` does not exist: 2025-04 has 30 days');
    expect(partialDateProblem('2025-01-32')).toBe('`2025-01-32` does not exist: 2025-01 has 31 days');
  });

  it('knows leap years', () => {
    expect(partialDateProblem('2024-02-29')).toBeNull();
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(partialDateProblem('2000-02-29')).toBeNull(); // divisible by 400
    expect(partialDateProblem('1900-02-29')).toBe('`1900-02-29` does not exist: 1900-02 has 28 days'); // by 100, not 400
  });

  it('rejects a month that does not exist', () => {
    expect(partialDateProblem('2025-13')).toBe('`2025-13` has no month 13');
    expect(partialDateProblem('2025-00')).toBe('`2025-00` has no month 0');
    expect(partialDateProblem('2025-13-01')).toBe('`2025-13-01` has no month 13');
    expect(() => parsePartialDate('2025-13')).toThrow(new RangeError('`2025-13` has no month 13'));
  });

  it('rejects text that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(partialDateProblem('25-01-01')).toBe('`25-01-01` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD');
    expect(() => parsePartialDate('25-01-01')).toThrow(
      new RangeError('`25-01-01` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD'),
    );
    for (const text of ['2025/02/03', '2025-2-3', '2025-02-3', ' 2025', '2025 ', 'May 2008', '', '20250', '2025-']) {
      expect(partialDateProblem(text), text).toBe(`\`${text}\` is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD`);
    }
  });
});

describe('toInterval', () => {
  it('a year is every day of that year', () => {
    expect(toInterval({ year: 2024 })).toEqual({ start: day('2024-01-01'), end: day('2025-01-01') });
    expect(toInterval({ year: 2024 }).end - toInterval({ year: 2024 }).start).toBe(366);
    expect(toInterval({ year: 2025 }).end - toInterval({ year: 2025 }).start).toBe(365);
  });

  it('a month is every day of that month', () => {
    expect(toInterval({ year: 2008, month: 5 })).toEqual({ start: day('2008-05-01'), end: day('2008-06-01') });
    expect(toInterval({ year: 2024, month: 2 }).end - toInterval({ year: 2024, month: 2 }).start).toBe(29);
  });

  it('December ends on 1 January of the next year', () => {
    const december = toInterval({ year: 2025, month: 12 });
    expect(december).toEqual({ start: day('2025-12-01'), end: day('2026-01-01') });
    expect(formatDay(december.end)).toBe('2026-01-01');
    expect(formatDay(december.end - 1)).toBe('2025-12-31');
  });

  it('a day is an interval of length 1', () => {
    const interval = toInterval({ year: 2025, month: 10, day: 29 });
    expect(interval).toEqual({ start: day('2025-10-29'), end: day('2025-10-30') });
    expect(interval.end - interval.start).toBe(1);
    expect(formatDay(interval.start)).toBe('2025-10-29');
  });

  it('day numbers count from 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1970, 1, 2)).toBe(1);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
  });

  it('years below 100 are not moved into the 1900s', () => {
    const interval = toInterval(parsePartialDate('0050'));
    expect(formatDay(interval.start)).toBe('0050-01-01');
  });
});

describe('compatible', () => {
  const may2008: PartialDate = { year: 2008, month: 5 };
  it('a day inside a month is compatible with it, in both orders', () => {
    expect(compatible(may2008, { year: 2008, month: 5, day: 30 })).toBe(true);
    expect(compatible({ year: 2008, month: 5, day: 30 }, may2008)).toBe(true);
  });
  it('the day after a month is not compatible with it', () => {
    expect(compatible(may2008, { year: 2008, month: 6, day: 1 })).toBe(false);
    expect(compatible({ year: 2008, month: 4, day: 30 }, may2008)).toBe(false);
  });
  it('a year is compatible with each of its months and days', () => {
    expect(compatible({ year: 2008 }, may2008)).toBe(true);
    expect(compatible({ year: 2008 }, { year: 2008, month: 12, day: 31 })).toBe(true);
    expect(compatible({ year: 2009 }, may2008)).toBe(false);
    expect(compatible({ year: 2009 }, { year: 2008, month: 12, day: 31 })).toBe(false);
  });
  it('days are compatible only with themselves', () => {
    expect(compatible({ year: 2025, month: 10, day: 29 }, { year: 2025, month: 10, day: 29 })).toBe(true);
    expect(compatible({ year: 2025, month: 10, day: 29 }, { year: 2025, month: 10, day: 30 })).toBe(false);
  });
  it('different months are not compatible', () => {
    expect(compatible({ year: 2025, month: 10 }, { year: 2025, month: 11 })).toBe(false);
    expect(compatible({ year: 2025, month: 12 }, { year: 2026, month: 1 })).toBe(false);
  });
});

describe('truncate', () => {
  const uk: PartialDate = { year: 2025, month: 10, day: 29 };
  it('coarsens a day to a month or a year', () => {
    expect(truncate(uk, 'month')).toEqual({ year: 2025, month: 10 });
    expect('day' in truncate(uk, 'month')).toBe(false);
    expect(truncate(uk, 'year')).toEqual({ year: 2025 });
    expect(Object.keys(truncate(uk, 'year'))).toEqual(['year']);
    expect(truncate(uk, 'day')).toEqual(uk);
  });
  it('never makes a date finer than it is', () => {
    expect(truncate({ year: 2008, month: 5 }, 'day')).toEqual({ year: 2008, month: 5 });
    expect(truncate({ year: 2008 }, 'month')).toEqual({ year: 2008 });
    expect(truncate({ year: 2008 }, 'day')).toEqual({ year: 2008 });
  });
});

describe('describePartialDate', () => {
  it('writes each precision the way an editor would', () => {
    expect(describePartialDate({ year: 2016 })).toBe('2016');
    expect(describePartialDate({ year: 2008, month: 5 })).toBe('May 2008');
    expect(describePartialDate({ year: 2025, month: 10, day: 29 })).toBe('29 October 2025');
    expect(describePartialDate({ year: 2024, month: 1, day: 1 })).toBe('1 January 2024');
    expect(describePartialDate({ year: 2024, month: 12 })).toBe('December 2024');
  });
});

describe('formatPartialDate', () => {
  it('writes ISO text at the date\'s own precision', () => {
    expect(formatPartialDate({ year: 2008 })).toBe('2008');
    expect(formatPartialDate({ year: 2008, month: 5 })).toBe('2008-05');
    expect(formatPartialDate({ year: 2024, month: 3, day: 7 })).toBe('2024-03-07');
  });
  it('round-trips through parsePartialDate', () => {
    for (const text of ['2008', '2008-05', '2024-02-29', '2025-12-31', '1967-08-08', '2026-01']) {
      expect(formatPartialDate(parsePartialDate(text))).toBe(text);
    }
    for (const date of [{ year: 2016 }, { year: 2008, month: 5 }, { year: 2025, month: 10, day: 29 }]) {
      expect(parsePartialDate(formatPartialDate(date))).toEqual(date);
    }
  });
});
