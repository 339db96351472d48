/**
 * schema/report.schema.json, the JSON Schema (draft 2020-12) of the `json`
 * format: real output validates against it (the fixture run, the four sample
 * articles, an article with the claim kinds the samples lack), it names the
 * version the reporter writes, its enums are the code's, and it rejects what
 * the format does not allow.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkArticle, type FileResult } from '../../src/check.js';
import type { AsOfSource, ClaimKind, Hedge, TimeUnit } from '../../src/extract/claim.js';
import type { Status } from '../../src/reconcile/index.js';
import { reporters, type ReportContext, type RunResult, type Summary } from '../../src/report/index.js';
import { JSON_FORMAT_VERSION } from '../../src/report/json.js';
import { parsePartialDate } from '../../src/time/partial-date.js';
import { contextFor, ledgerAndLexicon, repo } from './fixture.js';
import { reportFixture } from './format-fixture.js';

// ajv-formats is CommonJS: its plugin is both `module.exports` and `module.exports.default`.
const addFormats = ajvFormats.default;

/** The parts of a schema these tests read. */
interface Part {
  $schema?: string;
  const?: unknown;
  enum?: string[];
  required?: string[];
  properties?: Record<string, Part>;
  $defs?: Record<string, Part>;
}

const schema = JSON.parse(readFileSync(path.join(repo, 'schema/report.schema.json'), 'utf8')) as Part;
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(schema);

