/**
 * ledgerlint as a remark plugin, so the checks run wherever remark does:
 * remark-cli, and every editor that talks to remark's language server. Each
 * finding (a refuted verdict) becomes a vfile message on the file being
 * processed, placed on the claim's exact words, in the shape remark-lint's
 * messages have:
 *
 * - `ruleId` the rule, `source` 'ledgerlint', `url` the rule's page;
 * - `fatal` true for an error-severity rule, false for a warning (as
 *   remark-lint's severity 2 and 1), so remark-cli exits 1 on errors;
 * - `actual` the words, `expected` the suggested wording (the language
 *   server offers it as a quick fix), `note` what the ledger says.
 *
 * The tree is only read: checkArticle parses the file's text itself, so the
 * plugin sees exactly what the CLI sees. A ledger or `asOf` that cannot be
 * used is not thrown: it becomes one fatal message per reason on every file
 * (ruleId `ledger` or `options`), so remark-cli and editors show why, and the
 * other plugins' messages still arrive.
 */
import path from 'node:path';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { asOfOptions, checkArticle } from './check.js';
import { buildLexicon, type Lexicon } from './extract/index.js';
import { ARTICLE_EXTENSIONS } from './files.js';
import { DEFAULT_LEDGER_DIR, loadLedger } from './ledger/load.js';
import type { Ledger } from './ledger/model.js';
import { UnusableInputError, type Problem } from './problem.js';
import { ruleById, type Verdict } from './reconcile/index.js';
import { ruleDocPath } from './reconcile/rule.js';
import { relativePath } from './report/relative-path.js';
import { dayFromDate, parsePartialDate, partialDateOfDay, partialDateProblem, type PartialDate } from './time/partial-date.js';

export interface RemarkLedgerlintOptions {
  /** The ledger: a folder (relative to the file's cwd) or a loaded Ledger. Default: the one shipped with ledgerlint. */
  readonly ledger?: string | Ledger;
  /** Judge undated articles at this date: YYYY, YYYY-MM, YYYY-MM-DD or `today` (the CLI's --as-of). */
  readonly asOf?: string;
}

export const SOURCE = 'ledgerlint';
/** At most this many ledger statements in a message's note. */
const MAX_EVIDENCE = 5;

type Setup = { readonly lexicon: Lexicon; readonly asOf?: PartialDate } | { readonly unusable: readonly Reason[] };
type Reason = { readonly ruleId: 'ledger' | 'options'; readonly text: string };

export const remarkLedgerlint: Plugin<[RemarkLedgerlintOptions?]> = function remarkLedgerlint(options = {}) {
  // Loaded once per plugin instance (per folder, as relative folders resolve against each file's cwd).
  const setups = new Map<string, Promise<Setup>>();
  const setupFor = (cwd: string): Promise<Setup> => {
    const key = typeof options.ledger === 'string' ? path.resolve(cwd, options.ledger) : '';
    let setup = setups.get(key);
    if (!setup) setups.set(key, (setup = prepare(options, key || undefined, cwd)));
    return setup;
  };
  return async (_tree, file) => {
    const text = String(file);
    // An empty buffer is a document being started, not a problem.
    if (!text.trim()) return;
    const setup = await setupFor(file.cwd);
    if ('unusable' in setup) {
      for (const reason of setup.unusable) say(file, reason.text, { ruleId: reason.ruleId }, true);
      return;
    }
    const result = await checkArticle(articleName(file), text, setup.lexicon, asOfOptions(setup.asOf));
    const place = placer(text);
    for (const problem of result.problems) {
      const at = problem.line === undefined ? undefined : { line: problem.line, column: problem.column ?? 1 };
      say(file, problem.message, { place: at, ruleId: 'input' }, problem.severity === 'error');
    }
    const findings = result.verdicts.filter((v) => v.status === 'refuted').sort((a, b) => a.span.start - b.span.start);
    for (const verdict of findings) report(file, verdict, text, place);
  };
};

export default remarkLedgerlint;

