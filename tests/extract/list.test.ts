import { formatPartialDate } from '../../src/time/partial-date.js';
/**
 * List claims: the enumeration of what a count counts, inline after the
 * count or as the lines / list items under a sentence ending in a colon.
 */
import { describe, expect, it } from 'vitest';
import type { ListClaim } from '../../src/extract/index.js';
import type { Article } from '../../src/ingest/index.js';
import { at, claimsOf, counts, lists } from '../helpers.js';

/** Each entry as [entity, name, words at its span, date, words at the date's span]. */
function entriesOf(article: Article, list: ListClaim) {
  return list.entries.map((e) => [e.entity, e.name, at(article, e.span), e.date?.date, e.date && at(article, e.date.span)]);
}

async function onlyList(input: string, file = 'a.txt') {
  const { article, claims } = await claimsOf(input, { file });
  const found = lists(claims);
  expect(found, 'one list claim').toHaveLength(1);
  return { article, claims, list: found[0]! };
}

describe('inline lists after a count', () => {
  it('reads "including X in <date>, …": partial, with each date at its precision', async () => {
    const { article, claims, list } = await onlyList(
      'Vietnam had established comprehensive strategic partnerships with eleven countries, including China in 2008, Russia in 2012, India in 2016, South Korea in 2022, ' +
        'the United States in September 2023, Japan in November 2023, Australia in March 2024, France in October 2024, Malaysia in November 2024, ' +
        'New Zealand in February 2025 and Indonesia in March 2025.',
    );
    expect(list.completeness).toBe('partial');
    expect(list.collection).toBe('vietnam-csp');
    expect(entriesOf(article, list)).toEqual([
      ['china', 'China', 'China in 2008', { year: 2008 }, '2008'],
      ['russia', 'Russia', 'Russia in 2012', { year: 2012 }, '2012'],
      ['india', 'India', 'India in 2016', { year: 2016 }, '2016'],
      ['south-korea', 'South Korea', 'South Korea in 2022', { year: 2022 }, '2022'],
      ['united-states', 'United States', 'United States in September 2023', { year: 2023, month: 9 }, 'September 2023'],
      ['japan', 'Japan', 'Japan in November 2023', { year: 2023, month: 11 }, 'November 2023'],
      ['australia', 'Australia', 'Australia in March 2024', { year: 2024, month: 3 }, 'March 2024'],
      ['france', 'France', 'France in October 2024', { year: 2024, month: 10 }, 'October 2024'],
      ['malaysia', 'Malaysia', 'Malaysia in November 2024', { year: 2024, month: 11 }, 'November 2024'],
      ['new-zealand', 'New Zealand', 'New Zealand in February 2025', { year: 2025, month: 2 }, 'February 2025'],
      ['indonesia', 'Indonesia', 'Indonesia in March 2025', { year: 2025, month: 3 }, 'March 2025'],
    ]);
    // The count and the list point at each other.
    const [count] = counts(claims);
    expect(count!.text).toBe('eleven countries');
    expect(count!.listId).toBe(list.id);
    expect(list.countId).toBe(count!.id);
    expect(list.text).toBe(at(article, list.span));
    expect(list.text.startsWith('China in 2008')).toBe(true);
    expect(list.text.endsWith('Indonesia in March 2025')).toBe(true);
  });

  it('reads a shorter partial list with month dates', async () => {
    const { article, list } = await onlyList(
      'Vietnam now has comprehensive strategic partnerships with seven countries, including Japan in November 2023, Australia in March 2024 and France in October 2024.',
    );
    expect(list.completeness).toBe('partial');
    expect(entriesOf(article, list)).toEqual([
      ['japan', 'Japan', 'Japan in November 2023', { year: 2023, month: 11 }, 'November 2023'],
      ['australia', 'Australia', 'Australia in March 2024', { year: 2024, month: 3 }, 'March 2024'],
      ['france', 'France', 'France in October 2024', { year: 2024, month: 10 }, 'October 2024'],
    ]);
  });

  it('reads "such as" as partial, keeping day, month and year precision', async () => {
    const { article, list } = await onlyList('Vietnam has 13 comprehensive strategic partners, such as Thailand (May 16, 2025), Singapore (March 2025) and Indonesia (2025).');
    expect(list.completeness).toBe('partial');
    expect(entriesOf(article, list)).toEqual([
      ['thailand', 'Thailand', 'Thailand (May 16, 2025)', { year: 2025, month: 5, day: 16 }, 'May 16, 2025'],
      ['singapore', 'Singapore', 'Singapore (March 2025)', { year: 2025, month: 3 }, 'March 2025'],
      ['indonesia', 'Indonesia', 'Indonesia (2025)', { year: 2025 }, '2025'],
    ]);
  });

  it('reads "among them X since <date>" as partial', async () => {
    const { article, list } = await onlyList('Vietnam has CSPs with 14 nations, among them Thailand since May 2025 and the United Kingdom since October 29, 2025.');
    expect(list.completeness).toBe('partial');
    expect(entriesOf(article, list)).toEqual([
      ['thailand', 'Thailand', 'Thailand since May 2025', { year: 2025, month: 5 }, 'May 2025'],
      ['united-kingdom', 'United Kingdom', 'United Kingdom since October 29, 2025', { year: 2025, month: 10, day: 29 }, 'October 29, 2025'],
    ]);
  });

  it('reads a colon as complete', async () => {
    const { article, list } = await onlyList('Vietnam had comprehensive strategic partnerships with five countries: China, Russia, India, South Korea and the United States.');
    expect(list.completeness).toBe('complete');
    expect(entriesOf(article, list)).toEqual([
      ['china', 'China', 'China', undefined, undefined],
      ['russia', 'Russia', 'Russia', undefined, undefined],
      ['india', 'India', 'India', undefined, undefined],
      ['south-korea', 'South Korea', 'South Korea', undefined, undefined],
      ['united-states', 'United States', 'United States', undefined, undefined],
    ]);
  });

  it('reads "namely" as complete', async () => {
    const { list } = await onlyList('Vietnam had five comprehensive strategic partners, namely China, Russia, India, South Korea and the United States.');
    expect(list.completeness).toBe('complete');
    expect(list.entries.map((e) => e.entity)).toEqual(['china', 'russia', 'india', 'south-korea', 'united-states']);
  });

  it('reads a parenthesised list after a count as complete, resolving aliases', async () => {
    const { article, claims, list } = await onlyList(
      'All five permanent members of the UN Security Council (China, France, Russia, the UK and the US) are now comprehensive strategic partners of Vietnam.',
    );
    expect(list.collection).toBe('unsc-p5');
    expect(list.completeness).toBe('complete');
    expect(entriesOf(article, list)).toEqual([
      ['china', 'China', 'China', undefined, undefined],
      ['france', 'France', 'France', undefined, undefined],
      ['russia', 'Russia', 'Russia', undefined, undefined],
      ['united-kingdom', 'UK', 'UK', undefined, undefined],
      ['united-states', 'US', 'US', undefined, undefined],
    ]);
    expect(counts(claims)[0]!.listId).toBe(list.id);
  });

  it('stops the list where prose starts', async () => {
    const { list } = await onlyList('Vietnam has comprehensive strategic partnerships with three countries, including China, Russia and India, and it plans more.');
    expect(list.entries.map((e) => e.name)).toEqual(['China', 'Russia', 'India']);
    expect(list.text).toBe('China, Russia and India');
  });
});

