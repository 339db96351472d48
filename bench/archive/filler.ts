/**
 * Filler: the news an archive is mostly made of — trade figures, weather,
 * sport, city works — with the numbers, units, ordinals, dates and country
 * names real copy has, but no claim about a ledger collection. The pre-filter
 * should let almost all of it pass without reaching the NLP.
 */
import type { Random } from '../lib/prng.js';

export const COUNTRIES = [
  'Japan', 'Germany', 'Brazil', 'Canada', 'Mexico', 'Italy', 'Spain', 'the Netherlands', 'Sweden', 'Norway',
  'Chile', 'Peru', 'Egypt', 'Kenya', 'Nigeria', 'Turkey', 'Poland', 'Hungary', 'Laos', 'Cambodia',
  'the Philippines', 'Singapore', 'Thailand', 'South Korea', 'China', 'India', 'Australia', 'France',
] as const;
const CITIES = ['Hanoi', 'Ho Chi Minh City', 'Da Nang', 'Hai Phong', 'Can Tho', 'Hue', 'Nha Trang', 'Quang Ninh', 'Vung Tau', 'Dalat'];
const ORGS = [
  'The Ministry of Industry and Trade', 'The General Statistics Office', 'The State Bank', 'The city People\'s Committee',
  'The Ministry of Finance', 'The national weather centre', 'The Ministry of Health', 'The port authority',
  'The provincial Department of Agriculture', 'The Vietnam Chamber of Commerce and Industry', 'The transport ministry',
];
const SECTORS = ['textile', 'seafood', 'rice', 'coffee', 'electronics', 'furniture', 'steel', 'footwear', 'pepper', 'cashew', 'rubber', 'timber'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', '10th', '12th', '21st', '33rd'];
const WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'a dozen', 'dozens of', 'hundreds of'];
const EVENTS = ['trade fair', 'food festival', 'marathon', 'book fair', 'film week', 'investment forum', 'flower festival', 'job fair', 'football tournament'];
const TOPICS = ['flood prevention', 'vocational training', 'urban railway safety', 'digital payments', 'food safety', 'river dredging', 'school meals', 'air quality', 'power supply'];
const PEOPLE = ['Nguyen Van An', 'Tran Thi Mai', 'Le Minh Tuan', 'Pham Thu Ha', 'Hoang Duc Long', 'Vo Thanh Son', 'Dang Ngoc Lan'];
const ROLES = ['a deputy director', 'the chairman', 'an economist', 'a spokesperson', 'a senior official', 'a researcher'];

type Slots = (r: Random) => string;

const percent: Slots = (r) => `${r.int(1, 40)}.${r.int(0, 9)} percent`;
const money: Slots = (r) => r.pick([`$${r.int(1, 900)} million`, `$${r.int(1, 60)}.${r.int(1, 9)} billion`, `VND${r.int(2, 900)} billion`]);
const quantity: Slots = (r) => r.pick([`${r.int(2, 900).toLocaleString('en-US')} tonnes`, `${r.int(10, 99_000).toLocaleString('en-US')} visitors`, `${r.int(2, 400)} km`, `${r.int(2, 90)} hectares`, `${r.int(20, 9000)} households`]);
const day: Slots = (r) => r.pick([`on ${r.pick(WEEKDAYS)}`, `on ${r.pick(MONTHS)} ${r.int(1, 28)}`, `in ${r.pick(MONTHS)}`, `in the ${r.pick(['first', 'second', 'third', 'fourth'])} quarter`, `last ${r.pick(['week', 'month', 'year'])}`, `in ${r.int(2008, 2026)}`]);
const person: Slots = (r) => `${r.pick(PEOPLE)}, ${r.pick(ROLES)} at ${r.pick(ORGS).replace(/^The /, 'the ')}`;

