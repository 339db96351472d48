/**
 * The backtracking benchmark (issue 8): every regular expression in src/
 * (found with the TypeScript compiler API) against adversarial strings of
 * 1k to 16k characters — a block is never longer than 16 kB — and the whole
 * pipeline (checkArticle from dist/, so compromise and chrono too) against
 * adversarial articles. Reports each one's time and its growth when the input
 * doubles, flags super-linear growth or a blown budget, prints a summary and
 * writes bench/RESULTS-redos.md. Timing lives here, never in unit tests.
 *
 *   npm run bench:redos
 */
import { fork, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL_KINDS, SIZES } from './lib/adversarial.js';
import { ADVERSARIAL_ARTICLES } from './lib/adversarial-articles.js';
import type { LexiconMethod, Task, TaskResult } from './lib/redos-child.js';
import { collectRegexes, type FoundRegex } from './lib/regex-collector.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = path.join(ROOT, 'bench', 'RESULTS-redos.md');
const CHILD = new URL('./lib/redos-child.ts', import.meta.url);

/** A pattern may take this long on 16k characters. */
const REGEX_BUDGET_MS = 50;
/** A whole adversarial article (at its largest) may take this long. */
const ARTICLE_BUDGET_MS = 10_000;
/** Doubling the input may multiply the time by at most this: linear is 2, quadratic 4. */
const MAX_GROWTH = 3;
/** Below this, times are too small for their ratio to mean anything. */
const REGEX_NOISE_MS = 2;
const ARTICLE_NOISE_MS = 200;

type Outcome = { readonly result: TaskResult } | { readonly failure: string };

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Runs the tasks one by one in a child process; one that outlasts its time limit is killed and the rest go on. */
async function runTasks(tasks: readonly Task[], limitMs: (task: Task) => number): Promise<Map<number, Outcome>> {
  const outcomes = new Map<number, Outcome>();
  let child: ChildProcess | undefined;
  const start = () => fork(CHILD, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    for (const [i, task] of tasks.entries()) {
      child ??= start();
      const running = child;
      const outcome = await new Promise<Outcome>((resolve) => {
        const finish = (outcome: Outcome) => {
          clearTimeout(timer);
          running.off('message', onMessage);
          running.off('exit', onExit);
          resolve(outcome);
        };
        const onMessage = (message: { ok: true; result: TaskResult } | { ok: false; message: string }) =>
          finish(message.ok ? { result: message.result } : { failure: `error: ${message.message}` });
        const onExit = () => finish({ failure: 'the measuring process exited' });
        const timer = setTimeout(() => {
          running.kill('SIGKILL');
          finish({ failure: `timeout: over ${limitMs(task) / 1000} s` });
        }, limitMs(task));
        running.on('message', onMessage);
        running.on('exit', onExit);
        running.send(task);
      });
      if ('failure' in outcome) child = undefined; // killed or dead: the next task gets a fresh process
      outcomes.set(task.id, outcome);
      if ((i + 1) % 25 === 0 || task.type !== 'regex') progress(`${i + 1}/${tasks.length} measured`);
    }
  } finally {
    child?.kill();
  }
  return outcomes;
}

interface Judged {
  readonly times?: readonly number[];
  readonly input?: string;
  readonly growth?: number;
  readonly exponent?: number;
  /** Why it is flagged; undefined when it is fine. */
  readonly flag?: string;
}

function judge(outcome: Outcome | undefined, budgetMs: number, noiseMs: number): Judged {
  if (!outcome) return { flag: 'not measured' };
  if ('failure' in outcome) return { flag: outcome.failure };
  const { times, input } = outcome.result;
  const last = times.at(-1)!;
  // Over the last two doublings, so that one garbage collection does not make a pattern look super-linear.
  const growth = Math.sqrt(last / times.at(-3)!);
  const exponent = Math.log2(last / times[0]!) / Math.log2(times.length === SIZES.length ? SIZES.at(-1)! / SIZES[0]! : 4);
  const flags = [
    ...(last > budgetMs ? [`over budget: ${last.toFixed(1)} ms > ${budgetMs} ms`] : []),
    ...(growth > MAX_GROWTH && last >= noiseMs ? [`super-linear: ×${growth.toFixed(1)} per doubling`] : []),
  ];
  return { times, input, growth, exponent, ...(flags.length ? { flag: flags.join('; ') } : {}) };
}

