/**
 * The JSON format: a stable, versioned document (see docs/json-format.md).
 * Every claim and verdict carries offsets and line:column; paths are relative
 * to the working folder so the same tree gives the same bytes anywhere.
 */
import type { FileResult } from '../check.js';
import type { Claim } from '../extract/claim.js';
import { formatPartialDate } from '../time/partial-date.js';
import { locator, type Locator } from './positions.js';
import { summarize, type ReportContext, type RunResult } from './results.js';
import { relative } from './stylish.js';

export const JSON_FORMAT_VERSION = 1;

export function json(run: RunResult, context: ReportContext): string {
  const document = {
    version: JSON_FORMAT_VERSION,
    tool: { name: 'ledgerlint', version: context.version },
    ledger: { hash: context.ledger.hash, files: context.ledger.files },
    summary: summarize(run),
    problems: run.problems.map((p) => ({ ...p, file: relative(context, p.file) })),
    files: run.files.map((file) => fileDocument(file, context)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function fileDocument(file: FileResult, context: ReportContext) {
  const locate: Locator = file.article ? locator(file.article.text) : () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  const findingOf = new Map(file.findings.map((f) => [f.verdict, f]));
  const article = file.article;
  return {
    path: relative(context, file.path),
    ...(article?.title ? { title: article.title.text } : {}),
    ...(article?.date ? { date: { value: formatPartialDate(article.date.date), source: article.date.source } } : {}),
    ...(article?.titleDate ? { titleDate: { value: formatPartialDate(article.titleDate.date), source: article.titleDate.source } } : {}),
    problems: file.problems.map(({ file: _file, ...p }) => p),
    claims: file.claims.map((claim) => claimDocument(claim, locate)),
    verdicts: file.verdicts.map((v) => ({
      claimId: v.claimId,
      ruleId: v.ruleId,
      status: v.status,
      ...(findingOf.has(v) ? { severity: findingOf.get(v)!.severity } : {}),
      ...(findingOf.get(v)?.suppressed ? { suppressed: findingOf.get(v)!.suppressed } : {}),
      message: v.message,
      reading: v.reading,
      ...(v.withheld ? { withheld: v.withheld } : {}),
      ...v.span,
      ...locate(v.span),
      ...(v.actual !== undefined ? { actual: v.actual } : {}),
      ...(v.expected !== undefined ? { expected: v.expected } : {}),
      ...(v.suggestion !== undefined ? { suggestion: v.suggestion } : {}),
      ...(v.cause ? { cause: { claimId: v.cause.claimId, ...v.cause.span, ...locate(v.cause.span) } } : {}),
      evidence: v.evidence.map((e) => ({ ...e, location: { ...e.location, file: relative(context, e.location.file) } })),
    })),
  };
}

function claimDocument(claim: Claim, locate: Locator) {
  const { span, sentence, asOf, ...rest } = claim;
  const base = {
    ...rest,
    ...datesOf(claim),
    ...span,
    ...locate(span),
    ...(asOf ? { asOf: { date: formatPartialDate(asOf.date), source: asOf.source } } : {}),
  };
  if (claim.kind !== 'list') return base;
  return {
    ...base,
    entries: claim.entries.map((e) => ({
      ...(e.entity ? { entity: e.entity } : {}),
      name: e.name,
      ...e.span,
      ...locate(e.span),
      ...(e.date ? { date: formatPartialDate(e.date.date) } : {}),
    })),
  };
}

/** Dates in claims written as every other date in the format: "2010-03". */
function datesOf(claim: Claim) {
  switch (claim.kind) {
    case 'member-date': return { date: formatPartialDate(claim.date), ...(claim.until ? { until: formatPartialDate(claim.until) } : {}) };
    case 'as-of': return { date: formatPartialDate(claim.date) };
    case 'delta': return { period: formatPartialDate(claim.period) };
    case 'founding': return { date: formatPartialDate(claim.date) };
    case 'status': return claim.date ? { date: formatPartialDate(claim.date) } : {};
    default: return {};
  }
}