function errorsOf(document: unknown): string[] {
  return validateReport(document) ? [] : (validateReport.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Written out so that tsc fails when the code gains a value the schema does not list. */
const CLAIM_KINDS = {
  count: true, list: true, 'member-date': true, 'as-of': true, ordinal: true, superlative: true,
  'relative-timing': true, duration: true, group: true, delta: true, tier: true, status: true, membership: true, founding: true,
} satisfies Record<ClaimKind, true>;
const AS_OF_SOURCES = { explicit: true, framing: true, title: true, 'front-matter': true, dateline: true, 'command-line': true } satisfies Record<AsOfSource, true>;
const HEDGES = { exact: true, 'more-than': true, 'at-least': true, 'fewer-than': true, 'at-most': true, about: true, nearly: true } satisfies Record<Hedge, true>;
const TIME_UNITS = { day: true, week: true, month: true, year: true, decade: true } satisfies Record<TimeUnit, true>;
const STATUSES = { supported: true, refuted: true, unverifiable: true } satisfies Record<Status, true>;
const SUMMARY_FIELDS = {
  files: true, claims: true, supported: true, refuted: true, unverifiable: true, errors: true, warnings: true, suppressed: true, unusable: true,
} satisfies Record<keyof Summary, true>;

const SAMPLES = [
  '2025-02-27-hanoi-times-diplomacy-through-csp.txt',
  '2025-10-elite-diplomatic-sphere-14-csps.txt',
  '2025-11-csp-investment-outlook.txt',
  'undated-diplomatic-mark-csp-timeline.txt',
];

/** The claim kinds the sample articles lack: a delta, a misnamed tier, a member date given as a range, a step, a membership, a founding. */
const OTHER_KINDS_ARTICLE = [
  '---',
  'date: 2025-12-01',
  '---',
  '# Partners',
  '',
  'In 2024, Vietnam gained 3 more comprehensive strategic partners.',
  '',
  'Australia and Vietnam signed a strategic comprehensive partnership in Canberra.',
  '',
  'Indonesia and Vietnam elevated ties to a comprehensive strategic partnership during a visit on 9-11.3.2025.',
  '',
  'Timor-Leste applied for ASEAN membership in 2011. Denmark, an EU member, signed the deal. The G20 was established in 1999.',
  '',
].join('\n');

interface Documents {
  fixture: string;
  samples: string;
  undatedAsOf: string;
  otherKinds: string;
}

let documents: Documents;

beforeAll(async () => {
  const { lexicon } = await ledgerAndLexicon();
  const context: ReportContext = await contextFor();
  const sources = path.join(repo, 'sources');
  const check = (name: string, options = {}) => checkArticle(path.join(sources, name), readFileSync(path.join(sources, name)), lexicon, options);
  const json = (files: FileResult[]) => reporters.json({ files, problems: [] } satisfies RunResult, context);
  const fixture = await reportFixture();
  documents = {
    fixture: reporters.json(fixture.run, fixture.context),
    samples: json(await Promise.all(SAMPLES.map((name) => check(name)))),
    undatedAsOf: json([await check(SAMPLES[3]!, { asOf: parsePartialDate('2025-05-01') })]),
    otherKinds: json([await checkArticle(path.join(repo, 'articles/other-kinds.md'), OTHER_KINDS_ARTICLE, lexicon)]),
  };
});

describe('schema/report.schema.json', () => {
  it('is JSON Schema draft 2020-12 for the version the reporter writes', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties?.version?.const).toBe(JSON_FORMAT_VERSION);
    expect(JSON.parse(documents.fixture).version).toBe(JSON_FORMAT_VERSION);
  });

  it('lists the values the code has: claim kinds, as-of sources, hedges, time units, statuses, summary fields', () => {
    const $defs = schema.$defs!;
    expect($defs.claim?.properties?.kind?.enum).toEqual(Object.keys(CLAIM_KINDS));
    expect($defs.asOf?.properties?.source?.enum).toEqual(Object.keys(AS_OF_SOURCES));
    expect($defs.hedge?.enum).toEqual(Object.keys(HEDGES));
    expect($defs.timeUnit?.enum).toEqual(Object.keys(TIME_UNITS));
    expect($defs.verdict?.properties?.status?.enum).toEqual(Object.keys(STATUSES));
    expect(schema.properties?.summary?.required).toEqual(Object.keys(SUMMARY_FIELDS));
  });

  it('validates the fixture run: a suppressed finding, an unusable file, a path that could not be read', () => {
    expect(errorsOf(JSON.parse(documents.fixture))).toEqual([]);
  });

  it('validates the four sample articles', () => {
    const document = JSON.parse(documents.samples);
    expect(document.files).toHaveLength(4);
    expect(errorsOf(document)).toEqual([]);
  });

  it('validates the undated sample judged --as-of 2025-05-01, and an article with a delta, a tier and a date range', () => {
    expect(errorsOf(JSON.parse(documents.undatedAsOf))).toEqual([]);
    expect(errorsOf(JSON.parse(documents.otherKinds))).toEqual([]);
  });

  it('has been checked against a claim of every kind and an as-of date from every source', () => {
    const claims = Object.values(documents).flatMap((text) => (JSON.parse(text) as { files: { claims: { kind: string; asOf?: { source: string } }[] }[] }).files.flatMap((f) => f.claims));
    expect(new Set(claims.map((c) => c.kind))).toEqual(new Set(Object.keys(CLAIM_KINDS)));
    // `explicit`, `framing`, `title`, `front-matter`, `dateline` and `command-line` all occur in these runs.
    expect(new Set(claims.flatMap((c) => (c.asOf ? [c.asOf.source] : [])))).toEqual(new Set(Object.keys(AS_OF_SOURCES)));
  });

  it('rejects what the format does not allow', () => {
    const broken = (change: (document: any) => void): string[] => {
      const document = JSON.parse(documents.fixture);
      change(document);
      return (validateReport(document) ? [] : validateReport.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    };
    expect(broken((d) => { d.version = 2; })).toEqual(['/version const']);
    expect(broken((d) => { d.extra = true; })).toEqual([' additionalProperties']);
    expect(broken((d) => { delete d.summary.suppressed; })).toEqual(['/summary required']);
    expect(broken((d) => { d.files[0].claims[0].extra = 1; })).toContain('/files/0/claims/0 unevaluatedProperties');
    expect(broken((d) => { d.files[0].claims[0].kind = 'rumour'; })).toContain('/files/0/claims/0/kind enum');
    expect(broken((d) => { delete d.files[0].claims[0].hedge; })).toContain('/files/0/claims/0 required');
    expect(broken((d) => { d.files[0].claims[0].asOf.source = 'guess'; })).toContain('/files/0/claims/0/asOf/source enum');
    // Only refuted verdicts carry a severity; a suppressed one keeps its severity.
    expect(broken((d) => { d.files[0].verdicts[2].severity = 'error'; })).toContain('/files/0/verdicts/2 not');
    expect(broken((d) => { delete d.files[2].verdicts[0].severity; })).toContain('/files/2/verdicts/0 dependentRequired');
    expect(broken((d) => { d.files[2].verdicts[0].suppressed = {}; })).toContain('/files/2/verdicts/0/suppressed required');
    expect(broken((d) => { d.files[0].verdicts[0].status = 'false'; })).toContain('/files/0/verdicts/0/status enum');
    expect(broken((d) => { d.files[0].verdicts[0].evidence[0].location.file = undefined; })).toContain('/files/0/verdicts/0/evidence/0/location required');
    expect(broken((d) => { d.files[0].date.value = '27 Feb 2025'; })).toContain('/files/0/date/value pattern');
  });

  it('writes the dates of member-date, as-of, delta, status and founding claims as YYYY[-MM[-DD]] strings, like every other date', () => {
    const claims = JSON.parse(documents.otherKinds).files[0].claims as { kind: string; date?: unknown; until?: unknown; period?: unknown }[];
    expect(claims.map((c) => [c.kind, c.date ?? c.period, c.until])).toEqual([
      ['delta', '2024', undefined],
      ['tier', undefined, undefined],
      ['member-date', '2025-03-09', '2025-03-11'],
      ['status', '2011', undefined],
      ['membership', undefined, undefined],
      ['founding', '1999', undefined],
    ]);
  });
});