describe('names the ledger does not know', () => {
  it('keeps an unknown last name with entity undefined', async () => {
    const { article, list } = await onlyList('Vietnam has comprehensive strategic partnerships with three countries: China, Russia and Narnia.');
    expect(entriesOf(article, list)).toEqual([
      ['china', 'China', 'China', undefined, undefined],
      ['russia', 'Russia', 'Russia', undefined, undefined],
      [undefined, 'Narnia', 'Narnia', undefined, undefined],
    ]);
    expect('entity' in list.entries[2]!).toBe(false);
  });

  it('keeps an unknown name between known ones (serial comma)', async () => {
    const { list } = await onlyList('Vietnam has comprehensive strategic partnerships with three countries: China, Narnia, and Russia.');
    expect(list.entries.map((e) => [e.entity, e.name])).toEqual([['china', 'China'], [undefined, 'Narnia'], ['russia', 'Russia']]);
  });

  it('keeps a multi-word unknown name, dropping "the"', async () => {
    const { article, list } = await onlyList('Vietnam has comprehensive strategic partnerships with three countries: China, Russia and the Republic of Narnia.');
    expect(list.entries.at(-1)).toMatchObject({ name: 'Republic of Narnia' });
    expect(list.entries.at(-1)!.entity).toBeUndefined();
    expect(at(article, list.entries.at(-1)!.span)).toBe('Republic of Narnia');
  });

  it('keeps an unknown name on its own line, with its date', async () => {
    const { article, list } = await onlyList('Vietnam has three comprehensive strategic partners:\nChina (May 2008)\nRussia (July 2012)\nNarnia (2014)\nThe ministry says that more will follow soon enough.');
    expect(entriesOf(article, list).at(-1)).toEqual([undefined, 'Narnia', 'Narnia (2014)', { year: 2014 }, '2014']);
    expect(list.entries).toHaveLength(3);
  });

  it('keeps an unknown name that carries a date: "… and Narnia in 2014"', async () => {
    const { list } = await onlyList('Vietnam has comprehensive strategic partnerships with three countries: China in 2008, Russia in 2012 and Narnia in 2014.');
    expect(list.entries.map((e) => e.name)).toEqual(['China', 'Russia', 'Narnia']);
  });

  it('keeps an unknown name with a parenthesised date: "… and Narnia (2014)"', async () => {
    const { list } = await onlyList('Vietnam has comprehensive strategic partnerships with three countries: China (2008), Russia (2012) and Narnia (2014).');
    expect(list.entries.map((e) => e.name)).toEqual(['China', 'Russia', 'Narnia']);
  });

  it('keeps an unknown name before "and": "China, Narnia and Russia"', async () => {
    const { list } = await onlyList('Vietnam has comprehensive strategic partnerships with three countries: China, Narnia and Russia.');
    expect(list.entries.map((e) => e.name)).toEqual(['China', 'Narnia', 'Russia']);
  });
});

