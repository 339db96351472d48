/**
 * Label files of the real corpus (format and meaning: ./PROTOCOL.md §4). Each
 * article sits next to `<article>.labels.yaml`: where it came from, every
 * checkable claim with its verdict at its own date, every trap, and the errors
 * to plant. Quotes are located here, once, so a label that no longer matches
 * its article is refused with the file and the quote.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { locate, type Span } from '../labels.js';

export const KINDS = ['count', 'list', 'member-date', 'membership', 'status', 'ordinal', 'superlative', 'relative-timing', 'duration', 'group', 'delta'] as const;
export const VERDICTS = ['supported', 'refuted', 'ambiguous'] as const;
export const STYLES = ['wire', 'news', 'explainer', 'listicle', 'opinion', 'government', 'encyclopedia', 'feature', 'analysis', 'press-release', 'blog'] as const;
export const PLANTED_ERRORS = ['count-shift', 'year-shift', 'month-shift', 'day-shift', 'ordinal-shift', 'member-dropped', 'non-member-added', 'newest-wrong', 'interval-shift', 'name-swap'] as const;

export type Kind = (typeof KINDS)[number];
export type Verdict = (typeof VERDICTS)[number];

// YAML reads 2023-01-01 as a Date and 2023 as a number.
const DateText = z
  .union([z.string(), z.number(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .refine((v) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v) || v === 'undated' || v === 'unknown', { message: 'expected YYYY, YYYY-MM, YYYY-MM-DD, `undated` or `unknown`' });

const PlantSchema = z.strictObject({
  with: z.string(),
  replace: z.string().min(1).optional(),
  error: z.enum(PLANTED_ERRORS),
  note: z.string().optional(),
});

const ClaimSchema = z
  .strictObject({
    quote: z.string().min(1),
    through: z.string().min(1).optional(),
    occurrence: z.int().min(1).optional(),
    kind: z.enum(KINDS),
    collection: z.string().min(1),
    date: DateText,
    verdict: z.enum(VERDICTS),
    reason: z.string().min(1),
    complete: z.boolean().optional(),
    plant: PlantSchema.optional(),
    note: z.string().optional(),
  })
  .superRefine((claim, ctx) => {
    if (claim.quote.split(/\s+/).length > 15) ctx.addIssue({ code: 'custom', message: 'a quote has at most 15 words: quote the claim phrase, use `through` for the rest' });
    if (claim.kind === 'list' && claim.complete === undefined) ctx.addIssue({ code: 'custom', message: 'a list needs `complete: true` or `complete: false`' });
    if (claim.plant && claim.verdict !== 'supported') ctx.addIssue({ code: 'custom', message: 'only a supported claim gets a plant' });
  });

const TrapSchema = z.strictObject({
  quote: z.string().min(1),
  occurrence: z.int().min(1).optional(),
  reason: z.string().min(1),
});

export const LabelFileSchema = z.strictObject({
  source: z.strictObject({
    url: z.url(),
    outlet: z.string().min(1),
    published: DateText,
    style: z.enum(STYLES),
    english: z.enum(['native', 'non-native']),
    note: z.string().optional(),
  }),
  collections: z.array(z.string().min(1)).min(1),
  claims: z.array(ClaimSchema),
  traps: z.array(TrapSchema).default([]),
});

export type LabelFile = z.output<typeof LabelFileSchema>;
export type ClaimInput = LabelFile['claims'][number];

export interface LocatedClaim extends Omit<ClaimInput, 'plant'> {
  readonly span: Span;
  readonly plant?: { readonly span: Span; readonly with: string; readonly error: string };
}

export interface LocatedTrap {
  readonly quote: string;
  readonly reason: string;
  readonly span: Span;
}

export interface RealArticle {
  /** The collection folder the article is filed under. */
  readonly folder: string;
  /** Path relative to the repository root, forward slashes. */
  readonly path: string;
  readonly labelPath: string;
  readonly text: string;
  readonly source: LabelFile['source'];
  readonly collections: readonly string[];
  readonly claims: readonly LocatedClaim[];
  readonly traps: readonly LocatedTrap[];
}

export class RealLabelError extends Error {}

/** Reads one label file and its article; every problem is collected, not only the first. */
export function loadRealArticle(labelFile: string, root: string, knownCollections: ReadonlySet<string>): RealArticle {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const fail = (messages: string[]) => new RealLabelError(messages.map((m) => `${rel(labelFile)}: ${m}`).join('\n'));
  const parsed = LabelFileSchema.safeParse(parse(readFileSync(labelFile, 'utf8')));
  if (!parsed.success) throw fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const file = parsed.data;
  const articleFile = articleOf(labelFile);
  if (!articleFile) throw fail(['no article (.md or .txt) with the same name next to it']);
  const text = readFileSync(articleFile, 'utf8');
  const problems: string[] = [];

  const unknown = [...file.collections, ...file.claims.map((c) => c.collection)].filter((id) => !knownCollections.has(id));
  for (const id of new Set(unknown)) problems.push(`collection \`${id}\` is not in the ledger`);

  const claims: LocatedClaim[] = [];
  file.claims.forEach((claim, i) => {
    const where = `claims[${i}] ${JSON.stringify(claim.quote)}`;
    const span = claimSpan(text, claim);
    if (typeof span === 'string') return void problems.push(`${where}: ${span}`);
    const { plant, ...rest } = claim;
    if (!plant) return void claims.push({ ...rest, span });
    const words = plant.replace ?? claim.quote;
    const offset = text.slice(span.start, span.end).indexOf(words);
    if (offset < 0) return void problems.push(`${where}: plant.replace ${JSON.stringify(words)} is not inside the claim`);
    if (plant.with === words) return void problems.push(`${where}: the plant changes nothing`);
    claims.push({ ...rest, span, plant: { span: { start: span.start + offset, end: span.start + offset + words.length }, with: plant.with, error: plant.error } });
  });

  const traps: LocatedTrap[] = [];
  file.traps.forEach((trap, i) => {
    const span = locate(text, trap.quote, trap.occurrence);
    if (typeof span === 'string') problems.push(`traps[${i}] ${JSON.stringify(trap.quote)}: ${span}`);
    else traps.push({ quote: trap.quote, reason: trap.reason, span });
  });

  if (problems.length) throw fail(problems);
  return {
    folder: path.basename(path.dirname(labelFile)),
    path: rel(articleFile),
    labelPath: rel(labelFile),
    text,
    source: file.source,
    collections: file.collections,
    claims,
    traps,
  };
}

function claimSpan(text: string, claim: ClaimInput): Span | string {
  const span = locate(text, claim.quote, claim.occurrence);
  if (typeof span === 'string' || !claim.through) return span;
  const end = text.indexOf(claim.through, span.end);
  if (end < 0) return `\`through\` ${JSON.stringify(claim.through)} does not occur after the quote`;
  return { start: span.start, end: end + claim.through.length };
}

function articleOf(labelFile: string): string | undefined {
  const base = labelFile.replace(/\.labels\.ya?ml$/, '');
  return ['.md', '.txt'].map((ext) => base + ext).find((file) => existsSync(file));
}
