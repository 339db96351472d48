/**
 * The sources stage's entry: many articles' results → one report of where
 * they agree, where they disagree, and what the ledger should hear about.
 * Pure: no I/O; the results come from `checkArticle`.
 *
 * The ledger supplies the vocabulary (entity names, collection terms, units)
 * in every mode. With `sourcesOnly` its memberships are not consulted at all,
 * so the sources are compared only with each other; otherwise every statement
 * is also compared with the ledger and missing or contradicted members become
 * proposals.
 */
import type { FileResult } from '../check.js';
import type { Ledger } from '../ledger/model.js';
import { articleUrl } from './article-url.js';
import { conflictsOf } from './conflicts.js';
import { allowedByHedge, datedBy } from './counts.js';
import { checkCount, checkMember } from './ledger-checks.js';
import type { Conflict, CountStatement, CountTimelineEntry, LedgerCheck, MemberStatement, SourceRef, SourceSummary, SourcesReport } from './model.js';
import { proposalsOf } from './proposals.js';
import { statementsOf } from './statements.js';
import { compareText, timelinesOf } from './timeline.js';

export type * from './model.js';
export { withoutMemberships } from './vocabulary.js';
export { SOURCES_TO_CHANGE_A_DATE } from './proposals.js';

export interface CompareOptions {
  /** Compare the sources with each other only: the ledger's memberships are ignored. */
  readonly sourcesOnly?: boolean;
}

export function compareSources(results: readonly FileResult[], ledger: Ledger, options: CompareOptions = {}): SourcesReport {
  const sourcesOnly = options.sourcesOnly ?? false;
  const read = statementsOf(results, ledger);
  const members = sourcesOnly ? read.members : read.members.map((m) => ({ ...m, ledger: checkMember(m, ledger) }));
  const counts = read.counts;
  const timelines = timelinesOf(members, ledger, sourcesOnly);
  const conflicts = conflictsOf(timelines, counts).sort(byFirstRef);
  const countEntries = counts.filter((c) => c.kind === 'count').map((statement): CountTimelineEntry => ({
    statement,
    allowed: allowedByHedge(statement.value!, statement.hedge!),
    datedBefore: datedBy(timelines, statement.collection, statement.unit!, statement.interval.start).length,
    ledger: sourcesOnly ? 'unchecked' : checkCount(statement, ledger),
  }));
  const gathered = gather(members, counts, countEntries, conflicts);
  return {
    mode: sourcesOnly ? 'sources-only' : 'ledger',
    sources: results.map((result) => summaryOf(result, gathered.get(result.path) ?? EMPTY, sourcesOnly)),
    timelines,
    counts: countEntries,
    conflicts,
    proposals: sourcesOnly ? [] : proposalsOf(timelines, ledger),
  };
}

/** One source's statements, its ledger checks, and how many are in a conflict. */
interface Gathered {
  members: number;
  counts: number;
  inConflict: number;
  checks: LedgerCheck[];
}

const EMPTY: Gathered = { members: 0, counts: 0, inConflict: 0, checks: [] };

/** Everything per source in one pass, so a large archive is not filtered once per article. */
function gather(members: readonly MemberStatement[], counts: readonly CountStatement[], entries: readonly CountTimelineEntry[], conflicts: readonly Conflict[]): Map<string, Gathered> {
  const bySource = new Map<string, Gathered>();
  const of = (file: string) => {
    let gathered = bySource.get(file);
    if (!gathered) bySource.set(file, gathered = { members: 0, counts: 0, inConflict: 0, checks: [] });
    return gathered;
  };
  const key = (ref: SourceRef) => `${ref.file}\u0000${ref.claimId}\u0000${ref.span.start}\u0000${ref.span.end}`;
  const conflicted = new Set(conflicts.flatMap((c) => c.sides.flatMap((side) => side.refs.map(key))));
  for (const m of members) {
    const g = of(m.ref.file);
    g.members++;
    g.checks.push(m.ledger);
    if (conflicted.has(key(m.ref))) g.inConflict++;
  }
  for (const c of counts) {
    const g = of(c.ref.file);
    g.counts++;
    if (conflicted.has(key(c.ref))) g.inConflict++;
  }
  for (const e of entries) of(e.statement.ref.file).checks.push(e.ledger);
  return bySource;
}

function summaryOf(result: FileResult, gathered: Gathered, sourcesOnly: boolean): SourceSummary {
  const article = result.article;
  const url = article ? articleUrl(article) : undefined;
  const { checks } = gathered;
  return {
    file: result.path,
    ...(article?.title ? { title: article.title.text } : {}),
    ...(article?.date ? { date: { date: article.date.date, source: article.date.source } } : {}),
    ...(article?.titleDate ? { titleDate: article.titleDate.date } : {}),
    ...(url ? { url } : {}),
    memberStatements: gathered.members,
    countStatements: gathered.counts,
    inConflict: gathered.inConflict,
    ...(sourcesOnly ? {} : {
      ledger: {
        agrees: checks.filter((c) => c === 'agrees').length,
        disagrees: checks.filter((c) => c === 'disagrees').length,
        notInLedger: checks.filter((c) => c === 'not-in-ledger').length,
      },
    }),
  };
}

function byFirstRef(a: Conflict, b: Conflict): number {
  const first = (c: Conflict) => c.sides[0]!.refs[0]!;
  return compareText(a.collection, b.collection) || compareText(first(a).file, first(b).file) || first(a).span.start - first(b).span.start;
}
