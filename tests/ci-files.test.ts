/**
 * The GitHub Action (action.yml) and the example workflows in docs/ci/:
 * their wiring, read with the yaml package — every input used exists and
 * every one declared is used, inputs reach scripts only through the
 * environment, the action runs `check` once, the SARIF upload reads the file
 * that was written, the shards' artifacts hold the files the merge reads —
 * and the scripts run for real against the built CLI (npm test builds dist/
 * first): the action's check script, and the sharded workflow end to end.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_FILES } from '../src/cli/commands/check.js';
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
/** An input as a step gives it, or its default. */
const inputOf = (step: Step, name: string): string => String(step.with?.[name] ?? action.inputs[name]!.default ?? '');
const scratch = (what: string): string => mkdtempSync(path.join(tmpdir(), `ledgerlint-${what}-`));

/**
 * Runs a step's bash script as GitHub does (`bash --noprofile --norc -eo pipefail`), with `node`
 * and `ledgerlint` on PATH through shims that log every start of the CLI (one line of arguments
 * each, separated by tabs): returns the result and the starts.
 */
function runScript(script: string, cwd: string, env: Record<string, string>) {
  const bin = scratch('bin');
  const log = path.join(bin, 'starts.log');
  const shim = (name: string, target: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/sh\n(IFS='\t'; printf '%s\\n' "$*") >> '${log}'\nexec ${target} "$@"\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  shim('node', `'${process.execPath}'`);
  // As the action's install step writes it.
  shim('ledgerlint', `'${process.execPath}' '${repo}/dist/cli/bin.js'`);
  const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', script], {
    cwd,
    env: { PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
  });
  const starts = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(0, -1).map((line) => line.split('\t')) : [];
  return { ...result, starts };
}

/** The `ledgerlint merge` commands of a script, as words (what follows `||` left out). */
const mergeCommands = (script: string): string[][] =>
  script.split('\n').flatMap((line) => {
    const command = line.trim().match(/^ledgerlint merge (.*?)(?: \|\|.*)?$/)?.[1];
    return command ? [command.split(/\s+/)] : [];
  });

describe('action.yml', () => {
  const steps = action.runs.steps;
  const expressions = JSON.stringify([steps, action.outputs]).match(/\$\{\{[^}]*\}\}/g) ?? [];
  const used = new Set(expressions.flatMap((e) => [...e.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!)));
  const conditions = steps.flatMap((s) => (s.if ? [...s.if.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]!) : []));

  it('is a composite action whose every input is declared, described and used', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'ledger', 'format', 'args', 'sarif-file', 'report-dir', 'node-version']);
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toMatch(/\S/);
    const referenced = new Set([...used, ...conditions]);
    expect([...referenced].filter((name) => !(name in action.inputs))).toEqual([]);
    expect(Object.keys(action.inputs).filter((name) => !referenced.has(name))).toEqual([]);
    expect(action.outputs).toEqual({
      'sarif-file': { description: expect.any(String), value: '${{ inputs.sarif-file }}' },
      'report-dir': { description: expect.any(String), value: '${{ inputs.report-dir }}' },
    });
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

  it('passes the check step only flags the CLI has, and starts the CLI once', () => {
    const script = stepNamed(steps, 'Check articles').run!;
    const flags = [...new Set(script.match(/--[a-z][\w-]*/g))];
    expect(flags.sort()).toEqual(['--format', '--ledger', '--report-dir']);
    for (const flag of flags) expect(HELP).toContain(`  ${flag} `);
    expect(script.match(/\bnode\b/g)).toEqual(['node']);
    expect(script.match(/"\$\{cli\[@\]\}"/g)).toEqual(['"${cli[@]}"']);
  });

  it('pins the actions it uses to a major version', () => {
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(['actions/setup-node@v4']);
  });
});

