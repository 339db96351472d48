/**
 * --shard i/n and `ledgerlint merge`: shards are disjoint, cover every file,
 * and depend only on paths relative to the working folder; merging every
 * shard's JSON (or SARIF) gives the bytes and the exit code of the single run,
 * also with the commands docs/ci/sharded-workflow.yml runs.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_FILES } from '../../src/cli/commands/check.js';
import { parseShard, selectShard } from '../../src/runner/shard.js';
import { runCli } from '../helpers.js';
import { corpus, corpusFiles, repo, reports, scratch, type Reports } from './corpus.js';

const pathsOf = (json: string): string[] => (JSON.parse(json) as { files: { path: string }[] }).files.map((f) => f.path);

/** Writes each shard's JSON and SARIF into `out`, named `shard-i.json` and `shard-i.sarif`. */
async function shards(argv: readonly string[], cwd: string, count: number, out: string): Promise<Reports[]> {
  mkdirSync(out, { recursive: true });
  const runs: Reports[] = [];
  for (let index = 1; index <= count; index++) {
    const run = await reports([...argv, '--shard', `${index}/${count}`], cwd);
    writeFileSync(path.join(out, `shard-${index}.json`), run.json);
    writeFileSync(path.join(out, `shard-${index}.sarif`), run.sarif);
    runs.push(run);
  }
  return runs;
}

const names = (count: number, ext: string) => Array.from({ length: count }, (_, i) => `shard-${i + 1}.${ext}`);

interface WorkflowStep {
  uses?: string;
  run?: string;
  name?: string;
  with?: Record<string, string | boolean>;
}

/** What docs/ci/sharded-workflow.yml does, read from it: the shards' arguments, where their reports land, the merge commands. */
function shardedWorkflow() {
  const { jobs } = parse(readFileSync(path.join(repo, 'docs/ci/sharded-workflow.yml'), 'utf8')) as {
    jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; steps: WorkflowStep[] }>;
  };
  const uses = (steps: WorkflowStep[], what: string) => steps.find((s) => s.uses?.startsWith(what))!;
  const forShard = (value: unknown, shard: number) => String(value).replaceAll('${{ matrix.shard }}', String(shard));
  const check = uses(jobs.check!.steps, 'OWNER/ledgerlint@').with!;
  const artifact = uses(jobs.check!.steps, 'actions/upload-artifact@').with!;
  const download = uses(jobs.merge!.steps, 'actions/download-artifact@').with!;
  const script = jobs.merge!.steps.find((s) => s.name === 'Merge the shards')!.run!;
  return {
    shards: jobs.check!.strategy!.matrix.shard,
    /** `ledgerlint check` arguments the action's `args` input adds for a shard. */
    argsOf: (shard: number) => forShard(check.args, shard).split(' '),
    /** The folder a shard's report folder (its artifact) is in after download-artifact, from the merge job's folder. */
    downloadedTo: (shard: number) => (download['merge-multiple'] ? String(download.path) : path.join(String(download.path), forShard(artifact.name, shard))),
    /** The merge step's `ledgerlint merge` commands, as words after `merge`. */
    merges: script.split('\n').flatMap((line) => {
      const command = line.trim().match(/^ledgerlint merge (.*?)(?: \|\|.*)?$/)?.[1];
      return command ? [command.split(/\s+/)] : [];
    }),
  };
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word as bash expands it in `cwd`: `*` matches within one path segment; no match leaves the word. */
function expandGlob(word: string, cwd: string): string[] {
  if (!word.includes('*')) return [word];
  let found = [''];
  for (const segment of word.split('/')) {
    const pattern = new RegExp(`^${segment.split('*').map(escapeRegExp).join('[^/]*')}$`);
    found = found.flatMap((dir) => {
      if (!segment.includes('*')) return [path.join(dir, segment)];
      try {
        return readdirSync(path.join(cwd, dir)).filter((name) => pattern.test(name) && !name.startsWith('.')).sort().map((name) => path.join(dir, name));
      } catch {
        return [];
      }
    });
  }
  const matched = found.filter((file) => existsSync(path.join(cwd, file)));
  return matched.length > 0 ? matched : [word];
}

