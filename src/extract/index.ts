/**
 * The extract stage's entry: Article → Claim[]. A cheap pre-filter (does the
 * block name any collection?) picks the blocks worth reading; each claim kind
 * has its own reader over the same sentence scope, and only sentences with a
 * number reach compromise.
 */
import { JOINING_WITHOUT_OBJECT } from './joining.js';
import { titleBlock, type Article, type Block } from '../ingest/article.js';
import { toInterval, type PartialDate } from '../time/partial-date.js';
import { defaultAsOf, explicitAsOf } from './as-of.js';
import { asOfStatements, MAY_STATE_CURRENCY } from './as-of-statement.js';
import type { AsOf, Claim, CountClaim, ListClaim, MemberDateClaim } from './claim.js';
import { countClaims, framingCount, listClaim } from './count-claims.js';
import { readDatedTable } from './list.js';
import { collectionNouns, type CollectionNouns } from './collection-nouns.js';
import type { Lexicon, TermMatch } from './lexicon.js';
import { memberDateOfSection, memberDatesInSentence, memberDatesOfList } from './member-date.js';
import type { ClaimDraft, SentenceScope } from './scope.js';
import { splitSentences } from './sentences.js';
import { termListClaims } from './term-list.js';
import { readNumbers } from './nlp.js';
import { mayHoldNewest, ordinalClaims, superlativeClaims } from './position.js';
import { mayHoldTiming, timingClaims } from './timing.js';
import { deltaClaims, groupClaims, mayHoldDelta } from './group.js';
import { misnamedTierClaims } from './tier-term.js';
import { foundingClaims, membershipClaims, statusClaims } from './status.js';
import { statedAsCurrent } from './tense.js';
import { attributedToForecast } from './modality.js';
import type { Reading } from './reading.js';
import { readingOf } from './read-slots.js';

export type { Reading, Doubt, Slot, SlotName } from './reading.js';
export type { Claim, CountClaim, ListClaim, ListEntry, MemberDateClaim, AsOfClaim, AsOf, AsOfSource, Hedge } from './claim.js';
export { buildLexicon, type Lexicon } from './lexicon.js';

export interface ExtractOptions {
  /** The date to judge claims at when the article gives none (--as-of). */
  readonly asOf?: PartialDate;
  /**
   * false: read every block and sentence with every reader, skipping nothing.
   * Slow; the reference the pre-filter is tested against (default true).
   */
  readonly prefilter?: boolean;
}

