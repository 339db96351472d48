/**
 * `ledgerlint reconcile PATHS…`: every claim of every source in one timeline
 * per collection and member; where the sources disagree; and, with a ledger,
 * what it lacks or contradicts (`--propose FILE` writes that as a YAML patch,
 * never into the ledger).
 */
import path from 'node:path';
import { findArticles } from '../../files.js';
import { DEFAULT_LEDGER_DIR } from '../../ledger/load.js';
import { relativePath } from '../../report/relative-path.js';
import type { ReportContext } from '../../report/results.js';
import { proposalsPatch, reconcileExitCode, reconcileReporters, type ReconcileFormat, type ReconcileRun } from '../../report/sources-index.js';
import { checkFiles } from '../../runner/index.js';
import { compareSources, withoutMemberships } from '../../sources/index.js';
import { UsageError, type CliIo } from '../io.js';
import { parseAsOf, parseFormatOf, readLedgerOption } from '../options.js';
import { writeAtomic, writing } from '../write-atomic.js';

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
  const found = await findArticles(flags.paths.map((p) => path.resolve(io.cwd, p)));
  // In this thread: with --sources-only the ledger is a changed copy that workers could not load.
  const files = await checkFiles(found.files, { ledger, ledgerDir: ledgerDirOf(flags.ledger, io), rules: {}, jobs: 1, ...(asOf ? { asOf } : {}) });
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
  const relative = relativePath(ledgerDirOf(ledger, io), path.resolve(io.cwd, file));
  if (!path.isAbsolute(relative)) {
    throw new UsageError(`--propose: ${file} is inside the ledger folder; write the proposals elsewhere (they are never applied to the ledger)`);
  }
}

function ledgerDirOf(ledger: string | undefined, io: CliIo): string {
  return ledger === undefined ? DEFAULT_LEDGER_DIR : path.resolve(io.cwd, ledger);
}

function parseReconcileFormat(value: string | undefined): ReconcileFormat {
  return parseFormatOf(value, Object.keys(reconcileReporters) as ReconcileFormat[], (format, names) => `unknown format \`${format}\` for reconcile: expected one of ${names}`);
}
