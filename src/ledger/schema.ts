/**
 * The ledger's file format, as zod schemas. A ledger is a folder of YAML files;
 * each file may declare entities, collections, or both, so a new collection is
 * one new file. Shapes follow Wikidata's statements: a value, a start (and end)
 * time at its own precision, and references.
 *
 * Cross-file rules (unknown ids, duplicates, dates before an entity existed)
 * are checked after parsing, in ./validate.ts, where every file is known.
 */
import { z } from 'zod';
import { partialDateProblem } from '../time/partial-date.js';

export const LEDGER_FORMAT_VERSION = 1;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
  .string()
  .regex(ID, { message: 'expected an id in kebab-case, such as `united-kingdom`' })
  .describe('A kebab-case id, such as `united-kingdom`.');

/** YAML reads `2016` as a number and `2016-09-03` as a string: accept both. */
export const DateTextSchema = z
  .union([z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/), z.int().min(1000).max(9999)], {
    error: 'expected a date: YYYY, YYYY-MM or YYYY-MM-DD',
  })
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(String(value));
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('A date at the precision the sources give: YYYY, YYYY-MM or YYYY-MM-DD.');

export const CitationSchema = z
  .union([
    z.url({ message: 'expected a citation URL' }),
    z.strictObject({
      url: z.url({ message: 'expected a citation URL' }),
      quote: z.string().min(1).optional().describe('The words of the source that support the statement.'),
    }),
  ])
  .describe('A source: its URL, or its URL with the supporting quote.');

const citations = (what: string) =>
  z
    .array(CitationSchema, { error: `expected a list of citations (URLs) for ${what}` })
    .min(1, { message: `expected at least one citation for ${what}` });

export const EntityTypeSchema = z
  .enum(['country', 'organization', 'territory', 'person'], {
    error: 'expected `country`, `organization`, `territory` or `person`',
  })
  .describe('What kind of thing the entity is; units such as "countries" count by type.');

export const EntitySchema = z
  .strictObject({
    name: z.string().min(1).describe('The name articles most often use.'),
    type: EntityTypeSchema,
    aliases: z
      .array(z.string().min(1))
      .optional()
      .describe('Other names articles use: "U.S.", "USA", "America". Matching is exact, at word boundaries.'),
    since: DateTextSchema.optional().describe('When the entity came into existence; no membership may start earlier.'),
    until: DateTextSchema.optional().describe('When the entity ceased to exist.'),
    note: z.string().optional(),
  })
  .describe('Something that can be a member of a collection.');

export const AlternativeDateSchema = z.strictObject({
  date: DateTextSchema,
  note: z.string().min(1).describe('Why this other date is defensible (a signing day, another time zone…).'),
});

/**
 * The steps of a membership besides joining, and leaving it or a part of it.
 * Joining (`joined`) is recorded by `since`; an event `joined` is only for a
 * later re-entry told apart from the spell it starts. Status claims ("applied
 * in 2022", "was suspended in 2021") are judged against these.
 */
