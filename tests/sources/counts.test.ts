/** What a hedged count allows, and when two counts at two dates can both hold. */
import { describe, expect, it } from 'vitest';
import { allowedByHedge, canBothHold } from '../../src/sources/counts.js';
import { parsePartialDate, toInterval } from '../../src/time/partial-date.js';

const at = (date: string, min: number, max = min) => ({ interval: toInterval(parsePartialDate(date)), allowed: { min, max } });

describe('allowedByHedge', () => {
  it.each([
    ['exact', 9, 9, 9],
    ['more-than', 190, 191, Infinity],
    ['at-least', 10, 10, Infinity],
    ['fewer-than', 5, 0, 4],
    ['at-most', 5, 0, 5],
    ['nearly', 20, 16, 19],
    ['about', 40, 36, 44],
  ] as const)('%s %i allows %i to %s', (hedge, value, min, max) => {
    expect(allowedByHedge(value, hedge)).toEqual({ min, max });
  });
});

describe('canBothHold: counts never fall', () => {
  it('rejects two different counts on one day', () => {
    expect(canBothHold(at('2023-06-01', 20), at('2023-06-01', 19))).toBe(false);
  });
  it('rejects a later count below an earlier one', () => {
    expect(canBothHold(at('2015-03-02', 19), at('2015-06-01', 18))).toBe(false);
  });
  it('accepts a later count above an earlier one', () => {
    expect(canBothHold(at('2025-02-27', 9), at('2025-06', 13))).toBe(true);
  });
  it('accepts two counts within one month: someone may have joined in it', () => {
    expect(canBothHold(at('2025-03', 12), at('2025-03', 11))).toBe(true);
  });
  it('accepts a month ending on the day of the other when the month\'s count is lower', () => {
    expect(canBothHold(at('2025-02-28', 10), at('2025-02', 9))).toBe(true);
    expect(canBothHold(at('2025-02-28', 9), at('2025-02', 10))).toBe(false);
  });
  it('accepts ranges that meet', () => {
    expect(canBothHold(at('2025-02-27', 9), at('2025-02-27', 8, 9))).toBe(true);
    expect(canBothHold(at('2025-02-27', 9), at('2025-02-27', 10, Infinity))).toBe(false);
  });
});
