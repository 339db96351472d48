/**
 * The speed benchmark (issue 7): the synthetic archive through the bare floor
 * (read + remark-parse) and through `ledgerlint check`, single-threaded and
 * with --jobs 2, with and without the cache; peak RSS; per-article p50/p95;
 * one article from a cold start. Every figure is a median of the runs made in
 * this invocation, and every target a ratio within it, so a busy machine
 * slows both sides alike. Prints a table and writes bench/RESULTS-speed.md.
 *
 *   npm run bench [-- --articles N] [--runs N] [--cold-runs N] [--sample N] [--budget SECONDS]
 *
 * The first round measures every row once; further rounds (up to --runs)
 * repeat the archive rows while the time budget lasts. Only a run on the
 * full archive (no --articles) writes the results file.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_ARCHIVE_DIR, DEFAULT_ARTICLES, DEFAULT_SEED, existingArchive, writeArchive, type Manifest } from './archive/generate.js';
import { loadPipeline } from './lib/dist.js';
import { floorPass } from './lib/floor.js';
import { hasGnuTime, runCli, type CliRun } from './lib/run-cli.js';
import { median, percentile } from './lib/stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'bench', 'RESULTS-speed.md');
const COLD_START_ARTICLE = path.join('sources', '2025-02-27-hanoi-times-diplomacy-through-csp.txt');

interface Settings {
  readonly articles: number;
  readonly runs: number;
  readonly coldRuns: number;
  readonly sample: number;
  readonly budgetSeconds: number;
}

/** One row's runs: wall seconds and peak RSS, or why it could not run. */
interface Row {
  readonly seconds: number[];
  readonly rssMb: number[];
  unavailable?: string;
}

const newRow = (): Row => ({ seconds: [], rssMb: [] });