export const EVENT_TYPES = ['applied', 'invited', 'candidate', 'signed', 'ratified', 'joined', 'suspended', 'reinstated', 'withdrawal-announced', 'withdrew', 'left-part'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EventSchema = z
  .strictObject({
    event: z.enum(EVENT_TYPES, { error: `expected one of ${EVENT_TYPES.map((e) => `\`${e}\``).join(', ')}` }),
    date: DateTextSchema,
    part: z.string().min(1).optional().describe('For `left-part` (and a suspension from one part): which part, such as "the exchange-rate mechanism".'),
    sources: citations('an event'),
    note: z.string().optional(),
  })
  .superRefine((event, ctx) => {
    if (event.event === 'left-part' && event.part === undefined) ctx.addIssue({ code: 'custom', path: ['part'], message: 'a `left-part` event says which part was left: `part: …`' });
  })
  .describe('A dated step of a membership: an application, an invitation, a signature, a ratification, a suspension, a withdrawal, leaving one part.');

export const DisputeSchema = z
  .strictObject({
    note: z.string().min(1).describe('What the sources disagree about.'),
    sources: citations('a dispute'),
  })
  .describe('Sources disagree whether this is a membership at all: counts hold with it or without it, and no list is wrong for leaving it out or naming it.');

export const MemberSchema = z
  .strictObject({
    entity: IdSchema.describe('The id of an entity declared under `entities`.'),
    since: DateTextSchema.optional().describe(
      'When the membership began, at the precision the sources give. Omit only when the ledger does not date it.',
    ),
    until: DateTextSchema.optional().describe('When the membership ended.'),
    also: z
      .array(AlternativeDateSchema)
      .optional()
      .describe('Other start dates that sources defensibly give; a claim using one is not wrong.'),
    label: z.string().optional().describe('The name this membership goes by, when it differs from the collection\'s.'),
    events: z.array(EventSchema).optional().describe('Other dated steps of this membership: applied, invited, signed, ratified, suspended, withdrew, left part.'),
    disputed: DisputeSchema.optional(),
    sources: citations('a member'),
    note: z.string().optional(),
  })
  .describe('One membership: an entity, when it began (and ended), and the sources.');

export const CandidateSchema = z
  .strictObject({
    entity: IdSchema.describe('The id of an entity declared under `entities`.'),
    events: z.array(EventSchema).min(1, { message: 'expected at least one event for a candidate' }),
    note: z.string().optional(),
  })
  .describe('A state that is not a member but took steps toward it (applied, was invited, signed): its events, which status claims are judged against.');

export const UnitSchema = z
  .strictObject({
    type: EntityTypeSchema.optional().describe('Count only members of this type; omit to count every member.'),
  })
  .describe('Which members a head noun counts.');

export const ReportedCountSchema = z
  .strictObject({
    date: DateTextSchema,
    count: z.int().min(0),
    unit: z.string().min(1).optional().describe('The unit the source counted in, one of the collection\'s units.'),
    quote: z.string().min(1),
    url: z.url(),
  })
  .describe('A count a source reported; `ledger validate` checks it against the members.');

export const CollectionSchema = z
  .strictObject({
    id: IdSchema,
    title: z.string().min(1),
    subject: IdSchema.optional().describe('The entity whose collection this is (Vietnam, for its partnerships).'),
    complete: z
      .boolean({ error: 'expected `true` or `false`' })
      .describe('true when every member is listed, so counts and list completeness can be checked.'),
    reviewed: DateTextSchema.optional().describe('The date up to which the members were last checked.'),
    tier: z
      .strictObject({
        ladder: IdSchema.describe('Collections on one ladder are exclusive: entering a higher rank leaves a lower one.'),
        rank: z.int().min(1).describe('Higher is closer; 1 is the lowest tier.'),
      })
      .optional(),
    terms: z
      .array(z.string().min(1))
      .min(1, { message: 'expected at least one term that names the collection' })
      .describe('Singular phrases that name the collection in articles; plurals are derived.'),
    units: z
      .record(z.string().min(1), UnitSchema)
      .describe('Singular head nouns that count members ("country", "partner"); plurals are derived.'),
    joining: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'Words that report a member joining this collection, besides the general ones (joined, adopted, entered, acceded, was admitted, became, established, signed, upgraded …): "appointed", "elected", "ratified". Whole words or phrases, any case, standing shortly before the date.',
      ),
    'joining-event': z
      .string()
      .min(1)
      .optional()
      .describe('Which event counts as joining this collection: "the accession treaty\'s entry into force", "the deposit of the instrument of accession".'),
    'not-joining': z
      .array(z.string().min(1))
      .optional()
      .describe('Words that report a step short of joining this collection, besides the general ones (applied, invited, signed, ratified …): "granted observer status".'),
    nouns: z
      .array(z.string().min(1))
      .optional()
      .describe('Common nouns that refer to the collection when an article is about it: "bloc", "union", "grouping". "the bloc" then means this collection in an article that names no other with the same noun.'),
    members: z.array(MemberSchema),
    candidates: z.array(CandidateSchema).optional().describe('States that are not members, with their steps toward membership.'),
    reported: z.array(ReportedCountSchema).optional(),
    note: z.string().optional(),
  })
  .describe('A set of entities whose membership changes over time.');

export const LedgerFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(LEDGER_FORMAT_VERSION, {
      message: `expected \`version: ${LEDGER_FORMAT_VERSION}\`, the ledger format this ledgerlint reads`,
    }),
    entities: z.record(IdSchema, EntitySchema).optional(),
    collections: z.array(CollectionSchema).optional(),
  })
  .describe('One file of a ledgerlint ledger.');

export type LedgerFileInput = z.input<typeof LedgerFileSchema>;
export type LedgerFileData = z.output<typeof LedgerFileSchema>;
export type EntityData = z.output<typeof EntitySchema>;
export type CollectionData = z.output<typeof CollectionSchema>;
export type MemberData = z.output<typeof MemberSchema>;
export type CitationData = z.output<typeof CitationSchema>;
export type EventData = z.output<typeof EventSchema>;
export type EntityType = z.output<typeof EntityTypeSchema>;
