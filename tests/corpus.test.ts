/**
 * The fixture corpus: short articles written for these tests, one YAML file
 * per theme in tests/fixtures/corpus. Each case pins the claims that must be
 * extracted (a subset match on the fields it gives), the kinds that must not
 * be, and the exact set of refuted verdicts. The expectations say what is
 * right by the ledger facts, not what the code does today: a case the checker
 * gets wrong carries `knownMiss` and runs as `it.fails`.
 *
 * The cases are checked against a schema first (unknown keys, kinds, rule ids,
 * entity ids and dates), outside the cases themselves, so a typo can never
 * make a case vacuous — least of all a known miss, which would "pass" by
 * failing for the wrong reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { checkArticle, type FileResult } from '../src/check.js';
import { buildLexicon, type Claim } from '../src/extract/index.js';
import { loadLedger } from '../src/ledger/load.js';
import { rules } from '../src/reconcile/rules/index.js';
import { formatPartialDate, parsePartialDate, partialDateProblem } from '../src/time/partial-date.js';
import { expectWellFormed, refutedPairs } from './helpers.js';

const CORPUS = path.join('tests', 'fixtures', 'corpus');
const lexicon = buildLexicon(await loadLedger('ledger'));

const KINDS = ['count', 'list', 'member-date', 'as-of'] as const;
const SOURCES = ['explicit', 'framing', 'title', 'front-matter', 'dateline', 'command-line'] as const;
const HEDGES = ['exact', 'more-than', 'at-least', 'fewer-than', 'at-most', 'about', 'nearly'] as const;
const RULE_IDS = rules.map((r) => r.meta.id);

/** YAML reads `2025` as a number and `2025-04` as a string; both are partial dates here. */
const partialDate = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine((s) => partialDateProblem(s) === null, { message: 'not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)' });

const entityId = z.string().refine((id) => lexicon.ledger.entities.has(id), { message: 'not an entity id in the ledger' });
/** A list entry: a ledger entity id, or `?Name` for a name the ledger does not know. */
const entryId = z.string().refine((id) => (id.startsWith('?') ? id.length > 1 : lexicon.ledger.entities.has(id)), {
  message: 'not an entity id in the ledger (write `?Name` for an unknown name)',
});

const expectedClaim = z
  .strictObject({
    kind: z.enum(KINDS),
    collection: z.string().refine((id) => lexicon.ledger.collections.has(id), { message: 'not a collection id in the ledger' }).optional(),
    text: z.string().min(1).optional(),
    value: z.number().int().nonnegative().optional(),
    hedge: z.enum(HEDGES).optional(),
    entity: entityId.optional(),
    completeness: z.enum(['complete', 'partial']).optional(),
    /** `none`: the claim has no date at all. */
    asOfSource: z.enum([...SOURCES, 'none']).optional(),
    asOfDate: partialDate.optional(),
    entities: z.array(entryId).min(1).optional(),
    date: partialDate.optional(),
  })
  .superRefine((c, ctx) => {
    // A field the kind never has would make the expectation unmatchable, not vacuous — but say so here, once.
    const only: Record<string, readonly string[]> = {
      value: ['count'],
      hedge: ['count'],
      completeness: ['list'],
      entities: ['list'],
      entity: ['member-date'],
      date: ['member-date', 'as-of'],
    };
    for (const [field, kinds] of Object.entries(only)) {
      if (c[field as keyof typeof c] !== undefined && !kinds.includes(c.kind)) {
        ctx.addIssue({ code: 'custom', path: [field], message: `\`${field}\` does not apply to a ${c.kind} claim` });
      }
    }
  });

const corpusCase = z.strictObject({
  name: z.string().min(1),
  text: z.string().min(1),
  file: z.enum(['a.md', 'a.txt']),
  asOf: partialDate.optional(),
  claims: z.array(expectedClaim),
  noClaims: z.array(z.enum(KINDS)).min(1).optional(),
  refuted: z.array(z.tuple([z.enum(RULE_IDS as [string, ...string[]]), z.string().min(1)])),
  knownMiss: z.string().min(10).optional(),
});

type Case = z.infer<typeof corpusCase>;
type Expected = Case['claims'][number];

interface Loaded {
  readonly file: string;
  readonly cases: Case[];
  readonly problems: string[];
}