export async function extractClaims(article: Article, lexicon: Lexicon, options: ExtractOptions = {}): Promise<Claim[]> {
  const drafts: TensedDraft[] = [];
  const fallback = defaultAsOf(article, options.asOf);
  const reference = referenceDate(article, options.asOf);
  const articleCollections = collectionsNamed(article, lexicon);
  const topic = [...articleCollections].sort((a, b) => b[1] - a[1])[0]?.[0];
  const nouns = collectionNouns(articleCollections, lexicon);
  let focused: string[] | undefined;
  const focus = () => (focused ??= focusOf(article, lexicon));
  const readAll = options.prefilter === false;
  let section: AsOf | undefined;
  /** The member whose joining the article reported last: what "four years later" counts from. */
  let previousEvent: { entity: string } | undefined;
  // The front matter's title is read first, as a block of its own.
  const title = titleBlock(article);
  const read: Article = title ? { ...article, blocks: [title, ...article.blocks] } : article;
  for (const [blockIndex, block] of read.blocks.entries()) {
    if (block.kind === 'heading') section = sectionAsOf(block, reference);
    const namesCollection = lexicon.mayHoldClaim(block.text) || (nouns?.test(block.text) ?? false);
    const blockScope = { article: read, block, blockIndex, lexicon, reference, fallback: section ?? fallback, topic, focus, articleCollections, terms: [] };
    const wholeBlock: SentenceScope = { ...blockScope, sentence: { text: block.text, start: 0, end: block.text.length } };
    const sectionDates = [...memberDateOfSection(wholeBlock), ...datedTableClaims(wholeBlock)];
    drafts.push(...withTense(wholeBlock, sectionDates));
    previousEvent = lastEvent(sectionDates) ?? previousEvent;
    // A paragraph that names no collection may go on about the article's: "India came four years after Russia", "Singapore, the most recent".
    const mayGoOn = topic !== undefined && mayHoldTopicClaim(block.text);
    if (!readAll && !namesCollection && !mayGoOn && !MAY_STATE_CURRENCY.test(block.text)) continue;
    for (const sentence of splitSentences(block.text)) {
      const terms = namesCollection || readAll ? termsIn(sentence.text, lexicon, nouns) : [];
      const explicit = explicitAsOf(block, sentence, reference);
      const scope: SentenceScope = { ...blockScope, sentence, terms, ...(explicit ? { explicit } : {}) };
      const found: ClaimDraft[] = [...asOfStatements(scope), ...misnamedTierClaims(scope)];
      // "…, the spring forecast says": a forecast's words, not the article's.
      if (attributedToForecast(sentence.text)) {
        drafts.push(...withTense(scope, found));
        continue;
      }
      if (terms.length === 0 && !readAll) {
        // A paragraph about a collection goes on without naming it: "By 2024, there will be 3 more countries".
        if (namesCollection && mayHoldDelta(sentence.text)) found.push(...deltaClaims(scope, await readNumbers(sentence.text)));
        // An article goes on about its topic: "India came four years after Russia", "Bulgaria, the newest member".
        if (mayGoOn && mayHoldTiming(sentence.text)) found.push(...timingClaims(scope, await readNumbers(sentence.text), previousEvent));
        if (mayGoOn && mayHoldNewest(sentence.text)) found.push(...superlativeClaims(scope));
        // "The bloc swells to 25 members", "A total of 19 member states …": the topic's members, counted.
        if (mayGoOn && MAY_COUNT_MEMBERS.test(sentence.text)) found.push(...countClaims(scope, await readNumbers(sentence.text)).filter((d) => d.kind === 'count'));
        // "East Timor applied for membership in 2011": a step of the topic's membership.
        if (mayGoOn && MAY_STATE_STEP.test(sentence.text)) found.push(...statusClaims(scope), ...membershipClaims(scope));
        // "The euro area has 20 members. Croatia joined last year.": the date of a joining the paragraph is about.
        const implied = (namesCollection || mayGoOn) && sectionDates.length === 0 ? memberDatesInSentence(scope) : [];
        found.push(...implied);
        drafts.push(...withTense(scope, found));
        previousEvent = lastEvent(implied) ?? previousEvent;
        continue;
      }
      const numbers = await readNumbers(sentence.text);
      const counts = countClaims(scope, numbers);
      const lists = counts.some((d) => d.kind === 'list') ? [] : termListClaims(scope);
      const dates = sectionDates.length > 0 ? [] : memberDatesInSentence(scope);
      found.push(
        ...counts,
        ...lists,
        ...ordinalClaims(scope, numbers),
        ...superlativeClaims(scope),
        ...timingClaims(scope, numbers, previousEvent),
        ...groupClaims(scope, numbers),
        // Past the pre-filter only a paragraph that names a collection has a delta (see above).
        ...(namesCollection ? deltaClaims(scope, numbers) : []),
        ...dates,
        ...statusClaims(scope),
        ...membershipClaims(scope),
        ...foundingClaims(scope),
      );
      for (const list of [...counts, ...lists]) if (list.kind === 'list') found.push(...memberDatesOfList(list, article.text));
      drafts.push(...withTense(scope, found));
      previousEvent = lastEvent(dates) ?? previousEvent;
    }
  }
  return link(numberClaims(drafts), article);
}

/**
 * The collections a sentence names: their terms, and the nouns that refer to
 * one the article names ("the bloc"). A term that is also a member's name
 * ("the EU", a partner of states and a member of the G20) is that member, not
 * the collection, where the sentence lists it among other members or names a
 * collection it belongs to — unless the words around it make it a collection:
 * joined, left, its members.
 */
function termsIn(text: string, lexicon: Lexicon, nouns: CollectionNouns | undefined): TermMatch[] {
  const entities = lexicon.matchEntities(text);
  const all = lexicon.matchTerms(text);
  const asMember = (t: TermMatch) => {
    const entity = entities.find((e) => e.start === t.start && e.end === t.end);
    if (!entity || usedAsCollection(text, t)) return false;
    const listed = entities.some((e) => e !== entity && (COORDINATED.test(text.slice(e.end, t.start)) || COORDINATED.test(text.slice(t.end, e.start)))) || AFTER_COUNTED.test(text.slice(0, t.start));
    const ofAnother = all.some((o) => o !== t && lexicon.ledger.collections.get(o.value)?.members.some((m) => m.entity === entity.value));
    return listed || ofAnother;
  };
  const terms = all.filter((t) => !asMember(t));
  if (!nouns) return terms;
  const referring = nouns.match(text).filter((n) => !terms.some((t) => t.start < n.end && n.start < t.end));
  return [...terms, ...referring].sort((a, b) => a.start - b.start);
}