describe('parseShard', () => {
  it('reads INDEX/COUNT and says what is wrong with anything else', () => {
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard('4')).toBe('`4` is not a shard: expected INDEX/COUNT, such as 1/4');
    expect(parseShard('a/b')).toBe('`a/b` is not a shard: expected INDEX/COUNT, such as 1/4');
    expect(parseShard('-1/4')).toBe('`-1/4` is not a shard: expected INDEX/COUNT, such as 1/4');
    expect(parseShard('1/0')).toBe('`1/0`: the shard count must be at least 1');
    expect(parseShard('0/4')).toBe('`0/4`: the shard index must be from 1 to 4');
    expect(parseShard('5/4')).toBe('`5/4`: the shard index must be from 1 to 4');
  });
});

describe('selectShard', () => {
  const relative = Array.from({ length: 200 }, (_, i) => `desk-${i % 7}/article ${i}.${i % 2 ? 'md' : 'txt'}`);

  it('gives disjoint shards that together are every file, in their order', () => {
    const cwd = '/archive';
    const files = relative.map((r) => path.join(cwd, r)).sort();
    for (const count of [1, 2, 3, 5, 8]) {
      const parts = Array.from({ length: count }, (_, i) => selectShard(files, { index: i + 1, count }, cwd));
      expect(parts.flat().sort()).toEqual(files);
      expect(new Set(parts.flat()).size).toBe(files.length);
      for (const part of parts) expect(part).toEqual(files.filter((f) => part.includes(f)));
      // A fair share: no shard of 200 files is empty or has half of them.
      if (count > 1) for (const part of parts) expect(part.length).toBeGreaterThan(200 / count / 3);
      if (count > 1) for (const part of parts) expect(part.length).toBeLessThan(200 / count * 2);
    }
  });

  it('depends only on the paths relative to the working folder', () => {
    const here = relative.map((r) => path.join('/home/ci/work/repo', r));
    const there = relative.map((r) => path.join('/runner/_work/checkout', r));
    for (let index = 1; index <= 5; index++) {
      const a = selectShard(here, { index, count: 5 }, '/home/ci/work/repo').map((f) => path.relative('/home/ci/work/repo', f));
      const b = selectShard(there, { index, count: 5 }, '/runner/_work/checkout').map((f) => path.relative('/runner/_work/checkout', f));
      expect(a).toEqual(b);
    }
  });
});