function settingsFrom(argv: string[]): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      runs: { type: 'string' },
      'cold-runs': { type: 'string' },
      sample: { type: 'string' },
      budget: { type: 'string' },
    },
  });
  const whole = (name: string, value: string | undefined, fallback: number) => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} takes a whole number ≥ 1, got ${value}`);
    return n;
  };
  return {
    articles: whole('articles', values.articles, DEFAULT_ARTICLES),
    runs: whole('runs', values.runs, 3),
    coldRuns: whole('cold-runs', values['cold-runs'], 5),
    sample: whole('sample', values.sample, 300),
    budgetSeconds: whole('budget', values.budget, 420),
  };
}

async function ensureArchive(articles: number): Promise<{ dir: string; manifest: Manifest }> {
  const dir = articles === DEFAULT_ARTICLES ? DEFAULT_ARCHIVE_DIR : path.join(ROOT, 'bench', `.archive-${articles}`);
  const existing = await existingArchive(dir, articles);
  if (existing) return { dir, manifest: existing };
  progress(`generating ${articles} articles in ${path.relative(ROOT, dir)} …`);
  return { dir, manifest: await writeArchive(dir, articles, DEFAULT_SEED) };
}

async function articleFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true });
  return names.filter((name) => /\.(?:md|txt)$/.test(name)).map((name) => path.join(dir, name)).sort();
}

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Runs the CLI once into `row`; a flag the CLI lacks marks the row unavailable. */
async function measureCli(name: string, row: Row, args: readonly string[], bare = false): Promise<void> {
  if (row.unavailable) return;
  const run: CliRun = await runCli(args, { cwd: ROOT, rss: !bare });
  if (!run.ok) {
    row.unavailable = run.reason === 'unknown-flag' ? 'n/a (flag not available)' : `failed (${run.message})`;
    progress(`${name}: ${row.unavailable}`);
    return;
  }
  row.seconds.push(run.seconds);
  if (run.maxRssMb !== undefined) row.rssMb.push(run.maxRssMb);
  progress(`${name}: ${run.seconds.toFixed(1)} s${run.maxRssMb === undefined ? '' : `, peak RSS ${run.maxRssMb.toFixed(0)} MB`}`);
}

interface PerArticle {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  readonly articles: number;
}

/** checkArticle in this process over an even sample of the archive, after a warm-up. */
async function perArticle(files: readonly string[], sample: number): Promise<PerArticle> {
  const { checkArticle, lexicon } = await loadPipeline();
  const step = Math.max(1, Math.floor(files.length / sample));
  const chosen = files.filter((_, i) => i % step === 0).slice(0, sample);
  for (const file of files.slice(0, 10)) await checkArticle(file, await readFile(file), lexicon);
  const times: number[] = [];
  for (const file of chosen) {
    const bytes = await readFile(file);
    const started = performance.now();
    await checkArticle(file, bytes, lexicon);
    times.push(performance.now() - started);
  }
  return { p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: Math.max(...times), articles: chosen.length };
}

interface Measured {
  readonly settings: Settings;
  readonly manifest: Manifest;
  readonly floor: Row;
  readonly floorMarkdownOnly: Row;
  readonly single: Row;
  readonly jobs2: Row;
  readonly cacheCold: Row;
  readonly cacheWarm: Row;
  readonly coldStart: Row;
  readonly perArticle: PerArticle;
  readonly rounds: number;
  readonly loadBefore: number[];
  readonly loadAfter: number[];
  readonly totalSeconds: number;
}

async function measure(settings: Settings): Promise<Measured> {
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const loadBefore = os.loadavg();
  const { dir, manifest } = await ensureArchive(settings.articles);
  const files = await articleFiles(dir);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'ledgerlint-bench-'));
  // Never /dev/null: reports are written atomically (a temporary file renamed over the target).
  const report = path.join(scratch, 'report.json');
  const cache = path.join(scratch, 'cache');
  const check = (...extra: string[]) => ['check', dir, '--format', 'json', '--output', report, ...extra];
  const rows = { floor: newRow(), floorMarkdownOnly: newRow(), single: newRow(), jobs2: newRow(), cacheCold: newRow(), cacheWarm: newRow(), coldStart: newRow() };

  const repeated = async (round: number) => {
    const floor = await floorPass(files);
    rows.floor.seconds.push(floor.seconds);
    rows.floorMarkdownOnly.seconds.push(floor.markdownOnlySeconds);
    progress(`floor ${round}: ${floor.seconds.toFixed(1)} s`);
    await measureCli(`check ${round}`, rows.single, check());
    await measureCli(`check --jobs 2 ${round}`, rows.jobs2, check('--jobs', '2'));
    // The cache's cold run is made once, after round 1's; its re-runs are cheap and repeated.
    if (round === 1) {
      await measureCli('check --cache, cold', rows.cacheCold, check('--cache', '--cache-location', cache));
      if (rows.cacheCold.unavailable) rows.cacheWarm.unavailable = rows.cacheCold.unavailable;
    }
    await measureCli(`check --cache, re-run ${round}`, rows.cacheWarm, check('--cache', '--cache-location', cache));
  };
  try {
    progress(`${files.length} articles, ${(manifest.bytes / 1e6).toFixed(1)} MB; round 1`);
    await repeated(1);
    const measuredArticle = await perArticle(files, settings.sample);
    progress(`per article: p50 ${measuredArticle.p50Ms.toFixed(1)} ms, p95 ${measuredArticle.p95Ms.toFixed(1)} ms`);
    for (let i = 1; i <= settings.coldRuns; i++) await measureCli(`cold start ${i}`, rows.coldStart, ['check', COLD_START_ARTICLE], true);
    let rounds = 1;
    for (let round = 2; round <= settings.runs; round++) {
      const estimate = [rows.floor, rows.single, rows.jobs2, rows.cacheWarm].reduce((sum, row) => sum + (median(row.seconds) || 0), 0);
      if (elapsed() + estimate > settings.budgetSeconds) {
        progress(`stopping after ${rounds} round(s): another would pass the ${settings.budgetSeconds} s budget`);
        break;
      }
      await repeated(round);
      rounds = round;
    }
    return { settings, manifest, ...rows, perArticle: measuredArticle, rounds, loadBefore, loadAfter: os.loadavg(), totalSeconds: elapsed() };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// ── the report ────────────────────────────────────────────────────────────

const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const percent = (ratio: number) => `${fixed(ratio * 100, 1)} %`;
const mb = (bytes: number) => bytes / 1e6;

interface Target {
  readonly name: string;
  readonly measured: string;
  /** Undefined: could not be measured. */
  readonly met?: boolean;
}

function targets(m: Measured): Target[] {
  const floor = median(m.floor.seconds);
  const single = median(m.single.seconds);
  const jobs2 = median(m.jobs2.seconds);
  const cold = median(m.cacheCold.seconds);
  const warm = median(m.cacheWarm.seconds);
  const coldStart = median(m.coldStart.seconds);
  const rss = Math.max(...m.single.rssMb, ...m.jobs2.rssMb);
  const onArchive = m.settings.articles === DEFAULT_ARTICLES ? '' : ` (on ${m.settings.articles} articles, not 10,000)`;
  const unavailable = (row: Row) => row.unavailable ?? (row.seconds.length === 0 ? 'not measured' : undefined);
  const target = (name: string, row: Row, measured: () => string, met: () => boolean): Target => {
    const missing = unavailable(row);
    return missing ? { name, measured: missing } : { name, measured: measured(), met: met() };
  };
  return [
    target('archive throughput single-threaded ≥ 50 % of the remark-parse floor', m.single,
      () => `${percent(floor / single)} (${fixed(mb(m.manifest.bytes) / single, 2)} vs ${fixed(mb(m.manifest.bytes) / floor, 2)} MB/s; ` +
        `${percent(median(m.floorMarkdownOnly.seconds) / single)} of the floor without remark on plain text)`, () => floor / single >= 0.5),
    target('`--jobs 2` ≥ 1.8× single', m.jobs2, () => `${fixed(single / jobs2, 2)}×`, () => single / jobs2 >= 1.8),
    target('one article from a cold start ≤ 0.35 s wall', m.coldStart, () => `${fixed(coldStart, 2)} s`, () => coldStart <= 0.35),
    target('cache: a re-run with nothing changed ≤ 5 % of the cold run', m.cacheWarm,
      () => `${percent(warm / cold)} (${fixed(warm)} s vs ${fixed(cold)} s)`, () => warm / cold <= 0.05),
    target(`peak RSS ≤ 300 MB on the 10,000-article archive${onArchive}`, m.single,
      () => `${fixed(rss, 0)} MB`, () => rss <= 300 && m.settings.articles >= DEFAULT_ARTICLES),
  ];
}

function figureRows(m: Measured): string[] {
  const bytes = mb(m.manifest.bytes);
  const floor = median(m.floor.seconds);
  const line = (name: string, row: Row) => {
    if (row.unavailable) return `| ${name} | ${row.unavailable} | | | | | |`;
    const s = median(row.seconds);
    const rss = row.rssMb.length ? `${fixed(Math.max(...row.rssMb), 0)} MB` : '–';
    return `| ${name} | ${fixed(s)} | ${fixed(bytes / s, 2)} | ${fixed(m.manifest.articles / s, 0)} | ${percent(floor / s)} | ${rss} | ${row.seconds.map((x) => fixed(x)).join(', ')} |`;
  };
  return [
    '| run | wall (s, median) | MB/s | articles/s | vs floor | peak RSS | runs (s) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    line('floor: read + remark-parse, no extraction', m.floor),
    line('floor without remark on plain text (as src/ingest reads it)', m.floorMarkdownOnly),
    line('`check`, single thread', m.single),
    line('`check --jobs 2`', m.jobs2),
    line('`check --cache`, cold', m.cacheCold),
    line('`check --cache`, re-run, nothing changed', m.cacheWarm),
  ];
}

function render(m: Measured): string {
  const cpu = os.cpus();
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
  const coldStart = m.coldStart.unavailable ?? `${fixed(median(m.coldStart.seconds), 2)} s median (${m.coldStart.seconds.map((s) => fixed(s, 2)).join(', ')})`;
  return [
    '# Speed benchmark',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (bench/speed.ts) on ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `Node ${process.version}. Load average (1/5/15 min) ${load(m.loadBefore)} before, ${load(m.loadAfter)} after: other processes share the machine, ` +
      'so absolute figures vary; the targets are ratios within one run.',
    '',
    `Archive: ${m.manifest.articles.toLocaleString('en-US')} synthetic articles, ${fixed(mb(m.manifest.bytes))} MB ` +
      `(bench/archive/generate.ts, seed ${m.manifest.seed}). Archive rows: median of ${m.rounds} round(s) ` +
      `(asked for ${m.settings.runs}, budget ${m.settings.budgetSeconds} s); \`--cache\` cold: one run. Whole benchmark: ${fixed(m.totalSeconds / 60)} min.`,
    '',
    '## Targets',
    '',
    '| target | measured | |',
    '| --- | --- | --- |',
    ...targets(m).map((t) => `| ${t.name} | ${t.measured} | ${t.met === undefined ? 'n/a' : t.met ? 'met' : '**not met**'} |`),
    '',
    '## Figures',
    '',
    ...figureRows(m),
    '',
    `- Per article (checkArticle in process, ${m.perArticle.articles} articles spread over the archive, after a warm-up): ` +
      `p50 ${fixed(m.perArticle.p50Ms)} ms, p95 ${fixed(m.perArticle.p95Ms)} ms, max ${fixed(m.perArticle.maxMs)} ms.`,
    `- Cold start, \`ledgerlint check ${COLD_START_ARTICLE}\` (node dist/cli/bin.js, wall): ${coldStart}.`,
    `- \`check\` runs: \`node dist/cli/bin.js check ARCHIVE --format json --output FILE\`; peak RSS ${hasGnuTime() ? 'from GNU time (the largest process of the run, worker threads included)' : 'from process.resourceUsage() in bench/lib/measured-cli.mjs (no GNU time here), startup snapshot off'}.`,
    '- The floor runs in the benchmark process, one thread: it parses every file with remark, plain text included, as the issue defines it; ' +
      'the second floor row leaves out remark on plain text, which src/ingest splits into lines instead (a harder bar).',
    '',
  ].join('\n');
}

const measured = await measure(settingsFrom(process.argv.slice(2)));
const markdown = render(measured);
process.stdout.write(markdown);
// Only the full archive's figures are the record; a quick run with --articles is printed, not kept.
if (measured.settings.articles === DEFAULT_ARTICLES) {
  await writeFile(RESULTS, markdown);
  process.stdout.write(`\nwritten to ${path.relative(process.cwd(), RESULTS)}\n`);
}
