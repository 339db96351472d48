/**
 * Runs the built CLI (node dist/cli/bin.js, exactly as installed) in a child
 * process and reads its wall time, exit code and peak RSS. The RSS comes from
 * GNU time (`/usr/bin/time -f %M`): the largest resident set of any process
 * in the tree, since the CLI may restart itself from a startup snapshot in a
 * child; worker threads share their process. Without GNU time the CLI runs
 * in process through measured-cli.mjs. A flag the CLI does not know yet
 * (exit 2, "Unknown option") is reported as such rather than as a failure.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MEASURED_CLI = fileURLToPath(new URL('./measured-cli.mjs', import.meta.url));
const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
const GNU_TIME = '/usr/bin/time';

export type CliRun =
  | { readonly ok: true; readonly seconds: number; readonly exitCode: number; readonly maxRssMb?: number }
  | { readonly ok: false; readonly reason: 'unknown-flag' | 'failed'; readonly message: string };

export interface CliOptions {
  readonly cwd?: string;
  /** Read the peak RSS (default true); without it the CLI runs bare, for wall time alone. */
  readonly rss?: boolean;
}

let gnuTime: boolean | undefined;

/** Whether /usr/bin/time is GNU time, which takes -f %M. */
export function hasGnuTime(): boolean {
  gnuTime ??= spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
  return gnuTime;
}

export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ledgerlint-rss-'));
  const rssFile = path.join(scratch, 'rss');
  const measure = options.rss !== false;
  const [command, commandArgs, env] = !measure
    ? [process.execPath, [BIN, ...args], process.env]
    : hasGnuTime()
      ? [GNU_TIME, ['-f', 'maxrss-kb=%M', '-o', rssFile, process.execPath, BIN, ...args], process.env]
      : [process.execPath, [MEASURED_CLI, ...args], { ...process.env, LEDGERLINT_NO_SNAPSHOT: '1' }];
  try {
    const started = performance.now();
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve, reject) => {
      const child = spawn(command, commandArgs, { cwd: options.cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        // Keep the head (why a run failed) and the tail (measured-cli's RSS line), not a flood of warnings.
        stderr = stderr.length < 20_000 ? stderr + chunk : stderr.slice(0, 10_000) + stderr.slice(-10_000) + chunk;
      });
      child.on('error', reject);
      child.on('close', (status) => resolve({ code: status ?? -1, stderr }));
    });
    const seconds = (performance.now() - started) / 1000;
    if (code === 2 && /Unknown option/i.test(stderr)) return { ok: false, reason: 'unknown-flag', message: firstLine(stderr) };
    if (code !== 0 && code !== 1) return { ok: false, reason: 'failed', message: `exit ${code}: ${firstLine(stderr)}` };
    const rss = /maxrss-kb=(\d+)/.exec(measure && hasGnuTime() ? readFileSync(rssFile, 'utf8') : stderr);
    return { ok: true, seconds, exitCode: code, ...(measure && rss ? { maxRssMb: Number(rss[1]) / 1024 } : {}) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() && !line.startsWith('Command exited'))?.trim() ?? '(no message)';
}
