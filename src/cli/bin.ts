#!/usr/bin/env node
// The only module that touches `process`. When a startup snapshot exists for this Node, the command
// runs in a child started from it (see snapshot.ts): the child's exit code is this process's. A child
// that cannot be started leaves the command to run here.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundleOrModules, snapshotToUse } from './snapshot.js';

// A reader that stops early (`ledgerlint claims a.md | head`) closes the pipe: stop quietly, as other filters do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

async function runHere(): Promise<void> {
  const { run } = (await import(bundleOrModules(process.env))) as typeof import('./run.js');
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
    env: process.env,
    now: () => new Date(),
  });
}

const snapshot = snapshotToUse(process.env);
if (snapshot) {
  const child = spawn(process.execPath, ['--snapshot-blob', snapshot, fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('error', () => void runHere());
  child.on('exit', (code, signal) => {
    // Killed by a signal: the shell's convention, 128 + its number.
    process.exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
  });
} else {
  await runHere();
}