function report(file: VFile, verdict: Verdict, text: string, place: Placer): void {
  const severity = ruleById(verdict.ruleId)?.meta.severity ?? 'error';
  const fix = verdict.suggestion ? ` (suggest: ${verdict.suggestion})` : '';
  const message = say(file, `${verdict.message}${fix}`, { place: place(verdict.span), ruleId: verdict.ruleId }, severity === 'error');
  message.url = new URL(`../${ruleDocPath(verdict.ruleId)}`, import.meta.url).href;
  message.actual = text.slice(verdict.span.start, verdict.span.end);
  if (verdict.suggestion) message.expected = [verdict.suggestion];
  const note = noteOf(verdict);
  if (note) message.note = note;
}

/** A message from ledgerlint; `fatal` as remark-lint sets it: true for an error, false for a warning. */
function say(file: VFile, reason: string, options: { place?: PointLike | Position | undefined; ruleId: string }, fatal: boolean) {
  const message = file.message(reason, { ...options, source: SOURCE });
  message.fatal = fatal;
  return message;
}

/** What the ledger says: its value against the article's, and the statements behind it with a source each. */
function noteOf(verdict: Verdict): string | undefined {
  const lines: string[] = [];
  if (verdict.expected !== undefined || verdict.actual !== undefined) {
    lines.push(`The ledger has \`${verdict.expected ?? '?'}\`; the article has \`${verdict.actual ?? '?'}\`.`);
  }
  for (const e of verdict.evidence.slice(0, MAX_EVIDENCE)) {
    const dates = e.since ? ` since ${e.since}${e.until ? ` until ${e.until}` : ''}` : '';
    const source = e.sources[0] ? ` (${e.sources[0].url})` : '';
    lines.push(`Ledger: ${e.name ?? e.entity ?? e.collection} in \`${e.collection}\`${dates}${source}`);
  }
  const more = verdict.evidence.length - MAX_EVIDENCE;
  if (more > 0) lines.push(`and ${more} more`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

async function prepare(options: RemarkLedgerlintOptions, folder: string | undefined, cwd: string): Promise<Setup> {
  const unusable: Reason[] = [];
  let asOf: PartialDate | undefined;
  if (options.asOf === 'today') asOf = partialDateOfDay(dayFromDate(new Date()));
  else if (options.asOf !== undefined) {
    const problem = partialDateProblem(options.asOf);
    if (problem) unusable.push({ ruleId: 'options', text: `ledgerlint option \`asOf\`: ${problem}, or \`today\`` });
    else asOf = parsePartialDate(options.asOf);
  }
  let ledger: Ledger | undefined;
  try {
    ledger = typeof options.ledger === 'object' ? options.ledger : await loadLedger(folder ?? DEFAULT_LEDGER_DIR);
  } catch (error) {
    if (!(error instanceof UnusableInputError)) throw error;
    for (const problem of error.problems) unusable.push({ ruleId: 'ledger', text: `the ledger cannot be used: ${describe(problem, cwd)}` });
  }
  if (unusable.length > 0 || !ledger) return { unusable };
  return { lexicon: buildLexicon(ledger), ...(asOf ? { asOf } : {}) };
}

/** `ledger/x.yaml:3:5: unknown entity …`, the path relative to the cwd. */
function describe(problem: Problem, cwd: string): string {
  const where = [relativePath(cwd, problem.file), problem.line, problem.line === undefined ? undefined : problem.column];
  return `${where.filter((part) => part !== undefined).join(':')}: ${problem.message}`;
}

/** The name checkArticle reads the format from: remark's files are Markdown unless named as plain text. */
function articleName(file: VFile): string {
  const name = file.path ?? 'stdin.md';
  return ARTICLE_EXTENSIONS.test(name) ? name : `${name}.md`;
}

interface Point { line: number; column: number; offset: number }
type PointLike = { line: number; column: number };
type Position = { start: Point; end: Point };
type Placer = (span: { start: number; end: number }) => Position;

/** Offsets to unist points (line and column 1-based, offset 0-based), as remark's own positions. */
function placer(text: string): Placer {
  const place = location(text);
  const point = (offset: number): Point => {
    const found = place.toPoint(offset);
    if (found?.offset !== undefined) return { line: found.line, column: found.column, offset: found.offset };
    // vfile-location has no point just past the end of the text.
    const lines = text.split(/\r\n|\r|\n/);
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: text.length };
  };
  return (span) => ({ start: point(span.start), end: point(span.end) });
}