describe('lists under a sentence ending in a colon', () => {
  const lines = [
    'Feb 27, 2025 / 21:17',
    'A headline about partners',
    'As of March 2024, Vietnam had comprehensive strategic partnerships with seven countries:',
    'China (May 2008)',
    'Russia (July 2012)',
    'India (September 2016)',
    'South Korea (December 2022)',
    'United States (September 2023)',
    'Japan (November 2023)',
    'Australia (March 7, 2024)',
    'The story goes on here in prose, well past the list.',
  ].join('\n');

  it('reads plain-text lines "China (May 2008)" as a complete list, dated by its framing', async () => {
    const { article, claims, list } = await onlyList(lines);
    expect(list.completeness).toBe('complete');
    expect(entriesOf(article, list)).toEqual([
      ['china', 'China', 'China (May 2008)', { year: 2008, month: 5 }, 'May 2008'],
      ['russia', 'Russia', 'Russia (July 2012)', { year: 2012, month: 7 }, 'July 2012'],
      ['india', 'India', 'India (September 2016)', { year: 2016, month: 9 }, 'September 2016'],
      ['south-korea', 'South Korea', 'South Korea (December 2022)', { year: 2022, month: 12 }, 'December 2022'],
      ['united-states', 'United States', 'United States (September 2023)', { year: 2023, month: 9 }, 'September 2023'],
      ['japan', 'Japan', 'Japan (November 2023)', { year: 2023, month: 11 }, 'November 2023'],
      ['australia', 'Australia', 'Australia (March 7, 2024)', { year: 2024, month: 3, day: 7 }, 'March 7, 2024'],
    ]);
    expect(list.asOf).toMatchObject({ date: { year: 2024, month: 3 }, source: 'framing' });
    expect(at(article, list.asOf!.span!)).toBe('As of March 2024');
    const [count] = counts(claims);
    expect(count).toMatchObject({ text: 'seven countries', value: 7, listId: list.id });
    expect(count!.asOf?.source).toBe('explicit');
  });

  it('reads a framing with "including" and a colon as partial', async () => {
    const { list } = await onlyList(
      'Feb 27, 2025 / 21:17\nA headline\nVietnam has comprehensive strategic partnerships with ten countries, including:\nChina (May 2008)\nRussia (July 2012)\nIndia (September 2016)\nThat is all for now, says the ministry in a long statement.',
    );
    expect(list.completeness).toBe('partial');
    expect(list.entries.map((e) => e.entity)).toEqual(['china', 'russia', 'india']);
  });

  it('reads a Markdown bullet list', async () => {
    const md = [
      '---',
      'title: Partners',
      'date: 2024-12-01',
      '---',
      '',
      'As of December 2024, Vietnam had comprehensive strategic partnerships with nine countries:',
      '',
      '- China (May 2008)',
      '- Russia (July 2012)',
      '- India (September 2016)',
      '- South Korea (December 2022)',
      '- **United States** (September 2023)',
      '- Japan (November 2023)',
      '- Australia (March 2024)',
      '- France (October 2024)',
      '- Malaysia (November 21, 2024)',
      '',
      'More prose follows.',
      '',
    ].join('\n');
    const { article, claims, list } = await onlyList(md, 'a.md');
    expect(list.completeness).toBe('complete');
    expect(list.entries.map((e) => [e.entity, e.name, e.date?.date])).toEqual([
      ['china', 'China', { year: 2008, month: 5 }],
      ['russia', 'Russia', { year: 2012, month: 7 }],
      ['india', 'India', { year: 2016, month: 9 }],
      ['south-korea', 'South Korea', { year: 2022, month: 12 }],
      ['united-states', 'United States', { year: 2023, month: 9 }],
      ['japan', 'Japan', { year: 2023, month: 11 }],
      ['australia', 'Australia', { year: 2024, month: 3 }],
      ['france', 'France', { year: 2024, month: 10 }],
      ['malaysia', 'Malaysia', { year: 2024, month: 11, day: 21 }],
    ]);
    expect(at(article, list.entries[0]!.span)).toBe('China (May 2008)');
    expect(at(article, list.entries[4]!.date!.span)).toBe('September 2023');
    expect(at(article, list.entries[8]!.date!.span)).toBe('November 21, 2024');
    expect(counts(claims)[0]).toMatchObject({ text: 'nine countries', listId: list.id });
  });

  it('reads a numbered Markdown list', async () => {
    const md = '---\ntitle: T\ndate: 2025-03-01\n---\n\nAs of March 2025, Vietnam had comprehensive strategic partnerships with three countries:\n\n1. China\n2. Russia\n3. India\n\nMore prose.\n';
    const { article, list } = await onlyList(md, 'a.md');
    expect(entriesOf(article, list)).toEqual([
      ['china', 'China', 'China', undefined, undefined],
      ['russia', 'Russia', 'Russia', undefined, undefined],
      ['india', 'India', 'India', undefined, undefined],
    ]);
  });
});

