/**
 * `ledgerlint ledger validate [DIR]`: every problem in a ledger, as
 * file:line:col. `ledgerlint ledger diff OLD NEW --sources DIR`: the verdicts
 * on a folder of articles that a ledger change alters.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkArticle, type CheckOptions, type FileResult } from '../../check.js';
import { buildLexicon, type Lexicon } from '../../extract/index.js';
import { findArticles } from '../../files.js';
import { DEFAULT_LEDGER_DIR, validateLedger } from '../../ledger/load.js';
import { describeFsError } from '../../ledger/read.js';
import { formatProblem, type Problem } from '../../problem.js';
import { UsageError, type CliIo } from '../io.js';
import { relativePath } from '../../report/relative-path.js';
import { diffRuns } from '../../report/verdict-diff.js';
import { DIFF_FORMATS, diffReporters, type DiffFormat } from '../../report/verdict-diff-format.js';
import { parseAsOf } from '../options.js';

export async function validateCommand(dir: string | undefined, io: CliIo): Promise<number> {
  const root = dir === undefined ? DEFAULT_LEDGER_DIR : path.resolve(io.cwd, dir);
  const { ledger, problems } = await validateLedger(root);
  for (const problem of problems) {
    io.stdout(`${formatProblem({ ...problem, file: relativePath(io.cwd, problem.file) })}\n`);
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (errors > 0 || !ledger) {
    io.stdout(`✖ ${errors} error${errors === 1 ? '' : 's'} in the ledger\n`);
    return 1;
  }
  const memberships = [...ledger.collections.values()].reduce((n, c) => n + c.members.length, 0);
  io.stdout(`✔ ledger is valid: ${ledger.entities.size} entities, ${ledger.collections.size} collections, ${memberships} memberships in ${ledger.files.length} files\n`);
  return 0;
}

export interface LedgerDiffFlags {
  readonly old: string;
  readonly new: string;
  readonly sources?: string;
  readonly format?: string;
  readonly asOf?: string;
  readonly color?: boolean;
}

/** Exit 0 when no verdict changed, 1 when some did, 2 when a ledger or an article cannot be used. */
export async function ledgerDiffCommand(flags: LedgerDiffFlags, io: CliIo): Promise<number> {
  if (flags.sources === undefined) throw new UsageError('ledger diff: give the articles to compare with `--sources DIR`');
  const format = parseDiffFormat(flags.format);
  const asOf = parseAsOf(flags.asOf, io);
  const old = await lexiconOf('old', flags.old, io);
  const now = await lexiconOf('new', flags.new, io);
  if (!old || !now) return 2;
  const found = await findArticles([path.resolve(io.cwd, flags.sources)]);
  const problems: Problem[] = [...found.problems];
  const options: CheckOptions = asOf ? { asOf, recheckAt: asOf } : {};
  const before: FileResult[] = [];
  const after: FileResult[] = [];
  for (const file of found.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      problems.push({ file, message: `cannot read: ${describeFsError(error)}`, severity: 'error' });
      continue;
    }
    const [a, b] = [await checkArticle(file, bytes, old, options), await checkArticle(file, bytes, now, options)];
    problems.push(...b.problems);
    before.push(a);
    after.push(b);
  }
  for (const problem of problems) io.stderr(`${formatProblem({ ...problem, file: relativePath(io.cwd, problem.file) })}\n`);
  const diff = diffRuns(before, after);
  const context = { cwd: io.cwd, old: flags.old, new: flags.new, sources: flags.sources, ...(flags.asOf ? { asOf: flags.asOf } : {}), color: flags.color ?? (io.isTTY && !io.env.NO_COLOR) };
  io.stdout(diffReporters[format](diff, context));
  if (problems.some((p) => p.severity === 'error')) return 2;
  return diff.changed.length > 0 ? 1 : 0;
}

/** The lexicon of a ledger folder, or undefined after naming which ledger cannot be used and why. */
async function lexiconOf(which: 'old' | 'new', dir: string, io: CliIo): Promise<Lexicon | undefined> {
  const { ledger, problems } = await validateLedger(path.resolve(io.cwd, dir));
  const errors = problems.filter((p) => p.severity === 'error');
  if (ledger && errors.length === 0) return buildLexicon(ledger);
  for (const problem of errors) io.stderr(`${formatProblem({ ...problem, file: relativePath(io.cwd, problem.file) })}\n`);
  io.stderr(`ledgerlint: the ${which} ledger \`${dir}\` cannot be used; run \`ledgerlint ledger validate ${dir}\` for details\n`);
  return undefined;
}

function parseDiffFormat(value: string | undefined): DiffFormat {
  const format = value ?? 'stylish';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: \`ledger diff\` writes ${DIFF_FORMATS.join(', ')}, not \`${format}\``);
  }
  return format as DiffFormat;
}
