/**
 * The benchmark's report as Markdown: the same text is printed and written to
 * RESULTS.md. Everything is sorted, so the same results give the same bytes.
 */
import type { FileResult } from '../../src/check.js';
import type { MutatedArticle } from './inject.js';
import { lineColumn, type LabelledArticle, type Span } from './labels.js';
import { addCounts, rates, sumCounts, type ArticleScore, type Counts } from './score.js';

export interface ArticleRun {
  readonly section: string;
  readonly article: LabelledArticle;
  readonly result: FileResult;
  readonly score: ArticleScore;
}

export interface InjectionRun {
  readonly mutated: MutatedArticle;
  readonly result: FileResult;
  /** A refuted verdict with an expected rule touches the injected error. */
  readonly caught: boolean;
  /** Not caught, but refuted there by a rule the mutation accepts. */
  readonly acceptedOnly: boolean;
  /** New refuted verdicts away from the injected error; undefined when not measured. */
  readonly elsewhere?: FileResult['verdicts'][number][];
  readonly engine: string;
}

export interface ReportInput {
  readonly date: string;
  readonly seed: number;
  readonly articles: readonly ArticleRun[];
  readonly injections: readonly InjectionRun[];
  readonly operators: readonly string[];
  /** The real corpus's section, placed before the authored corpus's. */
  readonly before?: string;
}

const pct = (x: number | undefined): string => (x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
const ratio = (a: number, b: number): string => `${a}/${b} (${b === 0 ? '–' : pct(a / b)})`;
const code = (s: string): string => `\`${s.replace(/\s+/g, ' ').replace(/`/g, "'")}\``;
const where = (article: { path: string; text: string }, span: Span): string => {
  const { line, column } = lineColumn(article.text, span.start);
  return `${article.path}:${line}:${column}`;
};

const SECTION_TITLES: Record<string, string> = {
  samples: 'The four sample articles (sources/)',
  vietnam: "Own articles: Vietnam's collections (ledger/)",
  'euro-area': 'Own articles: the euro area (ledger/)',
};

interface Totals {
  articles: number;
  perRule: Map<string, Counts>;
  score: Omit<ArticleScore, 'perRule' | 'misses' | 'falseAlarms' | 'uncovered'>;
  truths: Record<string, number>;
}

function totals(runs: readonly ArticleRun[]): Totals {
  const perRule = new Map<string, Counts>();
  const score = { accepted: 0, falseClaims: 0, falseClaimsCaught: 0, claimable: 0, covered: 0, coveredByKind: 0, traps: 0, silentTraps: 0, trueClaims: 0, trueSupported: 0 };
  const truths: Record<string, number> = { true: 0, false: 0, trap: 0, unverifiable: 0 };
  for (const run of runs) {
    addCounts(perRule, run.score.perRule);
    for (const key of Object.keys(score) as (keyof typeof score)[]) score[key] += run.score[key];
    for (const label of run.article.labels) truths[label.truth]!++;
  }
  return { articles: runs.length, perRule, score, truths };
}

function ruleTable(perRule: ReadonlyMap<string, Counts>): string[] {
  const lines = ['| rule | TP | FP | FN | precision | recall | F1 |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const rule of [...perRule.keys()].sort()) {
    const c = perRule.get(rule)!;
    const r = rates(c);
    lines.push(`| ${rule} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} |`);
  }
  const all = sumCounts(perRule);
  const r = rates(all);
  lines.push(`| **overall** | **${all.tp}** | **${all.fp}** | **${all.fn}** | **${pct(r.precision)}** | **${pct(r.recall)}** | **${pct(r.f1)}** |`);
  return lines;
}

function describeSize(t: Totals): string {
  const n = Object.values(t.truths).reduce((a, b) => a + b, 0);
  return `${t.articles} articles, ${n} labelled claims (${t.truths.false} false, ${t.truths.true} true, ${t.truths.trap} traps, ${t.truths.unverifiable} unverifiable)`;
}

