/**
 * The real corpus's part of RESULTS.md: figures per split, collection, rule
 * and claim kind; then the dev split's misses and false alarms one by one,
 * grouped by class; the test split's only as counts per class, never
 * sentence by sentence, so that nobody fixes the test split by reading it.
 */
import { lineColumn, type Span } from '../labels.js';
import type { RealRun } from './evaluate.js';
import type { Split } from './splits.js';
import { addArticle, emptyTotals, figures, missClass, type Totals } from './score.js';

const pct = (x: number | undefined): string => (x === undefined ? '–' : `${(100 * x).toFixed(1)}%`);
const code = (s: string): string => `\`${s.replace(/\s+/g, ' ').replace(/`/g, "'")}\``;
const where = (run: RealRun, span: Span): string => {
  const { line, column } = lineColumn(run.article.text, span.start);
  return `${run.article.path}:${line}:${column}`;
};

function totalsOf(runs: readonly RealRun[]): Totals {
  const t = emptyTotals();
  for (const run of runs) {
    addArticle(t, run.score);
    t.plants += run.plants.length;
    t.plantsCaught += run.plants.filter((p) => p.caught).length;
    t.plantAlarms += run.plants.reduce((n, p) => n + p.alarms.length, 0);
  }
  return t;
}

const HEAD = '| | articles | claims (S/R/A) | findings: hits / false alarms | precision | recall | F1 | coverage | unverifiable | traps silent | plants caught |';
const RULE = '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |';

function row(name: string, t: Totals): string {
  const f = figures(t);
  const v = t.byVerdict;
  return `| ${name} | ${t.articles} | ${t.claims} (${v.supported}/${v.refuted}/${v.ambiguous}) | ${t.hits} / ${t.alarms} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${pct(f.coverage)} | ${pct(f.unverifiable)} | ${t.silentTraps}/${t.traps} (${pct(f.trapsSilent)}) | ${t.plantsCaught}/${t.plants} (${pct(f.plantsCaught)}) |`;
}