const SENTENCES: Slots[] = [
  (r) => `${r.pick(ORGS)} said ${day(r)} that ${r.pick(SECTORS)} exports rose ${percent(r)} year on year to ${money(r)}.`,
  (r) => `Shipments to ${r.pick(COUNTRIES)} and ${r.pick(COUNTRIES)} accounted for ${percent(r)} of the total, ${r.pick(ORGS).replace(/^The /, 'the ')} said.`,
  (r) => `The ${r.pick(EVENTS)} in ${r.pick(CITIES)} will run from ${r.pick(MONTHS)} ${r.int(1, 14)} to ${r.int(15, 28)} and is expected to draw ${quantity(r)}.`,
  (r) => `Heavy rain ${day(r)} brought ${r.int(5, 300)} mm of rain to parts of ${r.pick(CITIES)}, and ${r.pick(WORDS)} roads were closed for several hours.`,
  (r) => `Officials from ${r.pick(COUNTRIES)} visited ${r.pick(CITIES)} ${day(r)} to discuss ${r.pick(TOPICS)} with local authorities.`,
  (r) => `"We expect demand to recover by the ${r.pick(['first', 'second'])} half of next year," said ${person(r)}.`,
  (r) => `The project, worth ${money(r)}, covers ${quantity(r)} and is due to be finished in ${r.pick(MONTHS)} ${r.int(2025, 2030)}.`,
  (r) => `${r.pick(CITIES)} has opened ${r.pick(WORDS)} new schools since ${r.int(2010, 2024)}, bringing the total to ${r.int(40, 900)}.`,
  (r) => `The team finished ${r.pick(ORDINALS)} in the regional championship, ${r.int(2, 30)} points behind the winners from ${r.pick(COUNTRIES)}.`,
  (r) => `Prices of ${r.pick(SECTORS)} fell ${percent(r)} ${day(r)}, the ${r.pick(ORDINALS)} drop in a row, traders said.`,
  (r) => `More than ${r.int(2, 90)},000 people attended the ${r.pick(ORDINALS)} edition of the ${r.pick(EVENTS)}, organisers said.`,
  (r) => `${r.pick(ORGS)} plans to spend ${money(r)} on ${r.pick(TOPICS)} over the next ${r.pick(WORDS.slice(0, 9))} years.`,
  (r) => `Foreign direct investment from ${r.pick(COUNTRIES)} reached ${money(r)} in the first ${r.int(2, 11)} months, up ${percent(r)}.`,
  (r) => `Residents in ${r.pick(CITIES)} said the new bus line had cut their commute by ${r.int(5, 40)} minutes.`,
  (r) => `The hospital treated ${r.int(20, 900)} patients ${day(r)}, ${r.int(2, 60)} of them children under ${r.int(2, 12)}.`,
  (r) => `Tourist arrivals from ${r.pick(COUNTRIES)} rose ${percent(r)} ${day(r)}, making it the ${r.pick(ORDINALS)} largest source market.`,
  (r) => `The index closed at ${r.int(900, 1900)}.${r.int(10, 99)} points ${day(r)}, with ${r.int(100, 400)} stocks gaining and ${r.int(50, 300)} losing.`,
  (r) => `Farmers in the Mekong Delta harvested ${r.int(2, 900).toLocaleString('en-US')} tonnes of rice, ${percent(r)} more than a year earlier.`,
  (r) => `Work on the ${r.int(2, 80)} km expressway linking ${r.pick(CITIES)} and ${r.pick(CITIES)} began ${day(r)}.`,
  (r) => `According to ${person(r)}, ${r.pick(TOPICS)} remains the main concern for ${r.pick(WORDS)} districts.`,
  (r) => `The exhibition brings together ${r.int(50, 600)} companies from ${r.pick(COUNTRIES)}, ${r.pick(COUNTRIES)} and elsewhere.`,
  (r) => `Electricity use peaked at ${r.int(20, 50)},${r.int(100, 999)} MW ${day(r)}, the power company said.`,
];

/** Now and then filler names a collection ("ASEAN") or says "current", which lets its paragraph past the pre-filter. */
const PAST_THE_PREFILTER: Slots[] = [
  (r) => `Visitors from other ASEAN countries rose ${percent(r)} ${day(r)}, led by ${r.pick(['Thailand', 'Malaysia', 'Singapore', 'Indonesia'])}.`,
  (r) => `The current account surplus reached ${money(r)} ${day(r)}, the central bank said.`,
];

export function fillerSentence(r: Random): string {
  return r.pick(r.chance(0.04) ? PAST_THE_PREFILTER : SENTENCES)(r);
}

export function fillerParagraph(r: Random): string {
  return Array.from({ length: r.int(2, 6) }, () => fillerSentence(r)).join(' ');
}

/** A short bullet item of filler for Markdown lists. */
export function fillerItem(r: Random): string {
  return r.pick<Slots>([
    (q) => `${q.pick(SECTORS)[0]!.toUpperCase()}${q.pick(SECTORS).slice(1)} exports: ${money(q)} (up ${percent(q)})`,
    (q) => `${q.pick(CITIES)}: ${quantity(q)}`,
    (q) => `The ${q.pick(ORDINALS)} phase of ${q.pick(TOPICS)}, due ${day(q)}`,
  ])(r);
}

export function fillerTitle(r: Random): string {
  return r.pick<Slots>([
    (q) => `${q.pick(SECTORS)[0]!.toUpperCase()}${q.pick(SECTORS).slice(1)} exports rise ${percent(q)} ${day(q)}`,
    (q) => `${q.pick(CITIES)} to host ${q.pick(EVENTS)} in ${q.pick(MONTHS)}`,
    (q) => `${q.pick(CITIES)} steps up ${q.pick(TOPICS)}`,
    (q) => `Investors from ${q.pick(COUNTRIES)} eye ${q.pick(CITIES)}`,
  ])(r);
}

export function headingText(r: Random): string {
  return r.pick(['Background', 'Trade and investment', 'What comes next', 'Local impact', 'In numbers', 'Reactions', 'The wider picture', 'Outlook']);
}

export { MONTHS };