// ── the report ────────────────────────────────────────────────────────────

const ms = (n: number | undefined) => (n === undefined ? '–' : n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(3));
const code = (text: string, max = 70) => {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return `<code>${cut.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;')}</code>`;
};
const verdict = (j: Judged) => (j.flag ? `**${j.flag}**` : 'ok');

interface Report {
  readonly regexes: readonly FoundRegex[];
  readonly judgedRegexes: ReadonlyMap<FoundRegex, Judged>;
  readonly lexicon: readonly (readonly [LexiconMethod, Judged])[];
  readonly articles: readonly (readonly [(typeof ADVERSARIAL_ARTICLES)[number], Judged])[];
  readonly seconds: number;
}

function render(r: Report): string {
  const dynamic = r.regexes.filter((x) => x.source === undefined);
  const literals = r.regexes.filter((x) => x.how === 'literal').length;
  const flagged = [...r.judgedRegexes].filter(([, j]) => j.flag);
  const cpu = os.cpus();
  const regexRow = (x: FoundRegex, j: Judged) =>
    `| ${x.file}:${x.line} | ${code(x.code)} | ${j.input ?? '–'} | ${(j.times ?? []).map(ms).join(' / ') || '–'} | ${j.growth?.toFixed(2) ?? '–'} | ${j.exponent?.toFixed(2) ?? '–'} | ${verdict(j)} |`;
  return [
    '# Backtracking benchmark',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench:redos\` (bench/redos.ts) on ${cpu.length} cores ` +
      `(${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, in ${(r.seconds / 60).toFixed(1)} min. Other processes share the machine: ` +
      'times are the best of five batches; growth ratios matter more than absolute times.',
    '',
    `**${r.regexes.length} regular expressions** in src/ (collected with the TypeScript compiler API): ${literals} literals and ` +
      `${r.regexes.length - literals} \`RegExp(…)\` constructors, of which ${dynamic.length} build their pattern at run time ` +
      `(${dynamic.map((x) => `${x.file}:${x.line}`).join(', ') || 'none'}) and are exercised through the lexicon and the pipeline below.`,
    '',
    `Each pattern is scanned globally (every match, as \`matchAll\` or a failing \`test\` would; a sticky one once, at the start) over ${ADVERSARIAL_KINDS.length} adversarial inputs plus its own words ` +
      `repeated, at ${SIZES.map((s) => `${s / 1000}k`).join(', ')} characters; the worst input at 16k is then timed at every size. ` +
      `Flagged: over ${REGEX_BUDGET_MS} ms at 16k, or more than ×${MAX_GROWTH} per doubling of the input (over 4k–16k, when 16k takes ≥ ${REGEX_NOISE_MS} ms). ` +
      'The exponent is log₂ of the growth per doubling over 1k–16k: 1 linear, 2 quadratic.',
    '',
    '## Summary',
    '',
    flagged.length === 0
      ? `- No pattern flagged: the slowest takes ${ms(Math.max(...[...r.judgedRegexes.values()].map((j) => j.times?.at(-1) ?? 0)))} ms on 16k characters.`
      : flagged.map(([x, j]) => `- ${x.file}:${x.line} ${code(x.code, 120)}: ${j.flag} (input: ${j.input})`).join('\n'),
    `- Lexicon phrase matchers: ${r.lexicon.filter(([, j]) => j.flag).length === 0 ? 'none flagged' : r.lexicon.filter(([, j]) => j.flag).map(([m, j]) => `${m}: ${j.flag}`).join('; ')}.`,
    `- Adversarial articles: ${r.articles.filter(([, j]) => j.flag).length === 0 ? 'none flagged' : r.articles.filter(([, j]) => j.flag).map(([a, j]) => `${a.name}: ${j.flag}`).join('; ')}.`,
    '',
    '## The whole pipeline on adversarial articles',
    '',
    `checkArticle from dist/ (ingest, extract with compromise and chrono, reconcile), once per size after a warm-up. Flagged: over ${ARTICLE_BUDGET_MS / 1000} s at the largest size, ` +
      `or more than ×${MAX_GROWTH} per doubling (over the three sizes, when the largest takes ≥ ${ARTICLE_NOISE_MS} ms).`,
    '',
    '| article | sizes | ms | growth per doubling | exponent | verdict |',
    '| --- | --- | --- | ---: | ---: | --- |',
    ...r.articles.map(([a, j]) => `| ${a.name} | ${a.sizes.map((s) => s.toLocaleString('en-US')).join(' / ')} | ${(j.times ?? []).map(ms).join(' / ') || '–'} | ${j.growth?.toFixed(2) ?? '–'} | ${j.exponent?.toFixed(2) ?? '–'} | ${verdict(j)} |`),
    '',
    '## The lexicon\'s phrase matchers (patterns built from the ledger)',
    '',
    '| method | worst input | ms at 1k / 2k / 4k / 8k / 16k | growth | exponent | verdict |',
    '| --- | --- | --- | ---: | ---: | --- |',
    ...r.lexicon.map(([m, j]) => `| lexicon.${m} | ${j.input ?? '–'} | ${(j.times ?? []).map(ms).join(' / ') || '–'} | ${j.growth?.toFixed(2) ?? '–'} | ${j.exponent?.toFixed(2) ?? '–'} | ${verdict(j)} |`),
    '',
    '## Every pattern',
    '',
    '| where | pattern | worst input | ms at 1k / 2k / 4k / 8k / 16k | growth | exponent | verdict |',
    '| --- | --- | --- | --- | ---: | ---: | --- |',
    ...r.regexes.map((x) => (x.source === undefined ? `| ${x.file}:${x.line} | ${code(x.code)} | built at run time | – | – | – | see the lexicon and pipeline |` : regexRow(x, r.judgedRegexes.get(x)!))),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  const regexes = collectRegexes(ROOT);
  progress(`${regexes.length} regular expressions in src/`);
  const staticRegexes = regexes.filter((x): x is FoundRegex & { source: string; flags: string } => x.source !== undefined);
  const methods: LexiconMethod[] = ['matchTerms', 'matchEntities', 'matchMisnamedTerms', 'mayHoldClaim'];
  let id = 0;
  const regexTasks = staticRegexes.map((x) => ({ regex: x, task: { id: id++, type: 'regex', source: x.source, flags: x.flags } as const }));
  const lexiconTasks = methods.map((method) => ({ method, task: { id: id++, type: 'lexicon', method } as const }));
  const articleTasks = ADVERSARIAL_ARTICLES.map((article) => ({ article, task: { id: id++, type: 'article', name: article.name } as const }));
  const outcomes = await runTasks(
    [...regexTasks, ...lexiconTasks, ...articleTasks].map((t) => t.task),
    (task) => (task.type === 'regex' ? 30_000 : task.type === 'lexicon' ? 60_000 : 180_000),
  );
  const report: Report = {
    regexes,
    judgedRegexes: new Map(regexTasks.map(({ regex, task }) => [regex, judge(outcomes.get(task.id), REGEX_BUDGET_MS, REGEX_NOISE_MS)])),
    lexicon: lexiconTasks.map(({ method, task }) => [method, judge(outcomes.get(task.id), REGEX_BUDGET_MS, REGEX_NOISE_MS)] as const),
    articles: articleTasks.map(({ article, task }) => [article, judge(outcomes.get(task.id), ARTICLE_BUDGET_MS, ARTICLE_NOISE_MS)] as const),
    seconds: (performance.now() - started) / 1000,
  };
  const markdown = render(report);
  await writeFile(RESULTS, markdown);
  const summary = markdown.slice(0, markdown.indexOf('## Every pattern'));
  process.stdout.write(`${summary}(every pattern: ${path.relative(process.cwd(), RESULTS)})\n`);
}

await main();
