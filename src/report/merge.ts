/**
 * `ledgerlint merge`: the JSON or SARIF reports of the shards of one run
 * (--shard i/n) combined into the report a single run would have written.
 * Files go back into path order; what every shard repeats (problems with the
 * paths given, which each shard sees) is kept once; the summary is counted
 * again from the merged files.
 */
import { JSON_FORMAT_VERSION } from './json.js';

export class MergeError extends Error {
  override name = 'MergeError';
}

/** A document read back from disk: its shape is checked only where merging depends on it. */
type Json = Record<string, any>;

/** Merges documents that are all ledgerlint JSON or all SARIF; `names` label them in errors. */
export function mergeReports(texts: readonly string[], names: readonly string[]): { format: 'json' | 'sarif'; text: string } {
  const docs = texts.map((text, i) => {
    try {
      return JSON.parse(text) as Json;
    } catch (error) {
      // JSON.parse quotes the text it choked on, newlines and all: keep the reason on one line.
      throw new MergeError(`${names[i]}: not JSON: ${(error as Error).message.replace(/\s+/g, ' ')}`);
    }
  });
  const formats = docs.map((doc, i) => formatOf(doc, names[i]!));
  if (new Set(formats).size > 1) throw new MergeError(`cannot merge JSON with SARIF: ${names.map((n, i) => `${n} is ${formats[i]}`).join(', ')}`);
  return formats[0] === 'json' ? { format: 'json', text: mergeJson(docs, names) } : { format: 'sarif', text: mergeSarif(docs, names) };
}

function formatOf(doc: Json, name: string): 'json' | 'sarif' {
  if (typeof doc !== 'object' || doc === null) throw new MergeError(`${name}: neither a ledgerlint JSON report nor a SARIF log`);
  if (doc.version === '2.1.0' && Array.isArray(doc.runs)) return 'sarif';
  if (doc.tool?.name === 'ledgerlint' && Array.isArray(doc.files)) {
    if (doc.version !== JSON_FORMAT_VERSION) throw new MergeError(`${name}: JSON format version ${doc.version}, this ledgerlint reads version ${JSON_FORMAT_VERSION}`);
    return 'json';
  }
  throw new MergeError(`${name}: neither a ledgerlint JSON report nor a SARIF log`);
}

/** Shards must come from one ledgerlint and one ledger, or their findings do not add up. */
function sameEverywhere(values: readonly unknown[], names: readonly string[], what: string): void {
  const first = JSON.stringify(values[0]);
  const other = values.findIndex((v) => JSON.stringify(v) !== first);
  if (other >= 0) throw new MergeError(`${names[other]} was written with another ${what} than ${names[0]}: merge only the shards of one run`);
}

function mergeJson(docs: readonly Json[], names: readonly string[]): string {
  sameEverywhere(docs.map((d) => d.tool), names, 'ledgerlint version');
  sameEverywhere(docs.map((d) => d.ledger), names, 'ledger');
  onceEach(docs.map((d) => (d.files as Json[]).map((f) => f.path as string)), names);
  const files = byPath(docs.flatMap((d) => d.files as Json[]), (f) => f.path as string);
  const problems = repeatedFirst(docs.map((d) => d.problems as Json[]), () => '');
  const document = { version: JSON_FORMAT_VERSION, tool: docs[0]!.tool, ledger: docs[0]!.ledger, summary: summaryOf(files, problems), problems, files };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The summary as `summarize` counts it, from the JSON of the files. */
function summaryOf(files: readonly Json[], runProblems: readonly Json[]) {
  const verdicts = files.flatMap((f) => f.verdicts as Json[]);
  const problems = [...runProblems, ...files.flatMap((f) => f.problems as Json[])];
  const active = verdicts.filter((v) => v.severity !== undefined && !v.suppressed);
  return {
    files: files.length,
    claims: files.reduce((n, f) => n + (f.claims as Json[]).length, 0),
    supported: verdicts.filter((v) => v.status === 'supported').length,
    refuted: verdicts.filter((v) => v.status === 'refuted').length,
    unverifiable: verdicts.filter((v) => v.status === 'unverifiable').length,
    errors: active.filter((v) => v.severity === 'error').length,
    warnings: active.filter((v) => v.severity === 'warning').length + problems.filter((p) => p.severity === 'warning').length,
    suppressed: verdicts.filter((v) => v.suppressed).length,
    unusable: problems.filter((p) => p.severity === 'error').length,
  };
}

function mergeSarif(docs: readonly Json[], names: readonly string[]): string {
  const runs = docs.map((d, i) => {
    if (d.runs.length !== 1) throw new MergeError(`${names[i]}: expected one run, found ${d.runs.length}`);
    return d.runs[0] as Json;
  });
  sameEverywhere(runs.map((r) => r.tool), names, 'ledgerlint version or rule set');
  const uriOf = (item: Json) => decodeURIComponent(item.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '');
  onceEach(runs.map((r) => (r.results as Json[]).map(uriOf)), names);
  const results = byPath(runs.flatMap((r) => r.results as Json[]), uriOf);
  const invocations = runs.map((r) => r.invocations[0] as Json);
  const notifications = repeatedFirst(invocations.map((inv) => (inv.toolExecutionNotifications ?? []) as Json[]), uriOf);
  const merged = {
    ...runs[0],
    invocations: [{
      executionSuccessful: invocations.every((inv) => inv.executionSuccessful),
      exitCode: Math.max(...invocations.map((inv) => inv.exitCode as number)),
      ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
    }],
    results,
  };
  return `${JSON.stringify({ ...docs[0], runs: [merged] }, null, 2)}\n`;
}

/** Shards are disjoint: a file in two reports means a shard was given twice (or came from another run). */
function onceEach(pathsByDoc: readonly (readonly string[])[], names: readonly string[]): void {
  const seen = new Map<string, number>();
  pathsByDoc.forEach((paths, doc) => {
    for (const file of new Set(paths)) {
      const first = seen.get(file);
      if (first !== undefined) throw new MergeError(`${names[first]} and ${names[doc]} both report ${file}: merge each shard once`);
      seen.set(file, doc);
    }
  });
}

/** A stable sort by path in code-unit order, the order a single run checks files in. */
function byPath<T>(items: readonly T[], pathOf: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, key: pathOf(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map(({ item }) => item);
}

/**
 * Items every shard has (problems with the paths given) once and first, as a
 * single run puts them; then the rest, which belong to one shard's files, in
 * path order.
 */
function repeatedFirst(lists: readonly (readonly Json[])[], pathOf: (item: Json) => string): Json[] {
  const everywhere = lists[0]!.filter((item) => lists.every((list) => list.some((other) => JSON.stringify(other) === JSON.stringify(item))));
  const shared = new Set(everywhere.map((item) => JSON.stringify(item)));
  const rest = lists.flatMap((list) => list.filter((item) => !shared.has(JSON.stringify(item))));
  return [...everywhere, ...byPath(rest, pathOf)];
}
