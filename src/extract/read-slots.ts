/**
 * Fills a claim's reading from the sentence it was read in: which collection
 * and how it was found, which part of it is meant, which step of membership,
 * and every doubt a different reading of the same words would raise. Readers
 * find claims; this module asks of each one the same questions, so that no
 * reader needs its own list of exceptions, and the gate can say why a claim
 * was not reported.
 *
 * The questions follow what misleads a reader of real articles: whose
 * collection it is ("Tokyo's new framework", "the 15 members of the Security
 * Council"), which member ("Austria signed … with the United States, becoming
 * the 50th"), whether a number counts a part ("the other two", "four Latin
 * American countries", "ten countries joined in 2004", "12 … voted against"),
 * whether the step is joining ("applied to join", "agreed in principle",
 * "will become"), whether the date is the claim's ("since 2022", "expanded to
 * 28", a past event), and whether the sentence denies or supposes it.
 */
import type { Span } from '../ingest/article.js';
import { toInterval, type PartialDate } from '../time/partial-date.js';
import { readDates } from '../time/read-dates.js';
import type { Claim } from './claim.js';
import { notAsserted } from './modality.js';
import { reportedSpeech } from './tense.js';
import type { Basis, Doubt, Reading, SetExpression, Slot, SlotName, Status } from './reading.js';
import type { ClaimDraft, SentenceScope } from './scope.js';

type Kind = Claim['kind'];
type Raise = (slot: SlotName, why: string, alternatives?: readonly string[]) => void;

/** Kinds whose truth depends on the date the claim speaks for (a member's date of joining, a delta's period state their own). */
const DATED_KINDS: ReadonlySet<Kind> = new Set(['count', 'list', 'superlative', 'group', 'duration', 'membership']);
/** Kinds that say a member joined, or rank or count those who did: the step matters. */
const STEP_KINDS: ReadonlySet<Kind> = new Set(['member-date', 'ordinal', 'superlative', 'relative-timing', 'count', 'list', 'group', 'membership']);
/** Claims whose whole clause must be asserted: "the seventh and eighth members would be welcomed". */
const MODAL_ANYWHERE: ReadonlySet<Kind> = new Set(['ordinal', 'superlative', 'member-date']);
/** Claims about one member's place, where the sentence's member may be another name before it. */
const ONE_MEMBER_KINDS: ReadonlySet<Kind> = new Set(['ordinal', 'superlative', 'relative-timing', 'duration']);

