/**
 * The GitHub Action (action.yml) and the example workflows in docs/ci/:
 * their wiring, read with the yaml package — every input used exists and
 * every one declared is used, inputs reach scripts only through the
 * environment, the SARIF upload reads the file that was written, the shards'
 * artifacts are the files the merge reads — and the action's check script
 * run for real against the built CLI (npm test builds dist/ first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HELP } from '../src/cli/run.js';

const repo = path.resolve(import.meta.dirname, '..');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { 'fail-fast'?: boolean; matrix?: Record<string, unknown> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs?: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const read = <T>(file: string): T => parse(readFileSync(path.join(repo, file), 'utf8')) as T;
const action = read<Action>('action.yml');
const stepNamed = (steps: Step[], name: string): Step => {
  const step = steps.find((s) => s.name === name);
  if (!step) throw new Error(`no step named ${name}`);
  return step;
};
const usesOf = (steps: Step[], what: string): Step[] => steps.filter((s) => s.uses?.startsWith(what));
/** The ledgerlint action in a workflow: `OWNER/ledgerlint@ref`. */
const ledgerlintSteps = (steps: Step[]): Step[] => steps.filter((s) => /^[^/]+\/ledgerlint@v\d/.test(s.uses ?? ''));
/** `--flag value` in a command line; the value may hold a `${{ expression }}`. */
const flagValue = (line: string, flag: string): string | undefined => line.match(new RegExp(`${flag} ((?:\\$\\{\\{[^}]*\\}\\}|\\S)+)`))?.[1];

describe('action.yml', () => {
  const steps = action.runs.steps;
  const expressions = JSON.stringify([steps, action.outputs]).match(/\$\{\{[^}]*\}\}/g) ?? [];
  const used = new Set(expressions.flatMap((e) => [...e.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!)));
  const conditions = steps.flatMap((s) => (s.if ? [...s.if.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!) : []));

  it('is a composite action whose every input is declared, described and used', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'ledger', 'format', 'args', 'sarif-file', 'node-version']);
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toMatch(/\S/);
    const referenced = new Set([...used, ...conditions]);
    expect([...referenced].filter((name) => !(name in action.inputs))).toEqual([]);
    expect(Object.keys(action.inputs).filter((name) => !referenced.has(name))).toEqual([]);
  });

  it('gives every run step a shell and pastes no expression into a script', () => {
    for (const step of steps.filter((s) => s.run)) {
      expect(step.shell, step.name).toBe('bash');
      expect(step.run, step.name).not.toContain('${{');
    }
  });

  it('sets every environment variable its scripts read', () => {
    for (const step of steps.filter((s) => s.run)) {
      const read = new Set([...step.run!.matchAll(/\$\{?(INPUT_\w+)/g)].map((m) => m[1]!));
      expect([...read].filter((name) => !(name in (step.env ?? {}))), step.name).toEqual([]);
    }
  });

  it('passes the check step only flags the CLI has', () => {
    const script = stepNamed(steps, 'Check articles').run!;
    const flags = [...new Set(script.match(/--[a-z][\w-]*/g))];
    expect(flags.sort()).toEqual(['--format', '--ledger', '--output']);
    for (const flag of flags) expect(HELP).toContain(`  ${flag} `);
  });

  it('pins the actions it uses to a major version', () => {
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(['actions/setup-node@v4']);
  });
});

