/**
 * Words that belong to something else than the claim next to them: a group
 * named after "including" is a part of what is counted, and the date of a
 * statement ("said on Monday") is not the date of what it reports.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, counts, verdictsOf } from '../helpers.js';

const DATELINE = 'March 12, 2025\n\n';

describe('a count is not the total of a group named after "including"', () => {
  it.each([
    'Vietnam now has such ties with 12 countries, including all five permanent members of the UN Security Council.',
    'It has comprehensive strategic partners in 12 countries, among them the five permanent members of the Security Council.',
  ])('%s', async (sentence) => {
    const { claims } = await claimsOf(`${DATELINE}${sentence}\n`);
    expect(counts(claims).filter((c) => c.collection === 'unsc-p5' && c.value === 12)).toEqual([]);
  });

  it('still binds a count to a group named before the words of inclusion', async () => {
    const { claims } = await claimsOf(`${DATELINE}All five permanent members of the UN Security Council, including China, are partners.\n`);
    expect(counts(claims).map((c) => [c.collection, c.value])).toContainEqual(['unsc-p5', 5]);
  });
});

describe('the date of a statement is not a joining date', () => {
  it.each([
    'Six months after New Zealand became a comprehensive strategic partner, trade has grown, the ministry said on Monday.',
    'Malaysia became a comprehensive strategic partner, officials told reporters on Tuesday.',
    'New Zealand is now a comprehensive strategic partner, the foreign minister announced last week.',
  ])('%s', async (sentence) => {
    const result = await verdictsOf(`${DATELINE}${sentence}\n`);
    expect(result.claims.filter((c) => c.kind === 'member-date')).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('takes "States" in "the United States" for no verb of saying', async () => {
    const { claims } = await claimsOf(`${DATELINE}Vietnam has comprehensive strategic partnerships with China in 2008, the United States in September 2023 and Japan in November 2023.\n`);
    expect(claims.filter((c) => c.kind === 'member-date').map((c) => c.text)).toEqual(['2008', 'September 2023', 'November 2023']);
  });

  it('still reads a joining date that a statement reports', async () => {
    const { claims } = await claimsOf(`${DATELINE}New Zealand became a comprehensive strategic partner in February 2025, the ministry said.\n`);
    expect(claims.filter((c) => c.kind === 'member-date').map((c) => c.text)).toEqual(['February 2025']);
  });
});