/** Words that make a counted noun a part of the collection: "the other two", "another four", "the remaining six". */
const COMPLEMENT = /\b(?:other|others|another|remaining|rest|else|besides|apart from|except|excluding|aside from|save for|bar)\b/i;
/** Words that pick some members: "three of them", "among which", "such as", "most". */
const SUBSET = /\b(?:of them|of which|of whom|among them|among which|among those|including|such as|most|majority|minority|half|some of|many of|several of|few of|a number of|both)\b/i;
/** Words of a collection's own beginning ("the agreement came into force"): the date may be the collection's, not a member's. */
const FOUNDING_WORDS = /\b(?:came into (?:force|effect)|entered (?:into )?force|took effect|comes into force|enters into force|(?:was|were) (?:founded|established|created|set up|launched|formed|signed)|set up (?:in|on)|founded (?:in|on))\b/i;
/** Steps short of joining, a state short of membership, or another event than joining. */
const STATUS_WORDS: readonly [RegExp, Status, ReadonlySet<Kind> | 'all'][] = [
  [/\b(?:appl(?:y|ies|ied|ying|ication|icant|icants)|bid(?:s|ding)?\s+(?:to|for)|sought|seek(?:s|ing)?|request(?:s|ed|ing)?|interest(?:ed)? in|keen to)\b/i, 'applied', 'all'],
  [/\b(?:invit(?:e|es|ed|ing|ation|ations))\b/i, 'invited', 'all'],
  [/\b(?:candidate|candidates|candidacy|aspirant|aspirants|hopefuls?)\b/i, 'candidate', 'all'],
  [/\b(?:ratif(?:y|ies|ied|ying|ication)|deposit(?:s|ed|ing)?)\b/i, 'ratified', 'all'],
  [/\b(?:in principle|green light|go-ahead|approv(?:e|es|ed|al)|endors(?:e|es|ed|ement)|cleared|greenlit|decid(?:e|es|ed)|decision|agree(?:s|d)? to|consensus|roadmap|accession talks|accession discussions|negotiations?|talks on)\b/i, 'agreed', new Set(['member-date', 'ordinal', 'superlative', 'relative-timing', 'list'])],
  [/\b(?:suspen(?:d|ds|ded|sion)|expelled|barred)\b/i, 'suspended', 'all'],
  [/\b(?:observers?|observer status|dialogue partners?|associate(?:s| members?| states?)?|guests?|partner countries)\b/i, 'observer', 'all'],
  [/\b(?:left|leave|leaves|leaving|withdr(?:ew|aw|awn|awal|aws)|quit|quits|exit(?:ed|s)?|departure|pulled out|expelled)\b/i, 'left', 'all'],
  [/\b(?:rejoin(?:s|ed|ing)?|return(?:s|ed|ing)?|readmit(?:s|ted)?|readmission|reinstat(?:e|ed|ement)|welcomed back|back (?:in|into))\b/i, 'joined', new Set(['member-date', 'ordinal', 'superlative', 'relative-timing'])],
  [FOUNDING_WORDS, 'agreed', new Set(['member-date'])],
];
/** Signing is joining for some collections (their ledger says so with `joining:`), a step short of it for most. */
const SIGNED = /\b(?:sign(?:s|ed|ing)?|signature|signatories|signatory)\b/i;
/** Words that deny or suppose what follows. */
const NEGATION = /\b(?:not|never|no longer|neither|nor|without|cannot|unless|if|whether|instead of|rather than)\b|n't\b/i;
/** Windows and times other than the claim's own date: a count then is not a count now. */
const OTHER_TIME = /\b(?:since|until|till|between|from\s+\d|over the (?:past|last|next)|in the (?:past|last|next|coming)|during|at (?:its|the) (?:launch|founding|creation|inception|start|birth|outset)|at the time|back then|originally|initially|at first|when it (?:was|launched|began|started)|in (?:its|the) (?:early|first) years|ago|previous(?:ly)?|former(?:ly)?|once|earlier|later|anniversary)\b/i;
/** A change that ends at the count: "has expanded to 28", "grew to 11": the count is the event's. */
const CHANGE_TO = /\b(?:expand|grow|grew|grown|swell|swollen|rise|rose|risen|increase|climb|jump|enlarg|brought|bring|bringing|taking|took|take)\w*\s+(?:\S+\s+){0,4}?to(?:\s+(?:encompass|include|comprise|a total of))?\s+$/i;
/** A change in the simple present: the event the article reports, at the article's date. */
const PRESENT_CHANGE = /^(?:brings|takes|expands|grows|rises|swells|increases|climbs|jumps|enlarges)\b/i;
/** A past-tense verb of the clause (simple past), outside those that keep a state true ("has had"). */
const PAST_VERB = /\b(?:was|were|had|became|took|gave|made|came|won|met|saw|left|joined|passed|voted|signed|admitted|included|comprised|numbered|counted|totalled|totaled|stood|grew|rose|expanded|reached)\b/i;
const PERFECT = /\b(?:has|have)\s+(?:\w+\s+){0,2}$/i;
/** "now", "currently", "as of now": the sentence itself says it speaks for the time of writing. */
const NOW = /\b(?:now|currently|to date|so far|thus far|at present|presently|today|as it stands|nowadays)\b/i;
/** A relative clause about a name: ", which joined in October", ", who signed in 2019". */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose)\b/i;
/** What opens an enumeration after a claim, whose dates date its entries: "including China in 2008, …". */
const ENUMERATION = /\b(?:including|such as|among them|namely|notably|like)\b|:/i;
/** Verbs whose subject is the whole of what is counted: "20 countries use the euro", "27 members make up the bloc", "Eleven countries launched the euro" (all of them, then). */
const STATE_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|make|makes|made|form|forms|formed|founded|launched|created|established|set|started|comprise|comprises|comprised|constitute|constitutes|belong|belongs|use|uses|share|shares|sit|sits|count|counts|number|numbers|total|totals|now|currently|still|together|all|in|of|the|its|their|that|which|who|and|as|at|on|across|around|within|worldwide|globally|today|so|far|plus|including|with|from|to)$/i;
/** A joining verb in the simple past, whose subject is the cohort that joined: "Ten countries joined in 2004". */
const COHORT_VERB = /^(?:joined|acceded|entered|adopted|signed|came|were\s+admitted|were\s+added|became|switched|followed)$/i;
const NUMBER_WORDS = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
/** Words that say a member reached the collection's level, not which kind of member: "the 27 full members", "its current 20 members". */
const LEVEL_WORD = /^(?:current|currently|present|full|fully-fledged|full-fledged|official|formal|total|existing|permanent|active|voting|sovereign|independent|member|participating|signatory|contracting)$/i;
/** Verbs by which a collection has its members, or members make it up. */
const HAVING = String.raw`(?:has|have|had|comprises?|comprised|consists? of|consisted of|includes?|included|numbers?|numbered|counts?|counted|totals?|totall?ed|boasts?|boasted|encompass(?:es|ed)?|spans?|covers?|represents?|unites?|united|gathers?|brings? together|brought together|(?:is|was|are|were) (?:made up|composed) of|(?:has |had )?(?:grown|grew|expanded|swelled|risen|rose|climbed|increased) to|(?:has |had )?reached|is a (?:club|group|bloc|body|union|grouping) of)`;
/** How a count's noun attaches to the term after it: "members of the EU", "countries in the euro area", "39 member countries make up the OECD". */
const ATTACHED_AFTER = new RegExp(String.raw`^\s*(?:[\p{L}-]+\s+){0,2}?(?:of|in|within|inside|from|across|with)\s+(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+)?$|^\s*$|^\s+(?:(?:now|currently|that|which|who)\s+)?(?:make up|made up|form|formed|founded|created|launched|established|set up|constitute|belong to|are members of|were members of|are in|sit in|use|used|share|shared|have adopted|had adopted|adopted|have joined|had joined|have signed|had signed)\s+(?:the\s+)?$|^\s+(?:with\s+(?:whom|which)|that|which)\s+(?:[\p{L}-]+\s+){0,2}(?:has|have|had)\s+(?:[\p{L}-]+\s+){0,1}?(?:established|signed|forged|elevated|upgraded|built|formed|concluded)\s+(?:[\p{L}-]+\s+){0,3}?$`, 'iu');
/** How a term before a count governs it: "the EU's 27 members", "ASEAN has 10 members", "The AU at full strength has 55", "enlarging the bloc to 15". */
const ATTACHED_BEFORE = new RegExp(String.raw`^(?:['’]s?\s+(?:[\p{L}\p{N}-]+\s+){0,3}|\s*,?\s*(?:which\s+|that\s+|it\s+)?(?:[\p{L}-]+\s+){0,4}?(?:\p{L}+ly\s+|now\s+|still\s+|then\s+|already\s+|today\s+)?${HAVING}\s+(?:[\p{L}\p{N}-]+\s+){0,3}|\s+to\s+|\s+with\s+(?:[\p{L}\p{N}-]+\s+){0,2}|\s*,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}of\s+|-(?:member|nation|country|state)\s*)$`, 'iu');
/** "among its 37 member states", "their 27 members": a possessive that refers back to the collection just named. */
const ITS = /\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

