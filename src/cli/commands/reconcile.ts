/**
 * `ledgerlint reconcile PATHS…`: every claim of every source in one timeline
 * per collection and member; where the sources disagree; and, with a ledger,
 * what it lacks or contradicts (`--propose FILE` writes that as a YAML patch,
 * never into the ledger).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkArticle, type FileResult } from '../../check.js';
import { buildLexicon } from '../../extract/index.js';
import { findArticles } from '../../files.js';
import { DEFAULT_LEDGER_DIR } from '../../ledger/load.js';
import { describeFsError } from '../../ledger/read.js';
import type { ReportContext } from '../../report/results.js';
import { proposalsPatch, reconcileExitCode, reconcileReporters, type ReconcileFormat, type ReconcileRun } from '../../report/sources-index.js';
import { compareSources, withoutMemberships } from '../../sources/index.js';
import { OutputError, UsageError, type CliIo } from '../io.js';
import { parseAsOf, readLedgerOption } from '../options.js';
import { writeAtomic } from '../write-atomic.js';

export interface ReconcileFlags {
  readonly paths: readonly string[];
  readonly ledger?: string;
  /** Compare the sources with each other only: the ledger gives names and terms, none of its memberships. */
  readonly sourcesOnly?: boolean;
  readonly asOf?: string;
  readonly format?: string;
  readonly output?: string;
  readonly propose?: string;
  readonly color?: boolean;
}

export async function reconcileCommand(flags: ReconcileFlags, io: CliIo, version: string): Promise<number> {
  const format = parseReconcileFormat(flags.format);
  if (flags.propose && flags.sourcesOnly) throw new UsageError('--propose needs the ledger\'s memberships to compare with: drop --sources-only');
  if (flags.propose) refuseInsideLedger(flags.propose, flags.ledger, io);
  const asOf = parseAsOf(flags.asOf, io);
  const full = await readLedgerOption(flags.ledger, io);
  const ledger = flags.sourcesOnly ? withoutMemberships(full) : full;
  const lexicon = buildLexicon(ledger);
  const found = await findArticles(flags.paths.map((p) => path.resolve(io.cwd, p)));
  const files: FileResult[] = [];
  for (const file of found.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      files.push({ path: file, claims: [], verdicts: [], findings: [], problems: [{ file, message: `cannot read: ${describeFsError(error)}`, severity: 'error' }] });
      continue;
    }
    files.push(await checkArticle(file, bytes, lexicon, asOf ? { asOf } : {}));
  }
  const run: ReconcileRun = { report: compareSources(files, ledger, { sourcesOnly: flags.sourcesOnly ?? false }), files, problems: found.problems };
  const context: ReportContext = { ledger, cwd: io.cwd, color: flags.color ?? (io.isTTY && !io.env.NO_COLOR), version };
  const plain = { ...context, color: false };
  if (flags.output) await writing(flags.output, (file) => writeAtomic(file, reconcileReporters[format](run, plain)), io);
  else io.stdout(reconcileReporters[format](run, context));
  if (flags.propose) {
    await writing(flags.propose, (file) => writeAtomic(file, proposalsPatch(run, plain)), io);
    const n = run.report.proposals.length;
    io.stderr(n === 0
      ? `no ledger changes to propose; wrote an empty patch to ${flags.propose}\n`
      : `${n} proposed ledger change${n === 1 ? '' : 's'} written to ${flags.propose} (review them; the ledger is unchanged)\n`);
  }
  return reconcileExitCode(run);
}

/** The patch is for a person to review: written inside the ledger's folder, the next run would read it as a ledger file. */
function refuseInsideLedger(file: string, ledger: string | undefined, io: CliIo): void {
  const root = ledger === undefined ? DEFAULT_LEDGER_DIR : path.resolve(io.cwd, ledger);
  const relative = path.relative(root, path.resolve(io.cwd, file));
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
    throw new UsageError(`--propose: ${file} is inside the ledger folder; write the proposals elsewhere (they are never applied to the ledger)`);
  }
}

function parseReconcileFormat(value: string | undefined): ReconcileFormat {
  const format = value ?? 'stylish';
  if (!(format in reconcileReporters)) {
    throw new UsageError(`--format: unknown format \`${format}\` for reconcile: expected one of ${Object.keys(reconcileReporters).join(', ')}`);
  }
  return format as ReconcileFormat;
}

/** Runs a write, turning a failure into one line that names the file. */
async function writing(file: string, write: (resolved: string) => Promise<void>, io: CliIo): Promise<void> {
  const resolved = path.resolve(io.cwd, file);
  try {
    await write(resolved);
  } catch (error) {
    throw new OutputError(`cannot write ${file}: ${describeFsError(error)}`);
  }
}
