/**
 * Compiled ledgers kept on disk, keyed by the ledger's files and the code
 * that compiles them: an unchanged ledger is read back in a millisecond
 * instead of parsed and validated (about a quarter of a second, with the
 * YAML and zod libraries loaded for nothing). The built-in ledger is
 * compiled at build time; others are cached in the user's cache folder.
 * A missing, stale or damaged entry only costs the full path.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { Ledger } from './model.js';
import { ledgerHash, type LedgerSource } from './sources.js';

/** Shipped with the package: the built-in ledger, compiled by `npm run build`. */
export const PACKAGE_COMPILED_DIR = fileURLToPath(new URL('../../dist/compiled-ledger', import.meta.url));

/** The modules whose code decides what a compiled ledger holds. */
const COMPILER_MODULES = ['compile', 'validate', 'schema', 'read', 'model'];

/**
 * The ledger's hash and the compiler's code: the built modules in dist/ledger
 * (found the same way from dist/ and from the bundle in dist/cli/), and the
 * TypeScript beside this file when it runs from src/, so that editing the
 * compiler invalidates what it compiled before.
 */
export async function compiledKey(sources: readonly LedgerSource[], root: string): Promise<string> {
  const hash = createHash('sha256').update(ledgerHash(sources, root));
  for (const module of COMPILER_MODULES) {
    for (const file of [new URL(`../../dist/ledger/${module}.js`, import.meta.url), new URL(`./${module}.ts`, import.meta.url)]) {
      hash.update(await readFile(file).catch(() => ''));
    }
  }
  return hash.digest('hex').slice(0, 24);
}

/** $LEDGERLINT_CACHE_DIR, else the XDG cache folder. */
export function userCompiledDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LEDGERLINT_CACHE_DIR) return env.LEDGERLINT_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'ledgerlint');
}

export async function readCompiledLedger(key: string): Promise<Ledger | undefined> {
  for (const dir of [PACKAGE_COMPILED_DIR, userCompiledDir()]) {
    try {
      return v8.deserialize(await readFile(path.join(dir, `${key}.v8`))) as Ledger;
    } catch {
      // Not there, or unreadable: the next place, or the full path.
    }
  }
  return undefined;
}

export async function writeCompiledLedger(key: string, ledger: Ledger, dir: string = userCompiledDir()): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const file = path.join(dir, `${key}.v8`);
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, v8.serialize(ledger));
    await rename(temporary, file);
    await prune(dir);
  } catch {
    // A read-only home or a full disk: the next run compiles again.
  }
}

/** Keeps the newest entries: every edit of a ledger leaves its previous compilation behind. */
const KEEP = 32;

async function prune(dir: string): Promise<void> {
  const entries = (await readdir(dir)).filter((name) => name.endsWith('.v8'));
  if (entries.length <= KEEP) return;
  const dated = await Promise.all(entries.map(async (name) => ({ name, mtime: (await stat(path.join(dir, name))).mtimeMs })));
  dated.sort((a, b) => b.mtime - a.mtime);
  await Promise.all(dated.slice(KEEP).map(({ name }) => rm(path.join(dir, name), { force: true })));
}