export interface SlotContext {
  readonly scope: SentenceScope;
  /** Collections the article names anywhere, by how often. */
  readonly articleCollections: ReadonlyMap<string, number>;
  /** Whether the claim is stated in the present tense (tense.ts). */
  readonly presentTense: boolean;
}

export function readingOf(draft: ClaimDraft, { scope, articleCollections, presentTense }: SlotContext): Reading {
  const sentence = scope.sentence.text;
  const at = offsetsIn(scope, draft.span);
  const clause = clauseOf(sentence, at);
  const doubts: Doubt[] = [];
  const raise: Raise = (slot, why, alternatives) => doubts.push({ slot, why, ...(alternatives?.length ? { alternatives } : {}) });
  const words = { before: sentence.slice(clause.start, at.start), claim: sentence.slice(at.start, at.end), after: sentence.slice(at.end, clause.end) };

  const collection = collectionSlot(draft, scope, articleCollections);
  if (collection.basis === 'assumed') raise('collection', collection.why, rivalsOf(draft, scope, articleCollections));
  collectionDoubts(draft, scope, clause, at, raise);
  ownerDoubts(draft, scope, at, raise);
  memberDoubts(draft, scope, clause, at, raise);
  const set = setOf(draft, scope, at, clause, words, raise);
  const status = statusOf(draft, scope, stepWords(draft, scope, clause, at), raise);
  if (DATED_KINDS.has(draft.kind)) timeDoubts(draft, scope, clause, at, presentTense, raise);
  dateDoubts(draft, scope, raise);
  const negation = NEGATION.exec(words.before);
  if (negation) raise('negation', `the sentence says "${negation[0]}" before it`);
  const modalIn = MODAL_ANYWHERE.has(draft.kind) ? words.before + words.claim + words.after : words.before;
  if (notAsserted(modalIn)) raise('status', 'a plan or a forecast: the sentence does not say it has happened');
  return { collection, set, status, doubts };
}

/** The other collections an unnamed collection may be: those the article names, its words included. */
function rivalsOf(draft: ClaimDraft, scope: SentenceScope, named: ReadonlyMap<string, number>): string[] {
  const mentioned = scope.lexicon.matchTerms(scope.article.text).map((t) => t.value);
  return [...new Set([...named.keys(), ...mentioned])].filter((c) => c !== draft.collection && !isGroupOf(draft, c));
}

/** The members a claim names: its member, and the one a time is counted from. */
function membersOf(draft: ClaimDraft): string[] {
  if (draft.kind === 'relative-timing') return [draft.entity, draft.anchor];
  return 'entity' in draft && typeof draft.entity === 'string' ? [draft.entity] : [];
}

function collectionSlot(draft: ClaimDraft, scope: SentenceScope, named: ReadonlyMap<string, number>): Slot<string> {
  const id = draft.collection;
  const sentenceText = scope.article.text.slice(draft.sentence.start, draft.sentence.end);
  if (scope.lexicon.matchTerms(sentenceText).some((t) => t.value === id)) return slot(id, 'stated', 'named in the sentence');
  const noun = scope.lexicon.ledger.collections.get(id)?.nouns.find((n) => wordIn(n, sentenceText));
  // Every collection the article's words name, even as a member of another ("EU and ASEAN ministers met").
  const mentioned = new Set(scope.lexicon.matchTerms(scope.article.text).map((t) => t.value));
  const sharing = noun ? [...mentioned].filter((c) => c !== id && scope.lexicon.ledger.collections.get(c)?.nouns.some((n) => n.toLowerCase() === noun.toLowerCase())) : [];
  if (noun && sharing.length === 0) return slot(id, 'resolved', `"${noun}" refers to it: the only collection the article names that goes by that noun`);
  if (noun) return slot(id, 'assumed', `"${noun}" may refer to \`${sharing[0]}\` too, which the article also names`);
  const inParagraph = new Set(scope.lexicon.matchTerms(scope.block.text).map((t) => t.value));
  if (inParagraph.has(id) && inParagraph.size === 1) return slot(id, 'resolved', 'named earlier in the paragraph');
  if (inParagraph.has(id)) return slot(id, 'assumed', `the paragraph names \`${[...inParagraph].filter((c) => c !== id).join('`, `')}\` too`);
  const others = [...named].filter(([c]) => c !== id && !isGroupOf(draft, c));
  if (named.has(id) && others.length === 0) return slot(id, 'resolved', 'the only collection the article names');
  const mentions = named.get(id) ?? 0;
  if (mentions >= 3 && others.every(([, n]) => mentions >= 2 * n)) return slot(id, 'resolved', 'the collection the article names most, by far');
  // "New Zealand two months after Malaysia": of the collections the article names, only one has both.
  const members = membersOf(draft);
  const holds = (c: string) => members.length > 0 && members.every((m) => scope.lexicon.ledger.collections.get(c)?.members.some((x) => x.entity === m));
  if (named.has(id) && holds(id) && !others.some(([c]) => holds(c))) {
    return slot(id, 'resolved', `the only collection the article names that has ${members.map((m) => scope.lexicon.ledger.entities.get(m)?.name ?? m).join(' and ')}`);
  }
  return slot(id, 'assumed', `the sentence names no collection; taken as \`${id}\`, which the article names most`);
}

