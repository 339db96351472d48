/**
 * `ledgerlint ledger validate [DIR]`: every problem in a ledger, as
 * file:line:col. `ledgerlint ledger diff OLD NEW --sources DIR`: the verdicts
 * on a folder of articles that a ledger change alters.
 */
import path from 'node:path';
import { findArticles } from '../../files.js';
import { DEFAULT_LEDGER_DIR, validateLedger } from '../../ledger/load.js';
import type { Ledger } from '../../ledger/model.js';
import { formatProblem, type Problem } from '../../problem.js';
import { UsageError, type CliIo } from '../io.js';
import { relativePath } from '../../report/relative-path.js';
import { diffRuns } from '../../report/verdict-diff.js';
import { checkFiles } from '../../runner/index.js';
import { DIFF_FORMATS, diffReporters, type DiffFormat } from '../../report/verdict-diff-format.js';
import { parseAsOf, parseFormatOf } from '../options.js';

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
  const old = await ledgerOf('old', flags.old, io);
  const now = await ledgerOf('new', flags.new, io);
  if (!old || !now) return 2;
  const found = await findArticles([path.resolve(io.cwd, flags.sources)]);
  const under = (ledger: Ledger, dir: string) => checkFiles(found.files, { ledger, ledgerDir: path.resolve(io.cwd, dir), rules: {}, jobs: 1, ...(asOf ? { asOf } : {}) });
  const before = await under(old, flags.old);
  const after = await under(now, flags.new);
  const problems: Problem[] = [...found.problems, ...after.flatMap((f) => f.problems)];
  for (const problem of problems) io.stderr(`${formatProblem({ ...problem, file: relativePath(io.cwd, problem.file) })}\n`);
  const diff = diffRuns(before, after);
  const context = { cwd: io.cwd, old: flags.old, new: flags.new, sources: flags.sources, ...(flags.asOf ? { asOf: flags.asOf } : {}), color: flags.color ?? (io.isTTY && !io.env.NO_COLOR) };
  io.stdout(diffReporters[format](diff, context));
  if (problems.some((p) => p.severity === 'error')) return 2;
  return diff.changed.length > 0 ? 1 : 0;
}

/** A ledger folder's ledger, or undefined after naming which ledger cannot be used and why. */
async function ledgerOf(which: 'old' | 'new', dir: string, io: CliIo): Promise<Ledger | undefined> {
  const { ledger, problems } = await validateLedger(path.resolve(io.cwd, dir));
  const errors = problems.filter((p) => p.severity === 'error');
  if (ledger && errors.length === 0) return ledger;
  for (const problem of errors) io.stderr(`${formatProblem({ ...problem, file: relativePath(io.cwd, problem.file) })}\n`);
  io.stderr(`ledgerlint: the ${which} ledger \`${dir}\` cannot be used; run \`ledgerlint ledger validate ${dir}\` for details\n`);
  return undefined;
}

function parseDiffFormat(value: string | undefined): DiffFormat {
  return parseFormatOf(value, DIFF_FORMATS, (format, names) => `\`ledger diff\` writes ${names}, not \`${format}\``);
}
