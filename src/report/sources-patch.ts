/**
 * `reconcile --propose FILE`: the ledger changes the sources support, as a
 * YAML patch for a person to review and paste — never applied. An added
 * member is written exactly as a ledger membership (entity, since, sources in
 * the ledger's citation format), so it can be copied under the collection's
 * `members:`. Each citation is one article: its URL when the article gives one,
 * else a `file:` URL of its path to be replaced, and its exact words as the
 * quote; a comment above names the file:line, title and date.
 */
import { Document, type Node } from 'yaml';
import type { Proposal, SourceRef, SourceSummary } from '../sources/index.js';
import { formatPartialDate } from '../time/partial-date.js';
import { relativePath } from './relative-path.js';
import type { ReportContext } from './results.js';
import { plural, quoteOf, refLocator, sourceDate, where, type ReconcileRun } from './sources-results.js';

export const PATCH_FORMAT_VERSION = 1;

export function proposalsPatch(run: ReconcileRun, context: ReportContext): string {
  const locate = refLocator(run, context);
  const sources = new Map(run.report.sources.map((s) => [s.file, s]));
  const proposals = run.report.proposals;
  const citations = (refs: readonly SourceRef[]) => firstPerSource(refs).map((ref) => ({ ref, citation: citationOf(ref, sources.get(ref.file), context) }));
  const data = {
    version: PATCH_FORMAT_VERSION,
    kind: 'ledgerlint-proposals',
    ledger: context.ledger.hash,
    proposals: proposals.map((p) => itemOf(p, citations(p.refs).map((c) => c.citation))),
  };
  const doc = new Document(data);
  doc.commentBefore = [
    ` Ledger changes proposed by \`ledgerlint reconcile\` from ${plural(run.files.length, 'source')}. Nothing here has`,
    ' been applied. Review each change; replace a `file:` citation with the article\'s public URL;',
    ' then copy `member` under the `members:` of its collection in `file` (an add-member), or set',
    ' the membership at `file`:`line` to `since: <to>` and add the citations (a change-since).',
  ].join('\n');
  proposals.forEach((p, i) => {
    const item = doc.getIn(['proposals', i], true) as Node;
    item.commentBefore = ` ${why(p)}`;
    const path = p.change === 'add-member' ? ['proposals', i, 'member', 'sources'] : ['proposals', i, 'sources'];
    citations(p.refs).forEach(({ ref }, j) => {
      const source = sources.get(ref.file);
      const node = doc.getIn([...path, j], true) as Node;
      const title = source?.title ? ` “${quoteOf(source.title, 80)}”,` : '';
      const noUrl = source?.url ? '' : '; the article gives no URL: cite its public address instead';
      node.commentBefore = ` ${where(locate(ref))}${title} ${source ? sourceDate(source) : 'undated'}${noUrl}`;
    });
  });
  return doc.toString({ lineWidth: 0 });
}

function itemOf(p: Proposal, sources: readonly { url: string; quote: string }[]) {
  if (p.change === 'add-member') {
    return { change: p.change, collection: p.collection, file: p.file, member: { entity: p.entity, since: formatPartialDate(p.since), sources } };
  }
  return { change: p.change, collection: p.collection, file: p.location.file, line: p.location.line, entity: p.entity, from: formatPartialDate(p.from), to: formatPartialDate(p.to), sources };
}

function why(p: Proposal): string {
  const n = new Set(p.refs.map((r) => r.file)).size;
  const sources = n === 1 ? '1 source dates' : `${n} sources date`;
  if (p.change === 'add-member') {
    const review = p.afterReview ? `, after the collection was last reviewed (${formatPartialDate(p.afterReview)})` : '';
    return `${p.name} is not a member of ${p.collection} in the ledger; ${sources} its joining ${formatPartialDate(p.since)}${review}.`;
  }
  return `The ledger dates ${p.name} in ${p.collection} ${formatPartialDate(p.from)} (${p.location.file}:${p.location.line}:${p.location.column}); ${sources} it ${formatPartialDate(p.to)}.`;
}

/** The ledger's citation format: the article's URL (or its path as a `file:` URL) and its exact words. */
function citationOf(ref: SourceRef, source: SourceSummary | undefined, context: ReportContext): { url: string; quote: string } {
  return { url: source?.url ?? fileUrl(relativePath(context.cwd, ref.file)), quote: quoteOf(ref.words, 300) };
}

/** A relative `file:` URL: the ledger's schema accepts it, and it names the article without this machine's folders. */
function fileUrl(file: string): string {
  const relative = file.split('\\').join('/');
  return `file:${encodeURI(relative).replace(/[?#]/g, encodeURIComponent)}`;
}

function firstPerSource(refs: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => !seen.has(ref.file) && seen.add(ref.file));
}