/**
 * A count or a date read against one collection where the clause names
 * another ("19 member states of the European Union" use the euro; "Romania
 * joined the EU in 2007 and Schengen in 2024"), or a count whose noun is not
 * attached to the collection's name.
 */
function collectionDoubts(draft: ClaimDraft, scope: SentenceScope, clause: Span, at: Span, raise: Raise): void {
  if (!['count', 'list', 'member-date', 'group'].includes(draft.kind)) return;
  const inClause = scope.terms.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const own = inClause.filter((t) => t.value === draft.collection);
  const attached = attachedTo(draft, scope, own, at);
  // A date tied to its collection's name is that collection's; a count, even tied, may be another's
  // ("the euro is the currency of 19 member states of the European Union").
  if (attached && draft.kind !== 'count') return;
  // "10 comprehensive strategic partners, 10 strategic partners …": a count whose noun is the collection's own name counts it.
  if (draft.kind === 'count' && own.some((t) => t.start >= at.start && t.end <= at.end)) return;
  const other = inClause.find((t) => t.value !== draft.collection && !isGroupOf(draft, t.value));
  if (other) {
    raise('collection', `the clause also names \`${other.value}\` ("${other.text}"): the claim may be about it`, [other.value]);
    return;
  }
  if (draft.kind === 'count' && !attached && draft.unit !== undefined && own.length > 0) {
    raise('collection', `"${draft.noun}" is not attached to \`${draft.collection}\`'s name: it may count something else`);
  }
}

/**
 * Whether the claim's words are tied to the collection's name by grammar, not
 * only by nearness: a count's noun ("27 members of the EU", "the EU has 27
 * members", "its 27 members"), a date ("an EU member since 2004", "joined the
 * EU in 2004").
 */
function attachedTo(draft: ClaimDraft, scope: SentenceScope, own: readonly { start: number; end: number }[], at: Span): boolean {
  const sentence = scope.sentence.text;
  if (draft.kind === 'count') {
    if (ITS.test(sentence.slice(0, at.start)) && own.some((t) => t.end <= at.start)) return true;
    return own.some((t) => (t.start >= at.start && t.end <= at.end) || (t.start >= at.end ? ATTACHED_AFTER.test(sentence.slice(at.end, t.start)) : ATTACHED_BEFORE.test(sentence.slice(t.end, at.start))));
  }
  if (draft.kind === 'member-date') {
    const entity = offsetsIn(scope, draft.entitySpan);
    const names = scope.lexicon.matchEntities(sentence);
    return own.some((t) => (t.start >= entity.end && t.end <= at.start) ||
      (t.end <= at.start && sentence.slice(t.end, at.start).trim().split(/\s+/).length <= 3 && !names.some((e) => e.start >= t.end && e.end <= at.start)));
  }
  return false;
}