function sectionBlock(title: string, runs: readonly ArticleRun[]): string[] {
  const t = totals(runs);
  const s = t.score;
  const lines = [`## ${title}`, '', describeSize(t), '', ...ruleTable(t.perRule), ''];
  lines.push(
    `- False claims caught (at least one expected or accepted rule refutes them): ${ratio(s.falseClaimsCaught, s.falseClaims)}`,
    `- Coverage (labelled claims other than traps that some extracted claim overlaps): ${ratio(s.covered, s.claimable)}; by a claim of the labelled kind: ${ratio(s.coveredByKind, s.claimable)}`,
    `- Traps kept silent: ${ratio(s.silentTraps, s.traps)}`,
    `- True claims with a supported verdict: ${ratio(s.trueSupported, s.trueClaims)}`,
    `- Refuted verdicts that point at a false claim with another rule or through the claim they conflict with (neither hit nor false alarm): ${s.accepted}`,
    '',
  );
  const misses = runs.flatMap((r) => r.score.misses.map((m) => ({ run: r, m }))).sort((a, b) => a.run.article.path.localeCompare(b.run.article.path) || a.m.label.span.start - b.m.label.span.start || a.m.rule.localeCompare(b.m.rule));
  lines.push(`### Misses (${misses.length})`, '');
  if (misses.length === 0) lines.push('None.');
  for (const { run, m } of misses) lines.push(`- ${where(run.article, m.label.span)} ${code(m.label.quote)} — expected \`${m.rule}\`; engine: ${m.engine}${m.label.note ? ` (${m.label.note})` : ''}`);
  const alarms = runs.flatMap((r) => r.score.falseAlarms.map((a) => ({ run: r, a }))).sort((x, y) => x.run.article.path.localeCompare(y.run.article.path) || x.a.verdict.span.start - y.a.verdict.span.start || x.a.verdict.ruleId.localeCompare(y.a.verdict.ruleId));
  lines.push('', `### False alarms (${alarms.length} verdicts; counted once per labelled claim and rule)`, '');
  if (alarms.length === 0) lines.push('None.');
  for (const { run, a } of alarms) {
    const words = run.article.text.slice(a.verdict.span.start, a.verdict.span.end);
    const on = a.label ? ` ${code(a.label.quote)}` : '';
    lines.push(`- ${where(run.article, a.verdict.span)} \`${a.verdict.ruleId}\` on ${code(words)} — ${a.cause}${on}: ${a.verdict.message}`);
  }
  const uncovered = runs.flatMap((r) => r.score.uncovered.map((label) => ({ run: r, label })));
  lines.push('', `### Labelled claims not extracted (${uncovered.length})`, '');
  if (uncovered.length === 0) lines.push('None.');
  for (const { run, label } of uncovered) lines.push(`- ${where(run.article, label.span)} ${label.kind} (${label.truth}) ${code(label.quote)}`);
  lines.push('');
  return lines;
}

