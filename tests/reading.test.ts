/**
 * The reading model, class by class (issue 13's six causes of misreading:
 * whose collection, subsets and cohorts, events that are not joining, claims
 * that never name the collection, time, and report-or-abstain). One YAML file
 * per class in tests/fixtures/reading, of sentences written for these tests
 * about the ledger's collections. Each case names the words of one claim and
 * what must become of it: refuted (a finding, with its literal message), or
 * held back as unverifiable with the slot that stopped it, or supported; and
 * the reading the checker states for it, in plain words, so the slot that
 * decided the case is pinned too. A case the checker gets wrong says why in
 * `knownMiss` and runs as `it.fails`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import type { FileResult } from '../src/check.js';
import { rules } from '../src/reconcile/rules/index.js';
import { SLOT_NAMES } from '../src/extract/reading.js';
import { expectWellFormed, verdictsOf } from './helpers.js';

const DIR = path.join('tests', 'fixtures', 'reading');
const RULE_IDS = rules.map((r) => r.meta.id);

const readingCase = z
  .strictObject({
    name: z.string().min(1),
    text: z.string().min(1),
    file: z.string().regex(/\.(?:md|txt)$/).default('a.md'),
    /** The words of the claim, exactly as in `text`: the verdict's span or its claim's. */
    words: z.string().min(1),
    rule: z.enum(RULE_IDS as [string, ...string[]]),
    status: z.enum(['refuted', 'supported', 'unverifiable']),
    /** For `unverifiable`: the slot that stopped a refutation (`withheld`), or none when the rule itself could not judge. */
    slot: z.enum(SLOT_NAMES).optional(),
    /** The verdict's message, literally. */
    message: z.string().min(1),
    /** The claim's reading, as the `read as:` line states it. */
    reading: z.string().min(1).optional(),
    knownMiss: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.text.includes(c.words)) ctx.addIssue({ code: 'custom', path: ['words'], message: 'not in the text' });
    if (c.slot && c.status !== 'unverifiable') ctx.addIssue({ code: 'custom', path: ['slot'], message: 'only an unverifiable case has a slot that stopped it' });
  });

type ReadingCase = z.output<typeof readingCase>;

function loadClass(file: string): ReadingCase[] {
  const parsed = z.array(readingCase).safeParse(parse(readFileSync(path.join(DIR, file), 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data;
}

/** The verdict of `rule` on the words: its own span, or its claim's. */
function verdictOn(result: FileResult, c: ReadingCase) {
  const text = result.article!.text;
  const start = text.indexOf(c.words);
  const end = start + c.words.length;
  const claims = result.claims.filter((claim) => claim.span.start === start && claim.span.end === end);
  return result.verdicts.find((v) => v.ruleId === c.rule && ((v.span.start === start && v.span.end === end) || claims.some((claim) => claim.id === v.claimId)));
}

async function runCase(c: ReadingCase): Promise<void> {
  const result = await verdictsOf(c.text, { file: c.file });
  expectWellFormed(result);
  const verdict = verdictOn(result, c);
  const seen = result.verdicts.map((v) => `${v.ruleId} ${v.status} «${result.article!.text.slice(v.span.start, v.span.end)}»: ${v.message}`).join('\n  ');
  expect(verdict, `a ${c.rule} verdict on «${c.words}» among:\n  ${seen}`).toBeDefined();
  expect({ status: verdict!.status, slot: verdict!.withheld?.slot, message: verdict!.message }).toEqual({ status: c.status, slot: c.slot, message: c.message });
  if (c.reading) expect(verdict!.reading).toBe(c.reading);
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

describe('the reading fixtures', () => {
  it('has every class of misreading, each with at least ten cases, refuted and held back', () => {
    expect(files).toEqual(['collection-not-named.yaml', 'events-not-joining.yaml', 'report-or-abstain.yaml', 'subsets-and-cohorts.yaml', 'time.yaml', 'whose-collection.yaml']);
    for (const file of files) {
      const cases = loadClass(file);
      expect(cases.length, file).toBeGreaterThanOrEqual(10);
      expect(new Set(cases.map((c) => c.status)).size, `${file}: more than one outcome`).toBeGreaterThan(1);
    }
  });
});

for (const file of files) {
  describe(file.replace(/\.yaml$/, ''), () => {
    for (const c of loadClass(file)) {
      (c.knownMiss ? it.fails : it)(c.knownMiss ? `${c.name} (known miss: ${c.knownMiss})` : c.name, () => runCase(c));
    }
  });
}
