/** `ledgerlint check PATHS…`: the main job. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkArticle, type FileResult } from '../../check.js';
import { buildLexicon } from '../../extract/index.js';
import { findArticles } from '../../files.js';
import { describeFsError } from '../../ledger/read.js';
import { exitCodeOf, reporters, type ReportContext, type RunResult } from '../../report/index.js';
import type { CliIo } from '../io.js';
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
export const REPORT_FILES = { markdown: 'report.md', json: 'report.json' } as const;

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
  const report = reporters[format](run, context);
  if (flags.output) await writeAtomic(path.resolve(io.cwd, flags.output), reporters[format](run, { ...context, color: false }));
  else io.stdout(report);
  if (flags.reportDir) {
    const dir = path.resolve(io.cwd, flags.reportDir);
    const plain = { ...context, color: false };
    for (const [name, file] of Object.entries(REPORT_FILES)) {
      await writeAtomic(path.join(dir, file), reporters[name as keyof typeof REPORT_FILES](run, plain));
    }
    io.stderr(`reports written to ${path.relative(io.cwd, dir) || '.'}/: ${Object.values(REPORT_FILES).join(', ')}\n`);
  }
  return exitCodeOf(run);
}