describe('--shard and merge on the corpus', () => {
  let dir: string;
  let out: string;
  let single: Reports;
  const byCount = new Map<number, Reports[]>();
  // A path given that does not exist: every shard reports it, the merge once.
  const argv = ['.', 'missing.md'];

  beforeAll(async () => {
    dir = corpus();
    out = scratch('shards');
    single = await reports(argv, dir);
    for (const count of [1, 2, 3, 5]) byCount.set(count, await shards(argv, dir, count, path.join(out, String(count))));
  }, 300_000);

  for (const count of [1, 2, 3, 5]) {
    it(`${count} shard(s): disjoint, covering every file`, () => {
      const parts = byCount.get(count)!.map((run) => pathsOf(run.json));
      expect(parts.flat().sort()).toEqual(corpusFiles());
      expect(new Set(parts.flat()).size).toBe(corpusFiles().length);
      if (count === 1) expect(byCount.get(1)![0]!.json).toBe(single.json);
    });

    it(`${count} shard(s): merged JSON and SARIF are the single run's bytes, with its exit code`, async () => {
      const cwd = path.join(out, String(count));
      const json = await runCli(['merge', ...names(count, 'json')], cwd);
      expect(json.stderr).toBe('');
      expect(json.stdout).toBe(single.json);
      expect(json.code).toBe(single.code);
      const sarif = await runCli(['merge', ...names(count, 'sarif')], cwd);
      expect(sarif.stderr).toBe('');
      expect(sarif.stdout).toBe(single.sarif);
      expect(sarif.code).toBe(single.code);
      // Any order of the shards on the command line.
      expect((await runCli(['merge', ...names(count, 'json').reverse()], cwd)).stdout).toBe(single.json);
      expect((await runCli(['merge', ...names(count, 'sarif').reverse()], cwd)).stdout).toBe(single.sarif);
    });
  }

  it('the single run exits 2 (unusable inputs and the missing path), and so does each shard with them', () => {
    expect(single.code).toBe(2);
    expect(JSON.parse(single.json).problems).toEqual([{ file: 'missing.md', message: 'cannot read: no such file or directory', severity: 'error' }]);
    for (const run of byCount.get(3)!) expect(run.code).toBe(2);
  });

  it('shards are the same from a copy of the tree in another folder', async () => {
    const copy = scratch('copy');
    cpSync(dir, copy, { recursive: true });
    for (let index = 1; index <= 3; index++) {
      const { stdout } = await runCli(['check', ...argv, '--shard', `${index}/3`, '--format', 'json'], copy);
      expect(pathsOf(stdout)).toEqual(pathsOf(byCount.get(3)![index - 1]!.json));
    }
  }, 120_000);

  it('merge --output writes the merged report atomically, and exits with the run\'s code', async () => {
    const cwd = path.join(out, '3');
    expect(await runCli(['merge', ...names(3, 'json'), '--output', 'merged.json'], cwd)).toEqual({ code: 2, stdout: '', stderr: '' });
    expect(readFileSync(path.join(cwd, 'merged.json'), 'utf8')).toBe(single.json);
    expect((await runCli(['merge', ...names(3, 'sarif'), '--format', 'sarif', '-o', 'merged.sarif'], cwd)).code).toBe(2);
    expect(readFileSync(path.join(cwd, 'merged.sarif'), 'utf8')).toBe(single.sarif);
  });

  // Was a known miss: the workflow merged JSON shards into SARIF and Markdown, which merge cannot
  // do (it still refuses: see `--format the reports are not in`). Now each shard keeps every format
  // (--report-dir) and the workflow merges the SARIF shards and the JSON shards each on their own.
  it('JSON and SARIF shards merged as the documented sharded workflow does: the single run\'s reports and exit code', async () => {
    const workflow = shardedWorkflow();
    expect(workflow.shards).toEqual([1, 2, 3, 4]);
    const job = scratch('workflow');
    for (const shard of workflow.shards) {
      // The action's run: its `args`, and every report into the report folder it uploads.
      const folder = path.join(job, workflow.downloadedTo(shard));
      const run = await runCli(['check', ...argv, ...workflow.argsOf(shard), '--format', 'json', '--report-dir', folder], dir);
      expect(run.code).toBe(2);
      expect(pathsOf(run.stdout)).toEqual(pathsOf(readFileSync(path.join(folder, REPORT_FILES.json), 'utf8')));
    }
    expect(workflow.merges.map((words) => words.at(-1))).toEqual(['ledgerlint.sarif', 'ledgerlint.json']);
    for (const words of workflow.merges) {
      const expanded = words.flatMap((word) => expandGlob(word, job));
      expect(expanded.filter((word) => word.endsWith('.sarif') || word.endsWith('.json'))).toHaveLength(workflow.shards.length + 1);
      expect(await runCli(['merge', ...expanded], job)).toEqual({ code: single.code, stdout: '', stderr: '' });
    }
    expect(readFileSync(path.join(job, 'ledgerlint.sarif'), 'utf8')).toBe(single.sarif);
    expect(readFileSync(path.join(job, 'ledgerlint.json'), 'utf8')).toBe(single.json);
  }, 120_000);
});