function byKey<K extends string>(runs: readonly RealRun[], key: (r: RealRun) => K): [K, RealRun[]][] {
  const groups = new Map<K, RealRun[]>();
  for (const run of runs) groups.set(key(run), [...(groups.get(key(run)) ?? []), run]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

function ruleRows(runs: readonly RealRun[]): string[] {
  const hits = new Map<string, number>();
  const alarms = new Map<string, number>();
  for (const { score } of runs) {
    for (const [rule, n] of score.hitsByRule) hits.set(rule, (hits.get(rule) ?? 0) + n);
    for (const [rule, n] of score.alarmsByRule) alarms.set(rule, (alarms.get(rule) ?? 0) + n);
  }
  const rules = [...new Set([...hits.keys(), ...alarms.keys()])].sort();
  if (rules.length === 0) return ['No findings.'];
  return [
    '| rule | hits | false alarms | precision |',
    '| --- | ---: | ---: | ---: |',
    ...rules.map((r) => {
      const h = hits.get(r) ?? 0;
      const a = alarms.get(r) ?? 0;
      return `| ${r} | ${h} | ${a} | ${pct(h / (h + a))} |`;
    }),
  ];
}

function kindRows(runs: readonly RealRun[]): string[] {
  const kinds = new Map<string, { claims: number; covered: number; refuted: number; caught: number }>();
  for (const { score } of runs) {
    for (const r of score.claims) {
      const k = kinds.get(r.claim.kind) ?? { claims: 0, covered: 0, refuted: 0, caught: 0 };
      k.claims++;
      if (r.outcome !== 'not extracted') k.covered++;
      if (r.claim.verdict === 'refuted') k.refuted++;
      if (r.caught) k.caught++;
      kinds.set(r.claim.kind, k);
    }
  }
  return [
    '| claim kind | claims | extracted | refuted | caught |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...[...kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, k]) => `| ${kind} | ${k.claims} | ${k.covered} (${pct(k.covered / k.claims)}) | ${k.refuted} | ${k.caught} |`),
  ];
}

function classCounts(runs: readonly RealRun[]): string[] {
  const alarms = new Map<string, number>();
  const misses = new Map<string, number>();
  for (const { score } of runs) {
    for (const a of score.alarms) alarms.set(`${a.finding.ruleId} ${a.class}`, (alarms.get(`${a.finding.ruleId} ${a.class}`) ?? 0) + 1);
    for (const r of score.claims) if (r.claim.verdict === 'refuted' && !r.caught) misses.set(missClass(r), (misses.get(missClass(r)) ?? 0) + 1);
  }
  const list = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `| ${k} | ${n} |`);
  return [
    '| false alarms: rule and class | n |',
    '| --- | ---: |',
    ...(alarms.size ? list(alarms) : ['| none | 0 |']),
    '',
    '| misses: claim kind and what the checker did | n |',
    '| --- | ---: |',
    ...(misses.size ? list(misses) : ['| none | 0 |']),
  ];
}

function devListing(runs: readonly RealRun[]): string[] {
  const alarms = runs.flatMap((run) => run.score.alarms.map((a) => ({ run, a })));
  const misses = runs.flatMap((run) => run.score.claims.filter((r) => r.claim.verdict === 'refuted' && !r.caught).map((r) => ({ run, r })));
  const plantMisses = runs.flatMap((run) => run.plants.filter((p) => !p.caught).map((p) => ({ run, p })));
  const plantAlarms = runs.flatMap((run) => run.plants.flatMap((p) => p.alarms.map((f) => ({ run, p, f }))));
  const out: string[] = ['### False alarms (dev), by class', ''];
  for (const [cls, group] of byClass(alarms, ({ a }) => `${a.class}, ${a.finding.ruleId}`)) {
    out.push(`**${cls}** (${group.length})`, '');
    for (const { run, a } of group) {
      const why = a.label ? ` — label: ${'verdict' in a.label ? `${a.label.verdict}, ` : 'trap, '}${a.label.reason}` : '';
      out.push(`- ${where(run, a.finding.span)} ${code(run.article.text.slice(a.finding.span.start, a.finding.span.end))}: ${a.finding.message}${why}`);
    }
    out.push('');
  }
  if (alarms.length === 0) out.push('None.', '');
  out.push('### Missed errors (dev), by class', '');
  for (const [cls, group] of byClass(misses, ({ r }) => missClass(r))) {
    out.push(`**${cls}** (${group.length})`, '');
    for (const { run, r } of group) out.push(`- ${where(run, r.claim.span)} ${code(r.claim.quote)} (${r.claim.collection}, ${r.claim.date}): ${r.claim.reason}`);
    out.push('');
  }
  if (misses.length === 0) out.push('None.', '');
  out.push('### Planted errors not caught (dev), by kind', '');
  for (const [cls, group] of byClass(plantMisses, ({ p }) => `${p.claim.kind}, ${p.claim.plant!.error}`)) {
    out.push(`**${cls}** (${group.length})`, '');
    for (const { run, p } of group) out.push(`- ${where(run, p.claim.span)} ${code(p.claim.quote)} → ${code(p.claim.plant!.with)}: ${p.engine === 'nothing' ? 'no finding' : `found by ${p.engine} elsewhere`}`);
    out.push('');
  }
  if (plantMisses.length === 0) out.push('None.', '');
  if (plantAlarms.length) {
    out.push('### New false alarms in planted copies (dev)', '');
    for (const { run, p, f } of plantAlarms) out.push(`- ${run.article.path}, planted ${code(p.claim.plant!.with)}: ${f.ruleId}: ${f.message}`);
    out.push('');
  }
  return out;
}

function byClass<T>(items: readonly T[], cls: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(cls(item), [...(groups.get(cls(item)) ?? []), item]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

export interface RealReportInput {
  readonly runs: readonly RealRun[];
  /** The commit that froze the test split. */
  readonly freezeCommit: string;
  /** The engine's figures before the reading model, per split (baseline.json), shown beside today's. */
  readonly baseline?: Baseline;
}

/** What baseline.json holds: the totals per split of one earlier engine, and which engine. */
export interface Baseline {
  readonly engine: string;
  readonly splits: Readonly<Record<Split, Totals>>;
}

export function baselineOf(runs: readonly RealRun[], engine: string): Baseline {
  return { engine, splits: { test: totalsOf(runs.filter((r) => r.split === 'test')), dev: totalsOf(runs.filter((r) => r.split === 'dev')) } };
}

export function renderRealReport({ runs, freezeCommit, baseline }: RealReportInput): string {
  const of = (split: Split) => runs.filter((r) => r.split === split);
  const lines: string[] = [
    '## The real corpus',
    '',
    `Published articles rewritten and labelled blind (bench/accuracy/real/: [protocol](real/PROTOCOL.md), [manifest](real/MANIFEST.md)), every`,
    `collection of the default ledger loaded for every article, no \`--as-of\`. The test split was frozen in commit ${freezeCommit};`,
    'its failures are summarised by class only. Precision counts each wrongly reported label (or unlabelled span) once;',
    'recall is over claims labelled refuted; coverage is the share of labelled claims some extracted claim overlaps;',
    '"unverifiable" the share the checker read but judged unverifiable; plants are supported claims with one error planted.',
    '',
    HEAD,
    RULE,
    row('**test split**', totalsOf(of('test'))),
    row('dev split', totalsOf(of('dev'))),
    row('both', totalsOf(runs)),
    ...(baseline ? [row(`test split, baseline (${baseline.engine})`, baseline.splits.test), row(`dev split, baseline (${baseline.engine})`, baseline.splits.dev)] : []),
    '',
    '### Per collection (test split)',
    '',
    HEAD,
    RULE,
    ...byKey(of('test'), (r) => r.article.folder).map(([name, group]) => row(name, totalsOf(group))),
    '',
    '### Per collection (dev split)',
    '',
    HEAD,
    RULE,
    ...byKey(of('dev'), (r) => r.article.folder).map(([name, group]) => row(name, totalsOf(group))),
    '',
    '### Per rule (test split)',
    '',
    ...ruleRows(of('test')),
    '',
    '### Per rule (dev split)',
    '',
    ...ruleRows(of('dev')),
    '',
    '### Per claim kind (test split)',
    '',
    ...kindRows(of('test')),
    '',
    '### Per claim kind (dev split)',
    '',
    ...kindRows(of('dev')),
    '',
    '### Failures of the test split, by class',
    '',
    ...classCounts(of('test')),
    '',
    '### Failures of the dev split, by class',
    '',
    ...classCounts(of('dev')),
    '',
    ...devListing(of('dev')),
  ];
  return lines.join('\n');
}
