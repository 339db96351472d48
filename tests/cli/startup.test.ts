/**
 * What makes a cold start fast must not change a result: the compiled-ledger
 * cache, the bundled CLI and the startup snapshot each give the same bytes
 * as the plain path. (How fast they are is measured in bench/, not here.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLedger, validateLedger } from '../../src/ledger/load.js';
import { userCompiledDir } from '../../src/ledger/compiled.js';

const BIN = path.resolve('dist/cli/bin.js');
const SAMPLE = 'sources/2025-02-27-hanoi-times-diplomacy-through-csp.txt';

function cli(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [BIN, 'check', SAMPLE, '--format', 'json', '--no-config'], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the compiled-ledger cache', () => {
  it('gives back the ledger that parsing and validating give', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'll-compiled-'));
    cpSync('ledger', dir, { recursive: true });
    const fresh = (await validateLedger(dir)).ledger;
    const first = await loadLedger(dir); // compiles and stores
    const second = await loadLedger(dir); // reads back
    expect(second).toEqual(fresh);
    expect(first).toEqual(fresh);
  });

  it('compiles again when a ledger file changes, and when the stored copy is damaged', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'll-compiled-'));
    cpSync('ledger', dir, { recursive: true });
    const before = await loadLedger(dir);
    const file = path.join(dir, 'collections/vietnam-csp.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title:', 'title: Changed'));
    const after = await loadLedger(dir);
    expect(after.hash).not.toBe(before.hash);
    expect(after.collections.get('vietnam-csp')!.title).toMatch(/^Changed/);
    for (const name of readdirSync(userCompiledDir())) writeFileSync(path.join(userCompiledDir(), name), 'not a V8 serialization');
    expect(await loadLedger(dir)).toEqual((await validateLedger(dir)).ledger);
  });
});

describe.runIf(existsSync(BIN))('the built CLI', () => {
  it('gives the same report from the startup snapshot, the bundle and the plain module tree', () => {
    const plain = cli({ LEDGERLINT_NO_SNAPSHOT: '1', LEDGERLINT_NO_BUNDLE: '1' });
    expect(plain.code).toBe(1);
    expect(JSON.parse(plain.stdout).summary.errors).toBe(2);
    expect(cli({ LEDGERLINT_NO_SNAPSHOT: '1' })).toEqual(plain);
    expect(cli({})).toEqual(plain);
  });

  it('passes the exit code and output through from the snapshot child', () => {
    const result = spawnSync(process.execPath, [BIN, 'check', 'no-such-file.md', '--no-config', '--format', 'github'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('::error file=no-such-file.md,title=input::cannot read: no such file or directory\n');
  });

  it('prints the version without a snapshot mismatch', () => {
    expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
