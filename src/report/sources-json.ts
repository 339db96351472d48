/**
 * The JSON format of `ledgerlint reconcile`: a versioned document (see
 * docs/reconcile.md). Every source reference has offsets and line:column;
 * dates are written as the sources gave them (YYYY, YYYY-MM, YYYY-MM-DD);
 * paths are relative to the working folder, so the same tree gives the same
 * bytes anywhere.
 */
import type { Allowed, CountTimelineEntry, LedgerStanding, MemberStatement, MemberTimeline, Proposal, SourceRef } from '../sources/index.js';
import { formatPartialDate, type PartialDate } from '../time/partial-date.js';
import { relativePath } from './relative-path.js';
import type { ReportContext } from './results.js';
import { refLocator, summarizeReconcile, type ReconcileRun } from './sources-results.js';

export const RECONCILE_JSON_VERSION = 1;

export function sourcesJson(run: ReconcileRun, context: ReportContext): string {
  const locate = refLocator(run, context);
  const refDoc = (ref: SourceRef) => {
    const at = locate(ref);
    return { file: at.path, claimId: ref.claimId, start: ref.span.start, end: ref.span.end, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, words: ref.words };
  };
  const { report } = run;
  const document = {
    version: RECONCILE_JSON_VERSION,
    kind: 'reconcile',
    tool: { name: 'ledgerlint', version: context.version },
    mode: report.mode,
    ledger: { hash: context.ledger.hash, files: context.ledger.files },
    summary: summarizeReconcile(run),
    problems: [...run.problems, ...run.files.flatMap((f) => f.problems)].map((p) => ({ ...p, file: relativePath(context.cwd, p.file) })),
    conflicts: report.conflicts.map((c) => ({ ...c, sides: c.sides.map((s) => ({ says: s.says, refs: s.refs.map(refDoc) })) })),
    timelines: report.timelines.map((t) => timelineDoc(t, refDoc)),
    counts: report.counts.map((c) => countDoc(c, refDoc)),
    sources: report.sources.map((s) => ({
      ...s,
      file: relativePath(context.cwd, s.file),
      ...(s.date ? { date: { value: formatPartialDate(s.date.date), source: s.date.source } } : {}),
      ...(s.titleDate ? { titleDate: formatPartialDate(s.titleDate) } : {}),
    })),
    proposals: report.proposals.map((p) => proposalDoc(p, refDoc)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

type RefDoc = (ref: SourceRef) => unknown;

function timelineDoc(t: MemberTimeline, refDoc: RefDoc) {
  return {
    collection: t.collection,
    entity: t.entity,
    name: t.name,
    ...(t.type ? { type: t.type } : {}),
    ...(t.consensus ? { consensus: formatPartialDate(t.consensus.date) } : {}),
    ...(t.listedBy ? { listedBy: formatPartialDate(t.listedBy) } : {}),
    disputed: t.disputed,
    ledger: standingDoc(t.ledger),
    statements: t.statements.map((s) => statementDoc(s, refDoc)),
  };
}

function statementDoc(s: MemberStatement, refDoc: RefDoc) {
  return {
    kind: s.kind,
    ...date('date', s.date),
    ...date('until', s.until),
    ...date('listedAt', s.listedAt),
    ...date('clippedTo', s.clippedTo),
    ledger: s.ledger,
    ref: refDoc(s.ref),
  };
}

function standingDoc(standing: LedgerStanding) {
  if (standing.status === 'no-ledger' || standing.status === 'missing') return { status: standing.status };
  return { status: standing.status, ...date('since', standing.since), also: standing.also.map(formatPartialDate), location: standing.location };
}

function countDoc(c: CountTimelineEntry, refDoc: RefDoc) {
  const s = c.statement;
  return {
    collection: s.collection,
    value: s.value,
    hedge: s.hedge,
    unit: s.unit,
    asOf: { date: formatPartialDate(s.asOf.date), source: s.asOf.source },
    allowed: allowedDoc(c.allowed),
    datedBefore: c.datedBefore,
    ledger: c.ledger,
    ref: refDoc(s.ref),
  };
}

function proposalDoc(p: Proposal, refDoc: RefDoc) {
  const refs = p.refs.map(refDoc);
  if (p.change === 'add-member') {
    return { change: p.change, collection: p.collection, file: p.file, entity: p.entity, name: p.name, since: formatPartialDate(p.since), ...date('afterReview', p.afterReview), refs };
  }
  return { change: p.change, collection: p.collection, file: p.file, entity: p.entity, name: p.name, from: formatPartialDate(p.from), to: formatPartialDate(p.to), location: p.location, refs };
}

/** JSON has no Infinity: an unbounded maximum is null. */
function allowedDoc(allowed: Allowed) {
  return { min: allowed.min, max: Number.isFinite(allowed.max) ? allowed.max : null };
}

function date(key: string, value: PartialDate | undefined): Record<string, string> {
  return value ? { [key]: formatPartialDate(value) } : {};
}
