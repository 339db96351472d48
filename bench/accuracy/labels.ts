/**
 * Label files: what a careful reader says an article claims, claim by claim,
 * by its exact words. One YAML file per article, next to it (or, for the
 * sample articles that must stay verbatim in sources/, in samples/ pointing at
 * them). The format is described in bench/accuracy/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { rules } from '../../src/reconcile/rules/index.js';

export const RULE_IDS: readonly string[] = rules.map((rule) => rule.meta.id);
export const CLAIM_KINDS = ['count', 'list', 'member-date', 'as-of', 'ordinal', 'superlative', 'relative-timing', 'duration', 'group', 'delta', 'tier'] as const;
/** `trap`: words that look like a claim but are not one of the ledger's (or are hedged, future, someone else's): must stay silent. */
export const TRUTHS = ['true', 'false', 'trap', 'unverifiable'] as const;

export type ClaimKindLabel = (typeof CLAIM_KINDS)[number];
export type Truth = (typeof TRUTHS)[number];

const RuleId = z.string().refine((id) => RULE_IDS.includes(id), { message: `expected a rule id: ${RULE_IDS.join(', ')}` });
const DateText = z.union([z.string(), z.number(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)));

const ClaimLabelSchema = z
  .strictObject({
    quote: z.string().min(1),
    /** 1-based; required when the quote occurs more than once. */
    occurrence: z.int().min(1).optional(),
    kind: z.enum(CLAIM_KINDS),
    // YAML reads `true` and `false` as booleans.
    truth: z.union([z.boolean(), z.enum(TRUTHS)]).transform((t): Truth => (typeof t === 'boolean' ? (t ? 'true' : 'false') : t)),
    /** For a false claim: every rule that should refute it. */
    rules: z.array(RuleId).optional(),
    /** Rules that may also refute a false claim without counting as a false alarm or a hit. */
    accept: z.array(RuleId).optional(),
    /** The ledger collection the claim is about: lets the injector reason about lists, superlatives and as-of dates. */
    collection: z.string().optional(),
    /** For a list: does it claim to be complete, and does a count in its sentence count it? */
    completeness: z.enum(['complete', 'partial']).optional(),
    counted: z.boolean().optional(),
    /** For an as-of phrase: the rules that should fire once its date moves back (the injector uses it). */
    'if-moved': z.array(RuleId).optional(),
    note: z.string().optional(),
  })
  .superRefine((label, ctx) => {
    if (label.truth === 'false' && !label.rules?.length) ctx.addIssue({ code: 'custom', message: 'a false claim needs `rules`: the rule(s) that should refute it' });
    if (label.truth !== 'false' && label.rules?.length) ctx.addIssue({ code: 'custom', message: 'only a false claim has `rules`' });
  });

const LabelFileSchema = z.strictObject({
  /** The article, relative to this file; default: this file's name without `.labels.yaml`, as .txt or .md. */
  article: z.string().optional(),
  /** The ledger folder, relative to this file; default: the built-in ledger/. */
  ledger: z.string().optional(),
  /** The date to judge an undated article at (the CLI's --as-of). */
  'as-of': DateText.optional(),
  /** One line on what the article is and its style. */
  about: z.string().optional(),
  claims: z.array(ClaimLabelSchema),
});

export type ClaimLabelInput = z.output<typeof ClaimLabelSchema>;

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ClaimLabel {
  readonly quote: string;
  readonly span: Span;
  readonly kind: ClaimKindLabel;
  readonly truth: Truth;
  readonly rules: readonly string[];
  readonly accept: readonly string[];
  readonly collection?: string;
  readonly completeness?: 'complete' | 'partial';
  readonly counted?: boolean;
  readonly ifMoved?: readonly string[];
  readonly note?: string;
}

export interface LabelledArticle {
  /** The article's path relative to the repository root (forward slashes). */
  readonly path: string;
  readonly labelPath: string;
  readonly text: string;
  /** Absolute path of the ledger folder; undefined for the built-in ledger. */
  readonly ledger?: string;
  readonly asOf?: string;
  readonly about?: string;
  readonly labels: readonly ClaimLabel[];
}

export class LabelError extends Error {}

/** Reads one label file and its article; every quote must occur in the article (at its occurrence). */
export function loadLabelledArticle(labelFile: string, root: string): LabelledArticle {
  const raw = readFileSync(labelFile, 'utf8');
  const parsed = LabelFileSchema.safeParse(parse(raw));
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  if (!parsed.success) throw new LabelError(`${rel(labelFile)}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const file = parsed.data;
  const dir = path.dirname(labelFile);
  const articleFile = file.article ? path.resolve(dir, file.article) : defaultArticle(labelFile);
  const text = readFileSync(articleFile, 'utf8');
  const labels = file.claims.map((claim, i) => {
    const span = locate(text, claim.quote, claim.occurrence);
    if (typeof span === 'string') throw new LabelError(`${rel(labelFile)}: claims[${i}] ${JSON.stringify(claim.quote)}: ${span}`);
    return toLabel(claim, span);
  });
  return {
    path: rel(articleFile),
    labelPath: rel(labelFile),
    text,
    ...(file.ledger ? { ledger: path.resolve(dir, file.ledger) } : {}),
    ...(file['as-of'] ? { asOf: file['as-of'] } : {}),
    ...(file.about ? { about: file.about } : {}),
    labels,
  };
}

function defaultArticle(labelFile: string): string {
  const base = labelFile.replace(/\.labels\.ya?ml$/, '');
  for (const ext of ['.txt', '.md']) if (existsSync(base + ext)) return base + ext;
  throw new LabelError(`${labelFile}: no article ${base}.txt or ${base}.md next to it`);
}

/** The span of the quote's `occurrence`-th appearance, or why it cannot be found. */
export function locate(text: string, quote: string, occurrence?: number): Span | string {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) starts.push(at);
  if (starts.length === 0) return 'does not occur in the article';
  if (occurrence === undefined && starts.length > 1) return `occurs ${starts.length} times: give \`occurrence\``;
  const start = starts[(occurrence ?? 1) - 1];
  if (start === undefined) return `occurrence ${occurrence} asked, but it occurs ${starts.length} time(s)`;
  return { start, end: start + quote.length };
}

function toLabel(claim: ClaimLabelInput, span: Span): ClaimLabel {
  return {
    quote: claim.quote,
    span,
    kind: claim.kind,
    truth: claim.truth,
    rules: claim.rules ?? [],
    accept: claim.accept ?? [],
    ...(claim.collection ? { collection: claim.collection } : {}),
    ...(claim.completeness ? { completeness: claim.completeness } : {}),
    ...(claim.counted !== undefined ? { counted: claim.counted } : {}),
    ...(claim['if-moved'] ? { ifMoved: claim['if-moved'] } : {}),
    ...(claim.note ? { note: claim.note } : {}),
  };
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
