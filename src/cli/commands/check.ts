/** `ledgerlint check PATHS…`: the main job. */
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkArticle, type FileResult } from '../../check.js';
import { buildLexicon } from '../../extract/index.js';
import { findArticles } from '../../files.js';
import { describeFsError } from '../../ledger/read.js';
import { exitCodeOf, githubSummary, reporters, type ReportContext, type RunResult } from '../../report/index.js';
import { OutputError, type CliIo } from '../io.js';
import { parseAsOf, parseFormat, readLedgerOption } from '../options.js';
import { writeAtomic } from '../write-atomic.js';

export interface CheckFlags {
  readonly paths: readonly string[];
  readonly ledger?: string;
  readonly asOf?: string;
  readonly format?: string;
  readonly output?: string;
  readonly reportDir?: string;
  readonly color?: boolean;
}

/** The files `--report-dir` writes, by format. */
export const REPORT_FILES = { markdown: 'report.md', json: 'report.json', html: 'index.html' } as const;

export async function checkCommand(flags: CheckFlags, io: CliIo, version: string): Promise<number> {
  const format = parseFormat(flags.format);
  const asOf = parseAsOf(flags.asOf, io);
  const ledger = await readLedgerOption(flags.ledger, io);
  const lexicon = buildLexicon(ledger);
  const found = await findArticles(flags.paths.map((p) => path.resolve(io.cwd, p)));
  const files: FileResult[] = [];
  for (const file of found.files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      files.push({ path: file, claims: [], verdicts: [], problems: [{ file, message: `cannot read: ${describeFsError(error)}`, severity: 'error' }] });
      continue;
    }
    files.push(await checkArticle(file, bytes, lexicon, asOf ? { asOf } : {}));
  }
  const run: RunResult = { files, problems: found.problems };
  const context: ReportContext = { ledger, cwd: io.cwd, color: flags.color ?? (io.isTTY && !io.env.NO_COLOR), version };
  const plain = { ...context, color: false };
  if (flags.output) await writing(flags.output, (file) => writeAtomic(file, reporters[format](run, plain)), io);
  else io.stdout(reporters[format](run, context));
  if (flags.reportDir) {
    const dir = path.resolve(io.cwd, flags.reportDir);
    for (const [name, file] of Object.entries(REPORT_FILES)) {
      // Named as the user gave the folder, like --output.
      await writing(path.join(flags.reportDir, file), (target) => writeAtomic(target, reporters[name as keyof typeof REPORT_FILES](run, plain)), io);
    }
    io.stderr(`reports written to ${path.relative(io.cwd, dir) || '.'}/: ${Object.values(REPORT_FILES).join(', ')}\n`);
  }
  // GitHub Actions shows only a few annotations per step: the whole report goes to the job summary.
  if (format === 'github' && io.env.GITHUB_STEP_SUMMARY) {
    await writing(io.env.GITHUB_STEP_SUMMARY, (file) => appendFile(file, githubSummary(run, plain)), io);
  }
  return exitCodeOf(run);
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
