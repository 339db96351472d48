/** `ledgerlint check PATHS…`: the main job. */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/find.js';
import { findArticles, readIgnoreFile } from '../../files.js';
import { DEFAULT_LEDGER_DIR, loadLedger } from '../../ledger/load.js';
import { exitCodeOf, githubSummary, reporters, summarize, type ReportContext, type RunResult } from '../../report/index.js';
import { cacheKey, checkFiles, DEFAULT_CACHE_FILE, openCache, parseShard, selectShard, type Shard } from '../../runner/index.js';
import { formatPartialDate } from '../../time/partial-date.js';
import { changedArticlesSince, onlyChanged, type ChangedArticles } from '../changed-files.js';
import { UsageError, type CliIo } from '../io.js';
import { parseAsOf, parseCount, parseFormat, readConfigOption } from '../options.js';
import { createProgress } from '../progress.js';
import { writeAtomic, writing } from '../write-atomic.js';

export interface CheckFlags {
  readonly paths: readonly string[];
  readonly config?: string;
  readonly noConfig?: boolean;
  readonly noIgnore?: boolean;
  readonly ledger?: string;
  readonly asOf?: string;
  readonly format?: string;
  readonly output?: string;
  readonly reportDir?: string;
  readonly color?: boolean;
  readonly maxWarnings?: string;
  readonly jobs?: string;
  readonly cache?: boolean;
  readonly cacheLocation?: string;
  readonly shard?: string;
  readonly changedSince?: string;
}

/** The files `--report-dir` writes, by format. */
export const REPORT_FILES = { markdown: 'report.md', json: 'report.json', sarif: 'report.sarif', html: 'index.html' } as const;

export async function checkCommand(flags: CheckFlags, io: CliIo, version: string): Promise<number> {
  const format = parseFormat(flags.format);
  const maxWarnings = parseCount('max-warnings', flags.maxWarnings, 0);
  const jobs = parseCount('jobs', flags.jobs, 1) ?? 1;
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  if (typeof shard === 'string') throw new UsageError(`--shard: ${shard}`);
  // Before anything slow: a bad ref is a usage error.
  const changed = flags.changedSince === undefined ? undefined : await changedArticlesSince(flags.changedSince, io.cwd);
  const config = await readConfigOption(flags, io);
  const asOf = parseAsOf(flags.asOf ?? config.asOf, io);
  const ledgerDir = flags.ledger === undefined ? config.ledger ?? DEFAULT_LEDGER_DIR : path.resolve(io.cwd, flags.ledger);
  const ledger = await loadLedger(ledgerDir);

  const { files, problems } = await selectFiles(flags, config, io, changed, shard);

  const rules = config.rules;
  const cacheFile = flags.cache ? path.resolve(io.cwd, flags.cacheLocation ?? DEFAULT_CACHE_FILE) : undefined;
  const cache = cacheFile
    ? await openCache(cacheFile, cacheKey({ version, ledger: ledger.hash, asOf: asOf && formatPartialDate(asOf), rules, today: io.now().toISOString().slice(0, 10) }))
    : undefined;
  const progress = createProgress({ total: files.length, stream: { write: io.stderr, ...(io.columns ? { columns: io.columns } : {}) }, isTTY: io.stderrIsTTY ?? false, env: io.env, cwd: io.cwd });
  const results = await checkFiles(files, { ledger, ledgerDir, rules, jobs, ...(asOf ? { asOf } : {}), ...(cache ? { cache } : {}), onFile: (file) => progress.tick(file) });
  progress.done();
  // Named as the user gave it, like --output.
  if (cache) await writing(flags.cacheLocation ?? DEFAULT_CACHE_FILE, () => cache.save(), io);

  const run: RunResult = { files: results, problems };
  await report(run, flags, format, { ledger, cwd: io.cwd, color: flags.color ?? (io.isTTY && !io.env.NO_COLOR), version }, io);
  const code = exitCodeOf(run);
  const { warnings } = summarize(run);
  if (code === 0 && maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`ledgerlint: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return code;
}

/**
 * The articles a run checks: those under the paths given (or the config's
 * `paths`), less what the config and .ledgerlintignore exclude, then only
 * those changed since --changed-since, then only this --shard's.
 */
async function selectFiles(flags: CheckFlags, config: Config, io: CliIo, changed: ChangedArticles | undefined, shard: Shard | undefined) {
  const paths = flags.paths.length > 0 ? flags.paths.map((p) => path.resolve(io.cwd, p)) : config.paths;
  if (!paths) throw new UsageError('check: give at least one file or folder to check (or `paths` in ledgerlint.config.yaml)');
  const found = await findArticles(paths, flags.noIgnore ? undefined : {
    root: config.root,
    ...(config.include ? { include: config.include } : {}),
    ignore: [...config.ignore, ...(await readIgnoreFile(config.root))],
  });
  const candidates = changed ? onlyChanged(found.files, changed) : found.files;
  return { files: shard ? selectShard(candidates, shard, io.cwd) : candidates, problems: found.problems };
}

async function report(run: RunResult, flags: CheckFlags, format: keyof typeof reporters, context: ReportContext, io: CliIo): Promise<void> {
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
}
