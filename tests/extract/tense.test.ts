/**
 * The tense of the verb that governs a claim (src/extract/tense.ts): present
 * claims go stale, past ones stay true. Each row is a sentence, the claim's
 * words in it, and the tense the word reader must give.
 */
import { describe, expect, it } from 'vitest';
import { isQuoted, statedOfThePast, tenseOf, type Tense } from '../../src/extract/tense.js';
import { claimsOf } from '../helpers.js';

const rows: [sentence: string, words: string, tense: Tense][] = [
  // present: having, being, present perfect, present-time markers
  ['Vietnam has comprehensive strategic partnerships with 14 countries.', '14 countries', 'present'],
  ['Vietnam now has 14 comprehensive strategic partners.', '14 comprehensive strategic partners', 'present'],
  ['As of now, Vietnam has established Comprehensive Strategic Partnerships with nine countries, including China in 2008.', 'nine countries', 'present'],
  ['Vietnam has so far upgraded ties with 14 countries.', '14 countries', 'present'],
  ['New Zealand is the newest partner of Vietnam’s CSP – the highest level cooperation.', 'newest partner', 'present'],
  ['The EU has now become the newest comprehensive strategic partner.', 'newest comprehensive strategic partner', 'present'],
  ['Vietnam’s expansive network of 14 Comprehensive Strategic Partnerships is a profound testament to its foreign policy.', '14 Comprehensive Strategic Partnerships', 'present'],
  ['Vietnam currently holds Comprehensive Strategic Partnerships with thirteen nations:', 'thirteen nations', 'present'],
  ['With 14 comprehensive strategic partners to date, Vietnam looks beyond Asia.', '14 comprehensive strategic partners', 'present'],
  ['Vietnam, which signed with the UK in October, now counts 14 partners.', '14 partners', 'present'],
  ['The partnerships are listed below: 14 in all.', '14 in all', 'present'],
  // past: simple past, past perfect, a past clause inside a present sentence
  ['In 2016 India became the third comprehensive strategic partner.', 'third comprehensive strategic partner', 'past'],
  ['By then Vietnam had 14 comprehensive strategic partners.', '14 comprehensive strategic partners', 'past'],
  ['Vietnam established comprehensive strategic partnerships with 14 countries.', '14 countries', 'past'],
  ['Vietnam had established partnerships with nine countries by 2024.', 'nine countries', 'past'],
  ['The deal, signed when Vietnam had nine partners, is still in force.', 'nine partners', 'past'],
  ['The United Kingdom became the newest comprehensive strategic partner of Vietnam.', 'newest comprehensive strategic partner', 'past'],
  ['Vietnam was the first to sign; it has 14 partners now.', 'first', 'past'],
  // none: forecasts, infinitives, headlines without a verb
  ['Vietnam will have 16 comprehensive strategic partners by 2027.', '16 comprehensive strategic partners', 'none'],
  ['Indonesia is set to become the newest partner.', 'newest partner', 'none'],
  ['A Deep Dive into 14 Comprehensive Strategic Partnerships (Oct 2025)', '14 Comprehensive Strategic Partnerships', 'none'],
  ['The latest elevation of relations with Thailand on May 16, 2025, highlights the deep bilateral ties.', 'latest elevation', 'none'],
  // "May" before a number is a month, not the modal
  ['Since May 2008 Vietnam has added 13 partners.', '13 partners', 'present'],
  // verbs of joining, using and sharing; a participle that modifies a noun is no finite verb
  ['Twelve countries adopted the single currency in 2002.', 'Twelve countries', 'past'],
  ['Twenty countries share the euro today.', 'Twenty countries', 'present'],
  ['A bloc formed by six founding states grew to ten members.', 'ten members', 'past'],
  ['A network forged through 14 partnerships spans the globe.', '14 partnerships', 'none'],
  // forecasts, schedules and attempts
  ['Sweden is likely to become the 28th member.', '28th member', 'none'],
  ['Montenegro is due to become the 22nd member.', '22nd member', 'none'],
];

describe('tenseOf', () => {
  it.each(rows)('%s [%s] → %s', (sentence, words, tense) => {
    const start = sentence.indexOf(words);
    expect(start, 'the words are in the sentence').toBeGreaterThanOrEqual(0);
    expect(tenseOf(sentence, { start, end: start + words.length })).toBe(tense);
  });

  it('reads the whole sentence for a list in the lines below it', () => {
    expect(tenseOf('Vietnam currently has comprehensive strategic partnerships with the following countries:')).toBe('present');
    expect(tenseOf('Vietnam had comprehensive strategic partnerships with the following countries:')).toBe('past');
  });
});

describe('statedOfThePast', () => {
  it.each<[string, string, boolean]>([
    ['For a decade the league had eight members.', 'eight members', true],
    ['Eight members founded the league in 1990.', 'Eight members', true],
    ['The league now has eight members, after two joined.', 'eight members', false],
    ['The secretary-general said the league had eight members.', 'eight members', false],
    ['The league has had eight members since 2019.', 'eight members', false],
  ])('%s [%s] → %s', (sentence, words, past) => {
    const start = sentence.indexOf(words);
    expect(statedOfThePast(sentence, { start, end: start + words.length })).toBe(past);
  });
});

describe('isQuoted', () => {
  it.each([
    ['He said: “Vietnam now has 14 partners.”', '14', true],
    ['He said: “We are proud.” Vietnam now has 14 partners.', '14', false],
    ['He said: "Vietnam now has 14 partners."', '14', true],
    ['“Vietnam is the rising star,” he said, as Vietnam has 14 partners.', '14', false],
    ['“A quote that goes on into the next paragraph, with 14 partners', '14', true],
  ] as const)('%s', (text, words, quoted) => {
    expect(isQuoted(text, text.indexOf(words))).toBe(quoted);
  });
});

describe('claims carry presentTense', () => {
  it('from the sentence each was read from, false inside quotation marks', async () => {
    const { claims } = await claimsOf([
      'Nov 5, 2025 / 10:00',
      'Vietnam has comprehensive strategic partnerships with 14 countries.',
      'By 2016 Vietnam had three comprehensive strategic partners.',
      'The minister said: “Vietnam now has 14 comprehensive strategic partners.”',
    ].join('\n'));
    expect(claims.filter((c) => c.kind === 'count').map((c) => [c.text, c.presentTense])).toEqual([
      ['14 countries', true],
      ['three comprehensive strategic partners', false],
      ['14 comprehensive strategic partners', false],
    ]);
  });
});