describe('enumerations that are not a list claim', () => {
  it.each([
    'Vietnam is one of the few middle powers such as Australia, Canada, Netherlands that keep a comprehensive strategic partnership with rivals.',
    'Like other middle powers - such as Australia, Canada, Netherlands, Switzerland - Vietnam keeps ties with global rivals.',
    'The expo drew companies from 40 countries, including Iran and Israel, a year after the comprehensive strategic partnership.',
  ])('%s', async (input) => {
    const { claims } = await claimsOf(input);
    expect(lists(claims)).toEqual([]);
  });
});

describe('lists with no count, framed by the collection\'s term', () => {
  it('reads "partners include …" as a partial list', async () => {
    const { article, claims } = await claimsOf("Vietnam's comprehensive strategic partners include China, Russia and India.");
    expect(lists(claims).map((l) => [l.collection, l.completeness, l.entries.map((e) => e.entity)])).toEqual([
      ['vietnam-csp', 'partial', ['china', 'russia', 'india']],
    ]);
    expect(at(article, lists(claims)[0]!.span)).toBe('China, Russia and India');
  });

  it('reads lines under "partners are:" as a complete list', async () => {
    const { claims } = await claimsOf("Vietnam's comprehensive strategic partners are:\nChina\nRussia\nIndia");
    expect(lists(claims).map((l) => [l.completeness, l.entries.map((e) => e.entity)])).toEqual([['complete', ['china', 'russia', 'india']]]);
  });

  it('reads a table under a framing sentence as a list with a date per row', async () => {
    const { claims } = await claimsOf('Vietnam has the following comprehensive strategic partners:\n\n| Partner | Since |\n| --- | --- |\n| China | May 2008 |\n| Russia | July 2012 |\n', { file: 'a.md' });
    expect(lists(claims).map((l) => l.entries.map((e) => [e.entity, e.date && formatPartialDate(e.date.date)]))).toEqual([[['china', '2008-05'], ['russia', '2012-07']]]);
  });
});