/** Words around a name that make it a collection: "joined the EU", "members of the EU", "the EU's 27 members", "EU countries", "the 27-nation EU". */
const COLLECTION_BEFORE = /(?:\b(?:join(?:s|ed|ing)?|rejoin(?:s|ed|ing)?|enter(?:s|ed|ing)?|leav(?:e|es|ing)|left|quit|exit(?:s|ed|ing)?|(?:members?|membership|accession|admission|enlargement|expansion|entry)\s+(?:of|to|in|into)|(?:countries|nations|states)\s+of|in|within|outside|across|throughout|inside|into)\s+(?:the\s+)?|-(?:member|nation|country|state)\s+)$/i;
const COLLECTION_AFTER = /^(?:['’]s?\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:members?|member states?|countries|nations|states|membership|enlargement)\b|\s+(?:members?|member states?|countries|nations|states|membership|accession|enlargement|bloc)\b|\s+(?:now\s+)?(?:has|had|have|counts|counted|comprises|numbers|numbered|includes|grew|expanded|enlarged|welcomed|admitted|added)\b)/iu;

/** "19 countries and the EU": the name added to what a count counted is a member. */
const AFTER_COUNTED = /\b(?:countries|nations|states|members|economies)\s+(?:and|plus|as well as|along with)\s+(?:the\s+)?$/i;
/** Between two names of one enumeration: "China, the EU", "the EU and Japan". */
const COORDINATED = /^\s*(?:,|and|or|&|as well as)\s*(?:the\s+)?$/i;

function usedAsCollection(text: string, term: TermMatch): boolean {
  return COLLECTION_BEFORE.test(text.slice(Math.max(0, term.start - 40), term.start)) || COLLECTION_AFTER.test(text.slice(term.end, term.end + 60));
}

/**
 * A table that dates its members ("| Country | Date of entry into force |"),
 * read at its first header cell when no sentence above frames it: a partial
 * list of the collection its header, the block before it or the article names.
 */
function datedTableClaims(scope: SentenceScope): ClaimDraft[] {
  const { block, article, blockIndex, lexicon } = scope;
  if (!block.table || block.table.row !== 0 || block.table.column !== 0) return [];
  const before = article.blocks[blockIndex - 1];
  if (before && !before.table && /:\s*$/.test(before.text)) return []; // framed: read with its sentence
  const list = readDatedTable(article.blocks, blockIndex, lexicon);
  const header = article.blocks.slice(blockIndex).filter((b) => b.table?.id === block.table!.id && b.table.row === 0).map((b) => b.text).join(' ');
  const collection = lexicon.matchTerms(header)[0]?.value ?? (before ? lexicon.matchTerms(before.text).at(-1)?.value : undefined) ?? scope.topic;
  if (!list || !collection) return [];
  const claim = listClaim(scope, collection, list);
  return [claim, ...memberDatesOfList(claim, article.text)];
}

type TensedDraft = ClaimDraft & { readonly presentTense: boolean; readonly reading: Reading };

/** Each claim's tense and reading, read from the sentence it came from. */
function withTense(scope: SentenceScope, found: readonly ClaimDraft[]): TensedDraft[] {
  const articleCollections = scope.articleCollections ?? new Map<string, number>();
  return found.map((draft) => {
    const presentTense = statedAsCurrent(scope, draft.span);
    return { ...draft, presentTense, reading: readingOf(draft, { scope, articleCollections, presentTense }) };
  });
}

function lastEvent(drafts: readonly ClaimDraft[]): { entity: string } | undefined {
  const last = drafts.filter((d) => d.kind === 'member-date').at(-1);
  return last?.kind === 'member-date' ? { entity: last.entity } : undefined;
}

/** Whether a text may hold a claim about the article's topic without naming it: a time between events, "the newest", "25 members", "Croatia joined three years ago". */
function mayHoldTopicClaim(text: string): boolean {
  return mayHoldTiming(text) || mayHoldNewest(text) || MAY_COUNT_MEMBERS.test(text) || MAY_STATE_STEP.test(text) || JOINING_WITHOUT_OBJECT.test(text);
}

/** Words of a step of membership: a sentence that has one may state the topic's without naming it. */
const MAY_STATE_STEP = /\b(?:member(?:ship)?|accession|suspen\w+|readmi\w+|reinstat\w+|withdr\w+|observer)\b/i;
/** A membership noun: a sentence that has one may count the topic's members without naming it. */
const MAY_COUNT_MEMBERS = /\b(?:members?|member[- ](?:states?|countries|nations?)|signatories|states parties)\b/i;

/** A heading that says "As of June 2025" dates the claims under it, up to the next heading. */
function sectionAsOf(heading: Block, reference?: Date): AsOf | undefined {
  const explicit = explicitAsOf(heading, { text: heading.text, start: 0, end: heading.text.length }, reference);
  return explicit && { ...explicit, source: 'framing' };
}

/** Relative dates ("last year", "in February") are read against the article's own date. */
function referenceDate(article: Article, commandLine?: PartialDate): Date | undefined {
  const date = article.date?.date ?? article.titleDate?.date ?? commandLine;
  return date && new Date(toInterval(date).start * 86_400_000);
}

/**
 * The collections the article names, with how often; the one named most is its
 * topic, what a section line that names none is about. The title is counted
 * first: of collections named as often, the one it names comes first.
 */
function collectionsNamed(article: Article, lexicon: Lexicon): Map<string, number> {
  const mentions = new Map<string, number>();
  for (const text of [article.title?.text ?? '', ...article.blocks.map((b) => b.text)]) {
    if (!lexicon.mayHoldClaim(text)) continue;
    const entities = lexicon.matchEntities(text);
    for (const term of termsIn(text, lexicon, undefined)) {
      // "the EU" may be the union as a member of something else (a partner, a G20 member): half a mention of the union,
      // unless the words around it make it a collection; listed among members, it is none (termsIn drops it).
      const alsoEntity = entities.some((e) => e.start === term.start && e.end === term.end);
      mentions.set(term.value, (mentions.get(term.value) ?? 0) + (alsoEntity && !usedAsCollection(text, term) ? 0.5 : 1));
    }
  }
  return mentions;
}

/** The entities the article names most, its title included, most first (ties in order of first mention): whom "the two countries" means. */
function focusOf(article: Article, lexicon: Lexicon): string[] {
  const mentions = new Map<string, number>();
  for (const text of [article.title?.text ?? '', ...article.blocks.map((b) => b.text)]) {
    for (const entity of lexicon.matchEntities(text)) mentions.set(entity.value, (mentions.get(entity.value) ?? 0) + 1);
  }
  return [...mentions].sort((a, b) => b[1] - a[1]).map(([entity]) => entity);
}

/** Ids in reading order, so the same article always gets the same ids. */
function numberClaims(drafts: TensedDraft[]): Claim[] {
  return drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => a.draft.span.start - b.draft.span.start || a.order - b.order)
    .map(({ draft }, i) => ({ ...draft, id: `c${i + 1}` }) as Claim);
}

/** Ties counts to their lists and dated entries to theirs, by where they were read. */
function link(claims: Claim[], article: Article): Claim[] {
  const lists = claims.filter((c): c is ListClaim => c.kind === 'list');
  const linked = new Map<string, Claim>(claims.map((c) => [c.id, c]));
  for (const list of lists) {
    const before = claims
      .filter((c): c is CountClaim => c.kind === 'count' && c.sentence.start === list.sentence.start && c.span.end <= list.span.start);
    // Lines below a sentence enumerate the count its framing gives; an inline list, the count right before it.
    const below = list.span.start >= list.sentence.end;
    const sentence = article.text.slice(list.sentence.start, list.sentence.end);
    const framing = below ? before[framingCount(sentence, before.map((c) => ({ end: c.span.end - list.sentence.start })))] : undefined;
    const count = framing ?? [...before].sort((a, b) => b.span.end - a.span.end)[0];
    if (count) {
      linked.set(count.id, { ...count, listId: list.id });
      linked.set(list.id, { ...list, countId: count.id });
    }
    for (const entry of claims.filter((c): c is MemberDateClaim => c.kind === 'member-date' && c.span.start >= list.span.start && c.span.end <= list.span.end)) {
      linked.set(entry.id, { ...entry, listId: list.id });
    }
  }
  return claims.map((c) => linked.get(c.id)!);
}