describe('merge: shards without files, and exit codes 0 and 1', () => {
  const TRUE = '---\ndate: 2025-11-05\n---\nVietnam has comprehensive strategic partnerships with 14 countries.\n';
  const STALE = '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n';

  for (const [what, files, code] of [
    ['all true', { 'a.md': TRUE, 'b.md': TRUE }, 0],
    ['an error', { 'a.md': TRUE, 'b.md': STALE }, 1],
    ['warnings only', { 'a.md': STALE, 'ledgerlint.config.yaml': 'rules:\n  stale-count: warn\n' }, 0],
  ] as const) {
    it(`${what}: five shards of ${Object.keys(files).filter((f) => f.endsWith('.md')).length} file(s) merge to the single run, exit ${code}`, async () => {
      const dir = scratch('small');
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
      const single = await reports(['.'], dir);
      expect(single.code).toBe(code);
      const out = scratch('small-shards');
      const runs = await shards(['.'], dir, 5, out);
      expect(runs.filter((run) => pathsOf(run.json).length === 0).length).toBeGreaterThanOrEqual(3);
      for (const run of runs) expect(run.code).toBe(pathsOf(run.json).includes('b.md') ? code : 0);
      const json = await runCli(['merge', ...names(5, 'json')], out);
      expect(json).toEqual({ code, stdout: single.json, stderr: '' });
      const sarif = await runCli(['merge', ...names(5, 'sarif')], out);
      expect(sarif).toEqual({ code, stdout: single.sarif, stderr: '' });
    }, 120_000);
  }
});

describe('merge of files outside the working folder', () => {
  // Known miss: a single run orders files by absolute path, but reports name the files outside the
  // working folder by absolute path and the others relative to it, and merge can only sort what the
  // reports say (SARIF even says file:///… for the outside ones). Sorting the single run by the
  // path reports show (and merge by the same key for both formats) would make them agree.
  it.fails('merged JSON is the single run\'s bytes when some files are outside the working folder', async () => {
    const dir = scratch('outside');
    const STALE = '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n';
    for (const file of ['a.md', 'work/b.md', 'z.md']) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), STALE);
    }
    const cwd = path.join(dir, 'work');
    const single = await runCli(['check', '..', '--format', 'json'], cwd);
    const out = scratch('outside-shards');
    for (let index = 1; index <= 2; index++) {
      writeFileSync(path.join(out, `shard-${index}.json`), (await runCli(['check', '..', '--format', 'json', '--shard', `${index}/2`], cwd)).stdout);
    }
    expect((await runCli(['merge', ...names(2, 'json')], out)).stdout).toBe(single.stdout);
  });
});