/** "Tokyo's new framework", "the first partner of Indonesia", "the 15 members of the Security Council": a possessor that is neither the collection nor its subject. */
function ownerDoubts(draft: ClaimDraft, scope: SentenceScope, at: Span, raise: Raise): void {
  if ('holder' in draft && draft.holder) {
    raise('owner', `the collection may be ${scope.lexicon.ledger.entities.get(draft.holder)?.name ?? draft.holder}'s, not the ledger's`);
    return;
  }
  const sentence = scope.sentence.text;
  const collection = scope.lexicon.ledger.collections.get(draft.collection);
  const subject = collection?.subject;
  const owns = (name: string) =>
    scope.lexicon.matchTerms(name).some((t) => t.value === draft.collection) ||
    (collection?.nouns ?? []).some((n) => wordIn(n, name)) ||
    (subject !== undefined && scope.lexicon.matchEntities(name).some((e) => e.value === subject));
  const possessive = /((?:\p{Lu}[\p{L}\p{N}.’'-]*(?:\s+\p{Lu}[\p{L}\p{N}.’'-]*)*)|\p{Ll}+)['’]s?\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(sentence.slice(Math.max(0, at.start - 60), at.start));
  // "the euro area's 22 members": the possessor is the collection's own name.
  const ownPossessive = scope.terms.some((t) => t.value === draft.collection && t.end <= at.start && at.start - t.end < 40 && /^['’]s?\s/.test(sentence.slice(t.end)) && !/[,;]/.test(sentence.slice(t.end, at.start)));
  if (possessive && !ownPossessive && !owns(possessive[1]!)) raise('owner', `"${possessive[1]}'s" may own what is counted or ranked, not \`${draft.collection}\``);
  const of = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)/u.exec(sentence.slice(at.end));
  if (of && !owns(of[0]) && (draft.kind === 'count' || draft.kind === 'ordinal')) raise('owner', `"of ${of[1]}": what is counted or ranked may be ${of[1]}'s`);
  // A collection that belongs to someone (a state's partnerships) is theirs only in an article that names them.
  if (subject !== undefined && draft.kind !== 'tier' && !(scope.focus?.() ?? []).includes(subject)) {
    raise('owner', `the article does not name ${scope.lexicon.ledger.entities.get(subject)?.name ?? subject}, whose collection \`${draft.collection}\` is`);
  }
}

/**
 * "Austria signed … with the United States, becoming the 50th": two names
 * before a rank, either may hold it; "Iceland signed up last month, and the
 * Netherlands followed on Wednesday": another name stands between a member
 * and the date read for it; "four years later": counted from a member the
 * sentence does not name.
 */
/** Words that end one clause before another begins: a comma or semicolon and a new subject, "and" after a comma. */
const CLAUSE_BREAK = /[;]|,\s+(?:and\s+|while\s+|but\s+)?(?:the\s+)?\p{Lu}/u;

function memberDoubts(draft: ClaimDraft, scope: SentenceScope, clause: Span, at: Span, raise: Raise): void {
  if (!('entity' in draft) && draft.kind !== 'list') return;
  const subject = scope.lexicon.ledger.collections.get(draft.collection)?.subject;
  const sentence = scope.sentence.text;
  const names = scope.lexicon.matchEntities(sentence).filter((e) => e.value !== subject && !scope.terms.some((t) => t.start < e.end && e.start < t.end));
  if (ONE_MEMBER_KINDS.has(draft.kind) && 'entity' in draft) {
    const before = names.filter((e) => e.start >= clause.start && e.end <= at.start);
    const own = before.filter((e) => e.value === draft.entity).at(-1);
    // "Germany has used the euro for 25 years, Greece has been a member …": a name in a clause of its own is not a rival.
    const others = before.filter((e) => e.value !== draft.entity && !(own && e.end <= own.start && CLAUSE_BREAK.test(sentence.slice(e.end, own.end))));
    if (others.length > 0 && own) raise('member', `"${others[0]!.text}" is named before it too: the ${draft.kind === 'duration' ? 'time' : 'rank'} may be its`);
  }
  // "four years after Russia" names what the time is counted from; "four years later" counts from the sentence before.
  if (draft.kind === 'relative-timing' && !names.some((e) => e.value === draft.anchor) && !namedJustBefore(scope, draft.anchor)) {
    raise('member', `counted from ${scope.lexicon.ledger.entities.get(draft.anchor)?.name ?? draft.anchor}, which neither this sentence nor the one before names`);
  }
  if (draft.kind === 'member-date' && /\brespectively\b/i.test(sentence)) raise('member', '"respectively" pairs members and dates in an order the reading does not follow');
  if (draft.kind === 'list') {
    const unknown = draft.entries.find((e) => !e.entity);
    if (unknown) raise('member', `the list names "${unknown.name}", which the ledger does not know: it may be a missing member, spelt otherwise`);
  }
  if (draft.kind === 'member-date') {
    const entity = offsetsIn(scope, draft.entitySpan);
    const [from, to] = entity.end <= at.start ? [entity.end, at.start] : [at.end, entity.start];
    const between = names.find((e) => e.start >= from && e.end <= to && e.value !== draft.entity && !coordinated(sentence, e, entity));
    if (between) raise('member', `"${between.text}" stands between ${scope.lexicon.ledger.entities.get(draft.entity)?.name ?? draft.entity} and the date: the date may be its`);
  }
}

/** Whether the sentence before, in the same paragraph, names the entity. */
function namedJustBefore(scope: SentenceScope, entity: string): boolean {
  const before = scope.block.text.slice(0, scope.sentence.start);
  const previous = before.slice(Math.max(before.slice(0, -2).search(/[.!?]\s+[^.!?]*$/) + 1, 0));
  return scope.lexicon.matchEntities(previous).some((e) => e.value === entity);
}

/** Whether two names are one enumeration: "Cyprus and Malta", "Laos, Myanmar and Cambodia". */
function coordinated(sentence: string, a: Span, b: Span): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^(?:\s*(?:,|and|&|as well as)\s*(?:the\s+)?|\s*,?\s*(?:[\p{Lu}][\p{L}.’'-]*\s*(?:,|and)\s*(?:the\s+)?)+)$/u.test(sentence.slice(first.end, second.start));
}

/** After a rank: "… to come from the Group of Eastern European States", "… since the WTO was set up": a rank within a part, or since a date. */
const RANKED_WITHIN = /^\s*(?:(?:to|that|who)\s+(?:\w+\s+){0,4}?)?(?:from|in|among|of|within)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)\p{Lu}[\p{L}-]*|^\s*(?:(?:to|that|who)\s+(?:\w+\s+){0,6}?)?(?:since|after|following)\b/u;

/** After a rank, what its members joined: "… to join Japan's new maritime framework", "… to sign the accords". */
const RANK_OF_JOINING = /^\s*to\s+(?:formally\s+|officially\s+)?(?:join|sign|ratify|adopt|enter|accede\s+to|be\s+admitted\s+to)\s+((?:[\p{L}\p{N}'’.-]+\s*){1,5})/u;

function setOf(draft: ClaimDraft, scope: SentenceScope, at: Span, clause: Span, words: { before: string; claim: string; after: string }, raise: Raise): SetExpression {
  if (draft.kind === 'ordinal' || draft.kind === 'superlative') {
    const within = RANKED_WITHIN.exec(words.after);
    const subject = scope.lexicon.ledger.collections.get(draft.collection)?.subject;
    const next = at.end + (within?.[0].length ?? 0) + 1;
    const own = within && (scope.terms.some((t) => t.value === draft.collection && t.start >= at.end && t.start <= next) ||
      scope.lexicon.matchEntities(scope.sentence.text).some((e) => e.value === subject && e.start >= at.end && e.start <= next));
    if (within && !own) {
      raise('set', `"${within[0].trim()}": the rank may be within a part or a period`);
      return 'subset';
    }
    // "the third country to join Japan's new maritime framework": the rank is among those who joined that.
    const joined = RANK_OF_JOINING.exec(words.after);
    if (joined) {
      const objectAt = at.end + joined.index + joined[0].length - joined[1]!.length;
      const object = { start: objectAt, end: objectAt + joined[1]!.length };
      const names = (t: { start: number; end: number }) => t.start >= object.start && t.start < object.end;
      const nouns = scope.lexicon.ledger.collections.get(draft.collection)?.nouns ?? [];
      const ownObject = scope.terms.some((t) => t.value === draft.collection && names(t)) || nouns.some((n) => wordIn(n, joined[1]!));
      if (!ownObject && /\p{Lu}|['’]s\b/u.test(joined[1]!)) raise('owner', `"${joined[0].trim()}": the rank may be among those who joined that, not \`${draft.collection}\``);
    }
    return 'whole';
  }
  if (draft.kind !== 'count' && draft.kind !== 'list') return 'whole';
  const sentence = scope.sentence.text;
  const complement = COMPLEMENT.exec(sentence.slice(Math.max(clause.start, at.start - 30), at.end));
  // "15 other countries" besides the members the clause names: judged as the total less them.
  if (complement && draft.kind === 'count' && draft.besides) return 'complement';
  if (complement) {
    raise('set', `may count a part: "${complement[0]}"`);
    return 'complement';
  }
  if (draft.kind === 'list') {
    // A list says by its own words whether it names some or all ("including"); a count before it may narrow it.
    const narrowing = new RegExp(String.raw`\b(?:\d+|${NUMBER_WORDS})\s+((?:[\p{L}-]+\s+){1,3})(?:countries|nations|states|members)\b`, 'iu').exec(sentence.slice(0, at.start));
    const picked = narrowing?.[1]!.trim().split(/[\s-]+/).filter((w) => !LEVEL_WORD.test(w) && !ownWords(draft, scope).has(w.toLowerCase()));
    if (picked && picked.length > 0) {
      raise('set', `may list a part: "${picked.join(' ')}"`);
      return 'subset';
    }
    return 'whole';
  }
  const subset = SUBSET.exec(words.before.slice(-40)) ?? SUBSET.exec(words.claim);
  if (subset) {
    raise('set', `may count a part: "${subset[0]}"`);
    return 'subset';
  }
  const narrowing = narrowingWords(draft, scope);
  if (narrowing) {
    raise('set', `may count a part: "${narrowing}"`);
    return 'subset';
  }
  const action = actionAfter(words.after);
  if (action) {
    raise('set', action.cohort ? `may count the members who ${action.verb} then, not all of them` : `may count only those who ${action.verb}`);
    return action.cohort ? 'cohort' : 'subset';
  }
  return 'whole';
}

/** Adjectives between a count's number and its noun that pick a part: "four Latin American countries", "nine mostly eastern European countries". */
function narrowingWords(draft: ClaimDraft, scope: SentenceScope): string | undefined {
  if (draft.kind !== 'count') return undefined;
  const between = draft.phrase.slice(draft.phrase.indexOf(draft.written) + draft.written.length, draft.phrase.length - draft.noun.length);
  const own = ownWords(draft, scope);
  const words = between.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w) && !LEVEL_WORD.test(w) && !own.has(w.toLowerCase()));
  return words.length > 0 ? words.join(' ') : undefined;
}

function ownWords(draft: ClaimDraft, scope: SentenceScope): Set<string> {
  return new Set(scope.lexicon.ledger.collections.get(draft.collection)?.terms.flatMap((t) => t.toLowerCase().split(/[\s-]+/)) ?? []);
}

/** The verb right after a counted noun, when it makes the number a part: "12 member states voted against", "ten joined in 2004", "three countries that won back …". */
function actionAfter(after: string): { verb: string; cohort: boolean } | undefined {
  const taking = /^\s*(?:on board|aboard|taking part|participating|involved|signed up|in (?:it|the scheme|the zone|the area))\b/i.exec(after);
  if (taking) return { verb: `are ${taking[0].trim()}`, cohort: false };
  const m = /^\s*(?:,\s*)?((?:who|that|which)\s+)?(?:(?:had|have|has)\s+)?(?:(?:already|now|also|since|formally|officially|all)\s+)?(\p{L}+(?:\s+(?:admitted|added))?)/u.exec(after);
  const verb = m?.[2];
  if (!verb || STATE_VERB.test(verb.split(/\s+/)[0]!)) return undefined;
  const perfect = /^\s*(?:,\s*)?(?:(?:who|that|which)\s+)?(?:have|has)\s+(?:(?:already|now|also|since|formally|officially|all)\s+)?/i.test(after);
  if (COHORT_VERB.test(verb)) return perfect ? undefined : { verb, cohort: true };
  // A relative clause with any other verb picks those who did it; so does a verb of action.
  if (m?.[1] || /(?:ed|ted)$/i.test(verb) || /^(?:vote|votes|back|backs|oppose|opposes|support|supports|attend|attends|sent|met|took|gave|called|agreed|refused|abstained|won|lost|took)$/i.test(verb)) return { verb, cohort: false };
  return undefined;
}

/**
 * The words that say which step a claim is about: for a claim about a named
 * member, those between the member and the claim ("Ecuador, which joined the
 * cartel in 1975 and left in 1992": "joined" dates 1975); else its clause.
 */
/** A comma and a word that opens a subordinate clause. */
const SUBORDINATE = /,\s+(?:when|as|after|while|which|who|where|whereas)\b/i;

function stepWords(draft: ClaimDraft, scope: SentenceScope, clause: Span, at: Span): string {
  const sentence = scope.sentence.text;
  if (!('entitySpan' in draft)) return sentence.slice(clause.start, clause.end);
  const entity = offsetsIn(scope, draft.entitySpan);
  if (entity.start >= sentence.length) return sentence.slice(clause.start, clause.end);
  // The verb that governs the date may stand before both ("was signed on 14 June 1985 by Belgium"),
  // and a rank's event after it ("the first member state to leave").
  const start = Math.min(entity.start, at.start);
  const lead = /(?:\S+\s+){0,5}$/.exec(sentence.slice(clause.start, start))![0];
  // The trail stops where a subordinate clause begins: "the 11th member on Sunday, when leaders signed …" ranks a joining.
  const after = sentence.slice(at.end, Math.min(clause.end, at.end + 48));
  const trail = draft.kind === 'ordinal' || draft.kind === 'superlative' ? after.slice(0, after.search(SUBORDINATE) < 0 ? after.length : after.search(SUBORDINATE)) : '';
  return lead + sentence.slice(start, Math.max(entity.end, at.end)) + trail;
}

function statusOf(draft: ClaimDraft, scope: SentenceScope, clause: string, raise: Raise): Status {
  if (!STEP_KINDS.has(draft.kind)) return 'member';
  const collection = scope.lexicon.ledger.collections.get(draft.collection);
  const joiningOwn = (collection?.joining ?? []).map((w) => w.toLowerCase());
  const notJoining = (collection?.notJoining ?? []).find((w) => wordIn(w, clause));
  if (notJoining) {
    raise('status', `"${notJoining}" is not joining \`${draft.collection}\``);
    return 'agreed';
  }
  for (const [pattern, status, kinds] of STATUS_WORDS) {
    if (kinds !== 'all' && !kinds.has(draft.kind)) continue;
    // A collection's founding words are a step of their own only where the ledger says what joining is.
    if (pattern === FOUNDING_WORDS && collection?.joiningEvent === undefined) continue;
    const found = pattern.exec(clause);
    // A collection whose joining is that very step ("signed" for an accord) has no doubt about it.
    if (!found || joiningOwn.includes(found[0].toLowerCase().replace(/\s+/g, ' '))) continue;
    raise('status', `"${found[0]}" may be a step other than joining`);
    return status;
  }
  // Signing is a step short of joining where the ledger says joining is another event (a treaty's entry into force).
  const signed = SIGNED.exec(clause);
  if (signed && collection?.joiningEvent !== undefined && !joiningOwn.some((w) => /sign/i.test(w))) {
    raise('status', `"${signed[0]}" may be a signature, not membership`);
    return 'signed';
  }
  return draft.kind === 'count' || draft.kind === 'list' || draft.kind === 'group' || draft.kind === 'membership' ? 'member' : 'joined';
}

/**
 * A claim dated by the article, in a clause that speaks of another time:
 * "since 2022", "at its launch", "in 2004", "has expanded to 28", a verb in the
 * past tense. Not the dates of an enumeration after the claim, nor, for a
 * member's rank stated in the present tense, the date the ledger gives for
 * that member's own joining ("the latest elevation, on May 16, 2025,
 * highlights …" ranks that event now).
 */
function timeDoubts(draft: ClaimDraft, scope: SentenceScope, clause: Span, at: Span, presentTense: boolean, raise: Raise): void {
  const source = draft.asOf?.source;
  // A claim read as past ("had six members": true at some time up to then) is judged over all that time.
  if (source === 'explicit' || source === 'framing' || ('past' in draft && draft.past)) return;
  const sentence = scope.sentence.text;
  const change = CHANGE_TO.exec(sentence.slice(clause.start, at.start));
  // "Slovakia's entry brings the euro area to 16 countries" on its day: the change is the article's news, at its date.
  if (change && draft.kind === 'count' && !PRESENT_CHANGE.test(change[0])) {
    raise('time', `"${change[0].trim()}" reports a change: the count may be that event's, not ${describeSource(source)}`);
    return;
  }
  if (NOW.test(sentence.slice(clause.start, clause.end))) return;
  // What follows an enumeration or a relative clause after the claim ("…, France, which joined in October") dates those names, not the claim.
  const rest = sentence.slice(at.end, clause.end);
  const cut = [ENUMERATION.exec(rest), RELATIVE_CLAUSE.exec(rest)].filter((m) => m !== null).map((m) => m.index);
  const text = sentence.slice(clause.start, cut.length ? at.end + Math.min(...cut) : clause.end);
  const window = OTHER_TIME.exec(text);
  if (window) {
    raise('time', `"${window[0]}" may put the claim at another time than ${describeSource(source)}`);
    return;
  }
  const own = ownJoining(draft, scope);
  const other = readDates(text, scope.reference).find((d) => {
    const inClaim = clause.start + d.start >= at.start && clause.start + d.end <= at.end;
    return !inClaim && !(own && overlapsDays(d.date, own));
  });
  if (other) {
    raise('time', `the sentence also speaks of ${other.text}: the claim may be about then`);
    return;
  }
  // "Officials said the compact had six members": the past tense is the saying's, the count the article's.
  const past = reportedSpeech(scope.sentence.text) ? null : PAST_VERB.exec(text);
  if (!presentTense && past && !PERFECT.test(text.slice(0, past.index)) && (draft.kind === 'count' || draft.kind === 'list')) {
    raise('time', `"${past[0]}" tells of a past event: the claim may be about then`);
  }
}

/** A date written without its year ("in May", "on 1 May") is placed in a year the article does not state. */
function dateDoubts(draft: ClaimDraft, scope: SentenceScope, raise: Raise): void {
  const written = writtenDate(draft, scope);
  if (!written || !('date' in draft) || !draft.date) return;
  const weekday = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(written);
  // "on Sunday" is the Sunday before the article's date; a page dated a day early puts it a week out.
  if (weekday && !/\d/.test(written)) {
    raise('time', `"${weekday[0]}" is read as the one before the article's date: it may be another week`);
    return;
  }
  // "six years ago", "just over a decade ago": counted back from the article's date, and rounded.
  if (/\bago\b/i.test(written)) {
    raise('time', `"${written}" counts back from the article's date, in round numbers`);
    return;
  }
  const relative = /\b(?:yesterday|today|last|this|next)\b/i.test(written);
  if (/\d{4}/.test(written) || relative || withinYearBefore(draft.date, scope)) return;
  raise('time', `"${written}" has no year: taken as ${draft.date.year}`);
}

/** The words that give a claim's date: a member-date's own span, or the date inside a step's words. */
function writtenDate(draft: ClaimDraft, scope: SentenceScope): string | undefined {
  const words = scope.article.text.slice(draft.span.start, draft.span.end);
  if (draft.kind === 'member-date') return words;
  if (draft.kind !== 'status' || !draft.date) return undefined;
  const date = draft.date;
  return readDates(words, scope.reference).find((d) => d.date.year === date.year && d.date.month === date.month && d.date.day === date.day)?.text;
}

/**
 * "upgraded … in October" in an article dated December: a month without a
 * year is the last one before the article's own date (its front matter or
 * dateline), the convention of news copy; a date read against a title's date
 * or beyond a year stays in doubt.
 */
function withinYearBefore(date: PartialDate, scope: SentenceScope): boolean {
  const own = scope.article.date?.date;
  // Only a date to the day places a month; a paragraph that has just given another year ("On February 24, 2022, …") may be in it.
  if (!own?.day) return false;
  const earlier = scope.block.text.slice(0, scope.sentence.end).match(/\b(?:1[89]|20)\d\d\b/g) ?? [];
  if (earlier.some((year) => Number(year) !== date.year)) return false;
  const day = toInterval(date).start;
  const reference = toInterval(own).start;
  return day <= reference && reference - day < DAYS_IN_YEAR;
}

const DAYS_IN_YEAR = 365;

function describeSource(source: string | undefined): string {
  return source ? `the ${source}'s date` : "the article's date";
}

/** For a claim about one member's place, the day the ledger says that member joined. */
function ownJoining(draft: ClaimDraft, scope: SentenceScope): PartialDate | undefined {
  if (!('entity' in draft) || (draft.kind !== 'superlative' && draft.kind !== 'ordinal')) return undefined;
  return scope.lexicon.ledger.collections.get(draft.collection)?.members.find((m) => m.entity === draft.entity)?.since;
}

function overlapsDays(a: PartialDate, b: PartialDate): boolean {
  const x = toInterval(a);
  const y = toInterval(b);
  return x.start < y.end && y.start < x.end;
}

/** The group a group claim counts in is named by it, not a rival for its collection. */
function isGroupOf(draft: ClaimDraft, collection: string): boolean {
  return draft.kind === 'group' && draft.group === collection;
}

function wordIn(phrase: string, text: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function slot<T>(value: T, basis: Basis, why: string): Slot<T> {
  return { value, basis, why };
}

/** Where a claim's words lie in its sentence; a claim outside it (a list below) is taken as at the sentence's end. */
function offsetsIn(scope: SentenceScope, span: Span): Span {
  const start = blockOffset(scope, span.start);
  const end = blockOffset(scope, Math.max(span.start, span.end - 1));
  const { sentence } = scope;
  if (start === undefined || end === undefined || start < sentence.start || end >= sentence.end) return { start: sentence.text.length, end: sentence.text.length };
  return { start: start - sentence.start, end: end + 1 - sentence.start };
}

function blockOffset(scope: SentenceScope, source: number): number | undefined {
  const segment = scope.block.segments.find((s) => source >= s.source && source < s.source + s.length);
  return segment && segment.at + (source - segment.source);
}

/** The clause around the claim: between semicolons, dashes, and ", and"/", but" breaks. */
function clauseOf(sentence: string, at: Span): Span {
  const BREAK = /;|\s[—–]\s|,\s*(?:and|but|while|whereas|although|though|yet)\s+/g;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(BREAK)) {
    if (m.index + m[0].length <= at.start) start = m.index + m[0].length;
    else if (m.index >= at.end && m.index < end) end = m.index;
  }
  return { start, end };
}