function loadCorpus(): Loaded[] {
  const files = readdirSync(CORPUS).filter((f) => /\.ya?ml$/.test(f)).sort();
  return files.map((file) => {
    let raw: unknown;
    try {
      raw = parse(readFileSync(path.join(CORPUS, file), 'utf8'), { uniqueKeys: true });
    } catch (error) {
      return { file, cases: [], problems: [`not valid YAML: ${(error as Error).message}`] };
    }
    const parsed = z.array(corpusCase).min(1).safeParse(raw);
    if (!parsed.success) {
      const nameOf = (index: PropertyKey | undefined) => {
        const name = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { name?: unknown } | undefined)?.name : undefined;
        return typeof name === 'string' ? JSON.stringify(name) : `case ${String(index)}`;
      };
      return { file, cases: [], problems: parsed.error.issues.map((i) => `${nameOf(i.path[0])} ${i.path.slice(1).join('.')}: ${i.message}`) };
    }
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of parsed.data) {
      if (seen.has(c.name)) problems.push(`duplicate case name ${JSON.stringify(c.name)}`);
      seen.add(c.name);
      for (const kind of c.noClaims ?? []) {
        if (c.claims.some((e) => e.kind === kind)) problems.push(`${JSON.stringify(c.name)}: expects a ${kind} claim and lists ${kind} in noClaims`);
      }
    }
    return { file, cases: parsed.data, problems };
  });
}

/** The fields a case may pin, read off an extracted claim. */
function fieldsOf(claim: Claim): Record<keyof Expected, unknown> {
  return {
    kind: claim.kind,
    collection: claim.collection,
    text: claim.text,
    value: claim.kind === 'count' ? claim.value : undefined,
    hedge: claim.kind === 'count' ? claim.hedge : undefined,
    entity: claim.kind === 'member-date' ? claim.entity : undefined,
    completeness: claim.kind === 'list' ? claim.completeness : undefined,
    asOfSource: claim.asOf?.source ?? 'none',
    asOfDate: claim.asOf ? formatPartialDate(claim.asOf.date) : undefined,
    entities: claim.kind === 'list' ? claim.entries.map((e) => e.entity ?? `?${e.name}`) : undefined,
    date: claim.kind === 'member-date' || claim.kind === 'as-of' ? formatPartialDate(claim.date) : undefined,
  };
}

function matches(expected: Expected, claim: Claim): boolean {
  const actual = fieldsOf(claim);
  return (Object.keys(expected) as (keyof Expected)[]).every((key) => JSON.stringify(actual[key]) === JSON.stringify(expected[key]));
}

/**
 * Pairs every expected claim with its own extracted claim (two expected
 * "14 countries" need two extracted ones), by augmenting paths; returns the
 * expected claims left without one.
 */
function unmatched(expected: readonly Expected[], claims: readonly Claim[]): Expected[] {
  const owner = new Array<number>(claims.length).fill(-1);
  const assign = (e: number, visited: Set<number>): boolean => {
    for (let c = 0; c < claims.length; c++) {
      if (visited.has(c) || !matches(expected[e]!, claims[c]!)) continue;
      visited.add(c);
      if (owner[c] === -1 || assign(owner[c]!, visited)) {
        owner[c] = e;
        return true;
      }
    }
    return false;
  };
  return expected.filter((_, e) => !assign(e, new Set()));
}

/** A claim in the fields a case can pin, for failure messages. */
function describeClaim(claim: Claim): string {
  const f = fieldsOf(claim);
  return JSON.stringify(Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)));
}

const sortPairs = (pairs: readonly (readonly [string, string])[]) =>
  [...pairs].map((p) => [p[0], p[1]] as [string, string]).sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));

async function runCase(c: Case): Promise<void> {
  const result: FileResult = await checkArticle(c.file, c.text, lexicon, c.asOf ? { asOf: parsePartialDate(c.asOf) } : {});
  expectWellFormed(result);
  expect(result.problems, 'the article is usable').toEqual([]);
  const extracted = result.claims.map(describeClaim).join('\n  ');
  const missing = unmatched(c.claims, result.claims);
  expect(missing, `expected claims with no match among:\n  ${extracted}`).toEqual([]);
  for (const kind of c.noClaims ?? []) {
    const found = result.claims.filter((claim) => claim.kind === kind).map(describeClaim);
    expect(found, `no ${kind} claim`).toEqual([]);
  }
  expect(sortPairs(refutedPairs(result)), 'refuted [ruleId, text]').toEqual(sortPairs(c.refuted));
}

const corpus = loadCorpus();

describe('the corpus', () => {
  it('has a file for each theme and at least 70 cases', () => {
    expect(corpus.map((f) => f.file)).toEqual(['as-of.yaml', 'dates.yaml', 'entities.yaml', 'list-shapes.yaml', 'traps.yaml']);
    expect(corpus.reduce((n, f) => n + f.cases.length, 0)).toBeGreaterThanOrEqual(70);
  });

  it.each(corpus.map((f) => [f.file, f.problems] as const))('%s: every case is well-formed', (_file, problems) => {
    expect(problems).toEqual([]);
  });
});

// A file that fails its schema has no cases to run; its failure is reported above.
for (const { file, cases } of corpus.filter((f) => f.cases.length > 0)) {
  describe(file, () => {
    for (const c of cases) {
      if (c.knownMiss) it.fails(`${c.name} [known miss: ${c.knownMiss}]`, () => runCase(c));
      else it(c.name, () => runCase(c));
    }
  });
}