function injectionBlock(input: ReportInput): string[] {
  const runs = input.injections;
  const lines = [`## Injected errors (seed ${input.seed})`, ''];
  lines.push(
    `${runs.length} mutated copies of the labelled articles, one error each, planted in a claim labelled true (\`bench/accuracy/inject.ts\`).`,
    'Caught: a refuted verdict with the expected rule touches the injected words (its span, its claim, the claim\'s list or as-of, or its cause).',
    'False alarms elsewhere: refuted verdicts away from the injected words that the unmutated article did not have (not measured when the article\'s date moved).',
    '',
    '| mutation | injected | caught | recall | caught only by another rule | false alarms elsewhere |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  let all = 0;
  let caught = 0;
  for (const op of input.operators) {
    const of = runs.filter((r) => r.mutated.mutation.operator === op);
    const hit = of.filter((r) => r.caught).length;
    const measured = of.filter((r) => r.elsewhere !== undefined);
    const elsewhere = measured.reduce((n, r) => n + r.elsewhere!.length, 0);
    all += of.length;
    caught += hit;
    lines.push(`| ${op} | ${of.length} | ${hit} | ${of.length ? pct(hit / of.length) : '–'} | ${of.filter((r) => r.acceptedOnly).length} | ${measured.length ? `${elsewhere} in ${measured.length} articles` : 'n/a'} |`);
  }
  lines.push(`| **all** | **${all}** | **${caught}** | **${all ? pct(caught / all) : '–'}** | | |`, '');
  const missed = runs.filter((r) => !r.caught);
  lines.push(`### Injected errors missed (${missed.length})`, '');
  if (missed.length === 0) lines.push('None.');
  for (const r of missed) {
    const m = r.mutated.mutation;
    const at = where({ path: m.article, text: r.mutated.text }, m.changed);
    const words = r.mutated.text.slice(m.target.start, m.target.end);
    lines.push(`- ${r.mutated.id} ${m.operator} ${at} ${m.description}: ${code(words)} — expected \`${m.rules.join('` or `')}\`; engine: ${r.engine}${r.acceptedOnly ? ' (refuted there by an accepted rule)' : ''}`);
  }
  const alarms = runs.flatMap((r) => (r.elsewhere ?? []).map((v) => ({ r, v })));
  lines.push('', `### False alarms elsewhere in mutated articles (${alarms.length})`, '');
  if (alarms.length === 0) lines.push('None.');
  for (const { r, v } of alarms) {
    const at = where({ path: r.mutated.mutation.article, text: r.mutated.text }, v.span);
    lines.push(`- ${r.mutated.id} ${at} \`${v.ruleId}\` on ${code(r.mutated.text.slice(v.span.start, v.span.end))} after ${r.mutated.mutation.operator} (${r.mutated.mutation.description}): ${v.message}`);
  }
  lines.push('');
  return lines;
}

export function renderReport(input: ReportInput): string {
  const sections = [...new Set(input.articles.map((r) => r.section))].sort((a, b) => (a === 'samples' ? -1 : b === 'samples' ? 1 : a.localeCompare(b)));
  const all = totals(input.articles);
  const lines = [
    '# Accuracy benchmark results',
    '',
    `Measured ${input.date} with \`npm run bench:accuracy\`. How it is scored: bench/accuracy/README.md.`,
    '',
    ...(input.before ? [input.before, ''] : []),
    '## The authored corpus',
    '',
    `Articles written by the developers, in the same weeks as the readers: ${describeSize(all)}, plus ${input.injections.length} articles with injected errors. These are development figures, not an estimate of accuracy on unseen prose.`,
    '',
    '| corpus | articles | labelled claims | precision | recall | F1 | false claims caught | coverage | traps silent |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const row = (name: string, runs: readonly ArticleRun[]) => {
    const t = totals(runs);
    const r = rates(sumCounts(t.perRule));
    const n = Object.values(t.truths).reduce((a, b) => a + b, 0);
    lines.push(`| ${name} | ${t.articles} | ${n} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${ratio(t.score.falseClaimsCaught, t.score.falseClaims)} | ${ratio(t.score.covered, t.score.claimable)} | ${ratio(t.score.silentTraps, t.score.traps)} |`);
  };
  for (const section of sections) row(section, input.articles.filter((r) => r.section === section));
  row('**all labelled**', input.articles);
  const injected = input.injections.length;
  const caught = input.injections.filter((r) => r.caught).length;
  lines.push(`| injected errors | ${injected} | ${injected} | | ${injected ? pct(caught / injected) : '–'} | | | | |`, '');
  lines.push('## All labelled articles, per rule', '', ...ruleTable(all.perRule), '');
  for (const section of sections) lines.push(...sectionBlock(SECTION_TITLES[section] ?? section, input.articles.filter((r) => r.section === section)));
  lines.push(...injectionBlock(input));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