describe('merge refuses what is not the shards of one run', () => {
  let out: string;
  beforeAll(async () => {
    const dir = scratch('refuse');
    writeFileSync(path.join(dir, 'a.md'), '---\ndate: 2025-02-27\n---\nVietnam has comprehensive strategic partnerships with nine countries.\n');
    writeFileSync(path.join(dir, 'b.md'), '---\ndate: 2025-02-27\n---\nChina became a comprehensive strategic partner of Vietnam in May 2008.\n');
    const ledger = path.join(dir, 'other-ledger');
    cpSync(path.join(repo, 'ledger'), ledger, { recursive: true });
    const file = path.join(ledger, 'collections/vietnam-csp.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('      - entity: china\n        since: 2008-05\n', '      - entity: china\n        since: 2008-04\n'));
    out = scratch('refuse-out');
    const write = async (name: string, argv: string[]) => {
      const { stdout } = await runCli(['check', 'a.md', 'b.md', ...argv], dir);
      writeFileSync(path.join(out, name), stdout);
    };
    await write('1.json', ['--shard', '1/2', '--format', 'json']);
    await write('2.json', ['--shard', '2/2', '--format', 'json']);
    await write('2-other-ledger.json', ['--shard', '2/2', '--format', 'json', '--ledger', ledger]);
    await write('1.sarif', ['--shard', '1/2', '--format', 'sarif']);
    await write('2.sarif', ['--shard', '2/2', '--format', 'sarif']);
    await write('2-other-ledger.sarif', ['--shard', '2/2', '--format', 'sarif', '--ledger', ledger]);
    await write('2-as-of.json', ['--shard', '2/2', '--format', 'json', '--as-of', '2025-06']);
    writeFileSync(path.join(out, 'notes.txt'), 'not JSON\n');
    writeFileSync(path.join(out, 'other.json'), '{"name":"something else"}\n');
    writeFileSync(path.join(out, 'null.json'), 'null\n');
    writeFileSync(path.join(out, 'v9.json'), '{"version":9,"tool":{"name":"ledgerlint"},"files":[]}\n');
    const sarif = JSON.parse(readFileSync(path.join(out, '1.sarif'), 'utf8'));
    writeFileSync(path.join(out, 'two-runs.sarif'), JSON.stringify({ ...sarif, runs: [sarif.runs[0], sarif.runs[0]] }));
  }, 120_000);

  const refused = async (argv: string[], stderr: string) => {
    expect(await runCli(['merge', ...argv], out)).toEqual({ code: 2, stdout: '', stderr: `ledgerlint: merge: ${stderr}\n` });
  };

  it('reports written with different ledgers (JSON)', async () => {
    await refused(['1.json', '2-other-ledger.json'], '2-other-ledger.json was written with another ledger than 1.json: merge only the shards of one run');
  });

  it('JSON mixed with SARIF', async () => {
    await refused(['1.json', '2.sarif'], 'cannot merge JSON with SARIF: 1.json is json, 2.sarif is sarif');
  });

  it('files that are not reports, or not of this version', async () => {
    const notJson = await runCli(['merge', '1.json', 'notes.txt'], out);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^ledgerlint: merge: notes\.txt: not JSON: [^\n]+\n$/);
    await refused(['1.json', 'null.json'], 'null.json: neither a ledgerlint JSON report nor a SARIF log');
    await refused(['1.json', 'other.json'], 'other.json: neither a ledgerlint JSON report nor a SARIF log');
    await refused(['1.json', 'v9.json'], 'v9.json: JSON format version 9, this ledgerlint reads version 1');
    await refused(['two-runs.sarif'], 'two-runs.sarif: expected one run, found 2');
    await refused(['1.json', 'missing.json'], 'cannot read missing.json: no such file or directory');
  });

  it('no reports, or a --format the reports are not in', async () => {
    await refused([], 'give the JSON or SARIF reports of the shards');
    await refused(['1.json', '2.json', '--format', 'markdown'], '--format markdown: shards merge as they were written, json or sarif');
    await refused(['1.json', '2.json', '--format', 'sarif'], '--format sarif, but the reports are json');
  });

  it('the same shard twice', async () => {
    // (Which shard holds a.md depends on the hash of its path: find it.)
    const first = JSON.parse(readFileSync(path.join(out, '1.json'), 'utf8')).files.length > 0 ? '1' : '2';
    const file = JSON.parse(readFileSync(path.join(out, `${first}.json`), 'utf8')).files[0].path;
    await refused(['1.json', '2.json', `${first}.json`], `${first}.json and ${first}.json both report ${file}: merge each shard once`);
    const withResults = JSON.parse(readFileSync(path.join(out, '1.sarif'), 'utf8')).runs[0].results.length > 0 ? '1' : '2';
    const uri = JSON.parse(readFileSync(path.join(out, `${withResults}.sarif`), 'utf8')).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
    await refused([`${withResults}.sarif`, '1.sarif', '2.sarif'], `${withResults}.sarif and ${withResults}.sarif both report ${uri}: merge each shard once`);
  });

  // Design question: SARIF carries no trace of the ledger (JSON has ledger.hash), so shards checked
  // against different ledgers merge silently. Recording the ledger's hash in the run's `properties`
  // (or `automationDetails`) would let merge refuse them as it does for JSON.
  it.fails('reports written with different ledgers (SARIF)', async () => {
    await refused(['1.sarif', '2-other-ledger.sarif'], '2-other-ledger.sarif was written with another ledger than 1.sarif: merge only the shards of one run');
  });

  // Design question: neither format records --as-of or the rule levels, so shards checked with
  // different options merge into a report no single run would write.
  it.fails('reports checked at different --as-of dates', async () => {
    expect((await runCli(['merge', '1.json', '2-as-of.json'], out)).code).toBe(2);
  });
});
