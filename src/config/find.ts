/**
 * Where the config is and what a run has without one. Reading it (load.ts)
 * needs zod and yaml, which a run without a config never loads.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { RuleLevels } from '../policy/index.js';

export const CONFIG_FILE_NAMES = ['ledgerlint.config.yaml', 'ledgerlint.config.yml'] as const;

export interface Config {
  /** The file read, if any. */
  readonly file?: string;
  /** Relative paths in the config (and in .ledgerlintignore) start here. */
  readonly root: string;
  readonly ledger?: string;
  readonly paths?: readonly string[];
  readonly include?: readonly string[];
  readonly ignore: readonly string[];
  readonly asOf?: string;
  readonly rules: RuleLevels;
}

/** The config a run has when there is no file: everything at its default. */
export function defaultConfig(root: string): Config {
  return { root, ignore: [], rules: {} };
}

/** The nearest config file in `dir` or a folder above it. */
export async function findConfigFile(dir: string): Promise<string | undefined> {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(at, name);
      if (await isFile(candidate)) return candidate;
    }
    if (path.dirname(at) === at) return undefined;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