// Each case starts the CLI once: seconds, not milliseconds, on a busy machine.
describe('the action\'s check script, run against the built CLI', { timeout: 60_000 }, () => {
  const script = stepNamed(action.runs.steps, 'Check articles').run!;
  const STALE = '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n';
  const TRUE = '---\ndate: 2025-11-05\n---\nVietnam has comprehensive strategic partnerships with 14 countries.\n';
  const WRITTEN = `${Object.values(REPORT_FILES).join(', ')}\n`;

  function workspace(): string {
    const dir = scratch('action');
    mkdirSync(path.join(dir, 'news'));
    mkdirSync(path.join(dir, 'more'));
    writeFileSync(path.join(dir, 'news/a.md'), STALE);
    writeFileSync(path.join(dir, 'more/b.md'), TRUE);
    return dir;
  }

  /** The step run in `dir` with these inputs (unset ones as the action's defaults give them); `temp` is $RUNNER_TEMP. */
  function runStep(dir: string, inputs: Record<string, string>) {
    const temp = scratch('runner-temp');
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, input.default ?? '']));
    const result = runScript(script, dir, { GITHUB_ACTION_PATH: repo, RUNNER_TEMP: temp, ...defaults, ...inputs });
    const bin = path.join(repo, 'dist/cli/bin.js');
    // Every start of the CLI is `node bin.js check …`.
    for (const start of result.starts) expect(start.slice(0, 2)).toEqual([bin, 'check']);
    return { ...result, temp, checks: result.starts.map((start) => start.slice(2)) };
  }

  it('annotates the findings, writes the job summary and the SARIF file, and exits 1, in one run', () => {
    expect(existsSync(path.join(repo, 'dist/cli/bin.js'))).toBe(true);
    const dir = workspace();
    const summary = path.join(dir, 'step-summary.md');
    const ledger = path.relative(dir, path.join(repo, 'ledger'));
    const result = runStep(dir, {
      GITHUB_STEP_SUMMARY: summary,
      INPUT_PATHS: 'news\nmore',
      INPUT_LEDGER: ledger,
      INPUT_FORMAT: 'github',
      INPUT_ARGS: '',
      INPUT_SARIF_FILE: 'ledgerlint.sarif',
    });
    // One run, with every report into a new folder under $RUNNER_TEMP, from which the SARIF is copied.
    const [reports] = readdirSync(result.temp);
    expect(reports).toMatch(/^ledgerlint-reports\.\w{6}$/);
    const folder = path.join(result.temp, reports!);
    expect(result.checks).toEqual([['news', 'more', '--ledger', ledger, '--report-dir', folder, '--format', 'github']]);
    expect(result.stderr).toBe(`reports written to ${path.relative(dir, folder)}/: ${WRITTEN}`);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=news\/a\.md,line=4,col=55,endLine=4,endColumn=69,title=stale-count::`nine` countries /);
    const text = readFileSync(path.join(dir, 'ledgerlint.sarif'), 'utf8');
    expect(text).toBe(readFileSync(path.join(folder, REPORT_FILES.sarif), 'utf8'));
    const results = JSON.parse(text).runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
    expect(results.map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([['stale-count', 'news/a.md']]);
    // Both folders, given on two lines, were checked; the summary was written once.
    expect(readFileSync(summary, 'utf8')).toMatch(/^# ledgerlint report\n\n2 articles, 2 claims: \*\*1 refuted\*\*, 1 supported/);
    expect(readFileSync(summary, 'utf8').match(/^# ledgerlint report$/gm)).toHaveLength(1);
    // Only the reports asked for land in the workspace.
    expect(readdirSync(dir).sort()).toEqual(['ledgerlint.sarif', 'more', 'news', 'step-summary.md']);
  });

  it('keeps every report in `report-dir` and the SARIF file in a folder it creates, from the same run', () => {
    const dir = workspace();
    const result = runStep(dir, { INPUT_PATHS: 'news more', INPUT_FORMAT: 'json', INPUT_SARIF_FILE: 'out/scan/ledgerlint.sarif', INPUT_REPORT_DIR: 'out/reports' });
    expect(result.status).toBe(1);
    expect(result.checks).toHaveLength(1);
    expect(result.checks[0]).toContain('--report-dir');
    expect(readdirSync(path.join(dir, 'out/reports')).sort()).toEqual(Object.values(REPORT_FILES).sort());
    const kept = (name: string) => readFileSync(path.join(dir, 'out/reports', name), 'utf8');
    // The log's JSON and the kept JSON are the one run's.
    expect(kept(REPORT_FILES.json)).toBe(result.stdout);
    expect(JSON.parse(result.stdout).summary).toMatchObject({ files: 2, refuted: 1, supported: 1 });
    expect(readFileSync(path.join(dir, 'out/scan/ledgerlint.sarif'), 'utf8')).toBe(kept(REPORT_FILES.sarif));
    expect(kept(REPORT_FILES.markdown)).toMatch(/^# ledgerlint report\n\n2 articles, 2 claims: \*\*1 refuted\*\*, 1 supported/);
    expect(kept(REPORT_FILES.html)).toMatch(/^<!doctype html>/i);
  });

  it('passes `args` through as words, and exits 0 with no report folder when no SARIF is asked for', () => {
    const dir = workspace();
    const result = runStep(dir, { INPUT_PATHS: 'more', INPUT_LEDGER: '', INPUT_FORMAT: 'stylish', INPUT_ARGS: '--as-of 2025-11-05 --no-color', INPUT_SARIF_FILE: '' });
    expect(result.checks).toEqual([['more', '--as-of', '2025-11-05', '--no-color', '--format', 'stylish']]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('✔ 0 errors, 0 warnings in 1 file\n1 claim checked, 1 verdict: 1 supported, 0 refuted, 0 unverifiable\n');
    expect(readdirSync(result.temp)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['more', 'news']);
  });

  it('exits 2 with the CLI\'s reason when the arguments cannot be used, and copies no report', () => {
    const dir = workspace();
    const result = runStep(dir, { INPUT_PATHS: 'news', INPUT_LEDGER: '', INPUT_FORMAT: 'github', INPUT_ARGS: '--as-of someday', INPUT_SARIF_FILE: 'ledgerlint.sarif', INPUT_REPORT_DIR: 'reports' });
    expect(result.status).toBe(2);
    expect(result.checks).toHaveLength(1);
    expect(result.stderr.split('\n')[0]).toMatch(/^ledgerlint: --as-of: /);
    expect(readdirSync(dir).sort()).toEqual(['more', 'news']);
  });

  it('exits 2, not 1, when the SARIF file cannot be written, naming it', () => {
    const dir = workspace();
    const result = runStep(dir, { INPUT_PATHS: 'news', INPUT_FORMAT: 'github', INPUT_SARIF_FILE: 'news/a.md/ledgerlint.sarif' });
    expect(result.status).toBe(2);
    expect(result.stdout).toMatch(/^::error file=news\/a\.md,/);
    expect(result.stderr.split('\n').slice(1).join('\n')).toMatch(/^mkdir: [^\n]*news\/a\.md[^\n]*\n$/);
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
  const [shardStep] = ledgerlintSteps(check.steps);
  const [shardUpload] = usesOf(check.steps, 'actions/upload-artifact@');
  const [install] = ledgerlintSteps(merge.steps);
  const [download] = usesOf(merge.steps, 'actions/download-artifact@');
  const mergeStep = stepNamed(merge.steps, 'Merge the shards');
  const commands = mergeCommands(mergeStep.run!);
  /** The `merge` command reading the shards' `file`, and the file it writes. */
  const mergeOf = (file: string) => {
    const command = commands.find((words) => words[0] === `${download!.with!.path}/*/${file}`);
    if (!command) throw new Error(`no merge of ${file}`);
    return { command, output: flagValue(command.join(' '), '--output')! };
  };
  const matrix = check.strategy!.matrix!.shard as number[];
  const forShard = (value: string | number | boolean | undefined, shard: number) => String(value).replaceAll('${{ matrix.shard }}', String(shard));

  it('checks four shards, each to the end, in one run of the action that keeps every report', () => {
    expect(check.strategy).toEqual({ 'fail-fast': false, matrix: { shard: [1, 2, 3, 4] } });
    expect(shardStep!.with!.args).toBe(`--shard \${{ matrix.shard }}/${matrix.length}`);
    expect(Object.keys(shardStep!.with!).filter((name) => !(name in action.inputs))).toEqual([]);
    // The github format: annotations, and the shard's Markdown report in its job summary.
    expect(inputOf(shardStep!, 'format')).toBe('github');
    expect(inputOf(shardStep!, 'sarif-file')).toBe('');
    expect(inputOf(shardStep!, 'report-dir')).toMatch(/^[\w.-]+$/);
  });

  it('keeps each shard\'s report folder as its own artifact, also when the shard found errors', () => {
    expect(shardUpload!.with!.path).toBe(inputOf(shardStep!, 'report-dir'));
    expect(shardUpload!.with!.name).toMatch(/\$\{\{ matrix\.shard \}\}/);
    expect(shardUpload!.with!['if-no-files-found']).toBe('error');
    expect(shardUpload!.if).toContain('!cancelled()');
    expect(check.steps.indexOf(shardUpload!)).toBeGreaterThan(check.steps.indexOf(shardStep!));
  });

  it('downloads every shard into its own folder, after every shard, with ledgerlint installed', () => {
    expect(merge.needs).toBe('check');
    expect(merge.if).toContain('!cancelled()');
    expect(merge.permissions).toMatchObject({ 'security-events': 'write' });
    expect(install!.with).toEqual({ paths: '' });
    const pattern = new RegExp(`^${String(download!.with!.pattern).replace(/\*/g, '.*')}$`);
    for (const shard of matrix) expect(forShard(shardUpload!.with!.name, shard)).toMatch(pattern);
    // The shards' files have the same names: merged into one folder, they would overwrite each other.
    expect(download!.with!['merge-multiple']).toBeUndefined();
    expect(merge.steps.indexOf(install!)).toBeLessThan(merge.steps.indexOf(mergeStep));
    expect(merge.steps.indexOf(download!)).toBeLessThan(merge.steps.indexOf(mergeStep));
  });

  it('merges the shards\' SARIF and JSON, each in its own format, and fails the step with the worst exit code', () => {
    expect(commands).toEqual([
      [`${download!.with!.path}/*/${REPORT_FILES.sarif}`, '--output', 'ledgerlint.sarif'],
      [`${download!.with!.path}/*/${REPORT_FILES.json}`, '--output', 'ledgerlint.json'],
    ]);
    expect(mergeStep.shell).toBe('bash');
    expect(mergeStep.run!.trim().split('\n').at(-1)).toBe('exit "$code"');
  });

  it('uploads the merged SARIF to code scanning and keeps the merged JSON, also when the merge found errors', () => {
    const [sarifUpload] = usesOf(merge.steps, 'github/codeql-action/upload-sarif@');
    const [jsonUpload] = usesOf(merge.steps, 'actions/upload-artifact@');
    const sarif = mergeOf(REPORT_FILES.sarif).output;
    const json = mergeOf(REPORT_FILES.json).output;
    expect(sarifUpload!.with!.sarif_file).toBe(sarif);
    expect(jsonUpload!.with!.path).toBe(json);
    // Not one of the shards' artifacts, which the download's pattern takes.
    expect(String(jsonUpload!.with!.name)).not.toMatch(new RegExp(`^${String(download!.with!.pattern).replace(/\*/g, '.*')}$`));
    for (const [upload, file] of [[sarifUpload!, sarif], [jsonUpload!, json]] as const) {
      expect(upload.if).toContain('!cancelled()');
      expect(upload.if).toContain(`hashFiles('${file}')`);
      expect(merge.steps.indexOf(upload)).toBeGreaterThan(merge.steps.indexOf(mergeStep));
    }
  });

  // Five starts of the CLI per shard count: seconds.
  it('run end to end: the shards through the action\'s script, their artifacts as download-artifact lays them out, and the merge step give the single run\'s SARIF and JSON, and exit 1', { timeout: 120_000 }, () => {
    const STALE = '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n';
    const TRUE = '---\ndate: 2025-11-05\n---\nVietnam has comprehensive strategic partnerships with 14 countries.\n';
    const checkout = scratch('checkout');
    const articles = path.join(checkout, String(shardStep!.with!.paths));
    mkdirSync(articles);
    for (let i = 0; i < 8; i++) writeFileSync(path.join(articles, `${i}.md`), i % 3 === 0 ? STALE : TRUE);
    const script = stepNamed(action.runs.steps, 'Check articles').run!;
    /** The action's step in a fresh copy of the checkout, as a job would run it; returns the workspace. */
    const runAction = (args: string, summary: string): string => {
      const workspace = scratch('workspace');
      cpSync(checkout, workspace, { recursive: true });
      const inputs = Object.fromEntries(Object.keys(action.inputs).map((name) => [`INPUT_${name.toUpperCase().replace(/-/g, '_')}`, inputOf(shardStep!, name)]));
      const result = runScript(script, workspace, { ...inputs, INPUT_ARGS: args, GITHUB_ACTION_PATH: repo, RUNNER_TEMP: scratch('runner-temp'), GITHUB_STEP_SUMMARY: summary });
      expect(result.starts, 'one start of the CLI').toHaveLength(1);
      expect(result.status, result.stderr).toBeLessThanOrEqual(1);
      return workspace;
    };
    const reportDir = inputOf(shardStep!, 'report-dir');
    const single = path.join(runAction('', path.join(scratch('summary'), 'single.md')), reportDir);

    const job = scratch('merge-job');
    const shardFiles: string[][] = [];
    for (const shard of matrix) {
      const summary = path.join(scratch('summary'), 'summary.md');
      const workspace = runAction(forShard(shardStep!.with!.args, shard), summary);
      expect(readFileSync(summary, 'utf8')).toMatch(/^# ledgerlint report\n/);
      // upload-artifact of a folder keeps what is inside it; download-artifact puts each artifact in a
      // folder of its name, or all in one with merge-multiple.
      const into = download!.with!['merge-multiple'] ? '' : forShard(shardUpload!.with!.name, shard);
      cpSync(path.join(workspace, String(shardUpload!.with!.path)), path.join(job, String(download!.with!.path), into), { recursive: true });
      shardFiles.push(JSON.parse(readFileSync(path.join(workspace, reportDir, REPORT_FILES.json), 'utf8')).files.map((f: { path: string }) => f.path));
    }
    // The shards split the articles: more than one holds some.
    expect(shardFiles.flat().sort()).toEqual(readdirSync(articles).map((f) => `${String(shardStep!.with!.paths)}/${f}`).sort());
    expect(shardFiles.filter((files) => files.length > 0).length).toBeGreaterThan(1);

    const result = runScript(mergeStep.run!, job, {});
    expect(result.stderr).toBe('');
    // Each command once, its pattern matching every shard's file.
    const shardsOf = (file: string) => matrix.map((shard) => `${download!.with!.path}/${forShard(shardUpload!.with!.name, shard)}/${file}`);
    expect(result.starts).toEqual([
      ['merge', ...shardsOf(REPORT_FILES.sarif), '--output', mergeOf(REPORT_FILES.sarif).output],
      ['merge', ...shardsOf(REPORT_FILES.json), '--output', mergeOf(REPORT_FILES.json).output],
    ]);
    expect(result.status).toBe(1);
    for (const file of [REPORT_FILES.sarif, REPORT_FILES.json]) {
      expect(readFileSync(path.join(job, mergeOf(file).output), 'utf8'), file).toBe(readFileSync(path.join(single, file), 'utf8'));
    }
  });
});