// Each case starts the CLI once or twice: seconds, not milliseconds, on a busy machine.
describe('the action\'s check script, run against the built CLI', { timeout: 60_000 }, () => {
  const script = stepNamed(action.runs.steps, 'Check articles').run!;
  const STALE = '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n';
  const TRUE = '---\ndate: 2025-11-05\n---\nVietnam has comprehensive strategic partnerships with 14 countries.\n';

  function workspace(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-action-'));
    mkdirSync(path.join(dir, 'news'));
    mkdirSync(path.join(dir, 'more'));
    writeFileSync(path.join(dir, 'news/a.md'), STALE);
    writeFileSync(path.join(dir, 'more/b.md'), TRUE);
    return dir;
  }

  function runStep(dir: string, inputs: Record<string, string>) {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_ACTION_PATH: repo, ...inputs };
    return spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], { cwd: dir, env, encoding: 'utf8' });
  }

  it('annotates the findings, writes the job summary and the SARIF file, and exits 1', () => {
    expect(existsSync(path.join(repo, 'dist/cli/bin.js'))).toBe(true);
    const dir = workspace();
    const summary = path.join(dir, 'step-summary.md');
    const result = runStep(dir, {
      GITHUB_STEP_SUMMARY: summary,
      INPUT_PATHS: 'news\nmore',
      INPUT_LEDGER: path.relative(dir, path.join(repo, 'ledger')),
      INPUT_FORMAT: 'github',
      INPUT_ARGS: '',
      INPUT_SARIF_FILE: 'ledgerlint.sarif',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=news\/a\.md,line=4,col=55,endLine=4,endColumn=69,title=stale-count::`nine` countries /);
    const sarif = JSON.parse(readFileSync(path.join(dir, 'ledgerlint.sarif'), 'utf8'));
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    expect(results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([['stale-count', 'news/a.md']]);
    // Both folders, given on two lines, were checked.
    expect(readFileSync(summary, 'utf8')).toMatch(/^# ledgerlint report\n\n2 articles, 2 claims: \*\*1 refuted\*\*, 1 supported/);
  });

  it('passes `args` through as words, and exits 0 with no SARIF when none is asked for', () => {
    const dir = workspace();
    const result = runStep(dir, { INPUT_PATHS: 'more', INPUT_LEDGER: '', INPUT_FORMAT: 'stylish', INPUT_ARGS: '--as-of 2025-11-05 --no-color', INPUT_SARIF_FILE: '' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('✔ 0 errors, 0 warnings in 1 file\n1 claim checked, 1 verdict: 1 supported, 0 refuted, 0 unverifiable\n');
    expect(existsSync(path.join(dir, 'ledgerlint.sarif'))).toBe(false);
  });

  it('exits 2 with the CLI\'s reason when the arguments cannot be used', () => {
    const dir = workspace();
    const result = runStep(dir, { INPUT_PATHS: 'news', INPUT_LEDGER: '', INPUT_FORMAT: 'github', INPUT_ARGS: '--as-of someday', INPUT_SARIF_FILE: 'ledgerlint.sarif' });
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^ledgerlint: --as-of: /);
  });
});

describe('docs/ci/github-workflow.yml', () => {
  const workflow = read<Workflow>('docs/ci/github-workflow.yml');
  const steps = workflow.jobs.check!.steps;

  it('runs on pull requests with the permission to upload SARIF', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions).toMatchObject({ contents: 'read', 'security-events': 'write' });
  });

  it('checks out the whole history, so --changed-since finds the merge base', () => {
    expect(usesOf(steps, 'actions/checkout@')[0]!.with).toEqual({ 'fetch-depth': 0 });
  });

  it('gives the action only its own inputs, with --changed-since the pull request\'s base on pull requests', () => {
    const [step] = ledgerlintSteps(steps);
    expect(Object.keys(step!.with!).filter((name) => !(name in action.inputs))).toEqual([]);
    expect(step!.with!.args).toContain("format('--changed-since origin/{0}', github.base_ref)");
    expect(step!.with!.args).toContain("github.event_name == 'pull_request'");
  });

  it('uploads the SARIF file the action wrote, also when the check failed', () => {
    const [check] = ledgerlintSteps(steps);
    const [upload] = usesOf(steps, 'github/codeql-action/upload-sarif@');
    expect(upload!.with!.sarif_file).toBe(check!.with!['sarif-file']);
    expect(upload!.if).toContain('!cancelled()');
    expect(upload!.if).toContain(`hashFiles('${check!.with!['sarif-file']}')`);
    expect(steps.indexOf(upload!)).toBeGreaterThan(steps.indexOf(check!));
  });
});

describe('docs/ci/sharded-workflow.yml', () => {
  const workflow = read<Workflow>('docs/ci/sharded-workflow.yml');
  const check = workflow.jobs.check!;
  const merge = workflow.jobs.merge!;

  it('checks four shards, each to the end', () => {
    expect(check.strategy).toEqual({ 'fail-fast': false, matrix: { shard: [1, 2, 3, 4] } });
    const [step] = ledgerlintSteps(check.steps);
    expect(String(step!.with!.args)).toMatch(/^--shard \$\{\{ matrix\.shard \}\}\/4 /);
    expect(step!.with).toMatchObject({ format: 'json', 'sarif-file': '' });
    expect(Object.keys(step!.with!).filter((name) => !(name in action.inputs))).toEqual([]);
  });

  it('keeps each shard\'s JSON report as an artifact, also when the shard found errors', () => {
    const [step] = ledgerlintSteps(check.steps);
    const [upload] = usesOf(check.steps, 'actions/upload-artifact@');
    expect(upload!.with!.path).toBe(flagValue(String(step!.with!.args), '--output'));
    expect(upload!.if).toContain('!cancelled()');
  });

  it('merges the downloaded reports after every shard, and uploads the merged SARIF', () => {
    expect(merge.needs).toBe('check');
    expect(merge.if).toContain('!cancelled()');
    expect(merge.permissions).toMatchObject({ 'security-events': 'write' });
    const [install] = ledgerlintSteps(merge.steps);
    expect(install!.with).toEqual({ paths: '' });
    const [download] = usesOf(merge.steps, 'actions/download-artifact@');
    const [upload] = usesOf(check.steps, 'actions/upload-artifact@');
    const pattern = new RegExp(`^${String(download!.with!.pattern).replace(/\*/g, '.*')}$`);
    expect(String(upload!.with!.name).replace('${{ matrix.shard }}', '3')).toMatch(pattern);
    expect(download!.with!['merge-multiple']).toBe(true);
    const script = stepNamed(merge.steps, 'Merge the shards').run!;
    expect(script).toContain(`ledgerlint merge ${download!.with!.path}/*.json --format sarif --output `);
    const [sarifUpload] = usesOf(merge.steps, 'github/codeql-action/upload-sarif@');
    expect(sarifUpload!.with!.sarif_file).toBe(flagValue(script, '--output'));
    expect(merge.steps.indexOf(install!)).toBeLessThan(merge.steps.indexOf(stepNamed(merge.steps, 'Merge the shards')));
  });
});
