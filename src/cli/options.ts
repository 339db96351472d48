/** Option values shared by commands, parsed once with a clear reason when they are wrong. */
import { defaultConfig, findConfigFile, type Config } from '../config/find.js';
import { loadLedger, DEFAULT_LEDGER_DIR } from '../ledger/load.js';
import { partialDateOfDay, dayFromDate, parsePartialDate, partialDateProblem, type PartialDate } from '../time/partial-date.js';
import { reporters, type FormatName } from '../report/index.js';
import type { Ledger } from '../ledger/model.js';
import { UsageError, type CliIo } from './io.js';
import path from 'node:path';

export function parseAsOf(value: string | undefined, io: CliIo): PartialDate | undefined {
  if (value === undefined) return undefined;
  if (value === 'today') return partialDateOfDay(dayFromDate(io.now()));
  const problem = partialDateProblem(value);
  if (problem) throw new UsageError(`--as-of: ${problem}, or \`today\``);
  return parsePartialDate(value);
}

/** --format for a command whose formats are `names`; stylish when none is given. */
export function parseFormatOf<F extends string>(value: string | undefined, names: readonly F[], unknown: (format: string, names: string) => string): F {
  const format = value ?? 'stylish';
  if (!(names as readonly string[]).includes(format)) throw new UsageError(`--format: ${unknown(format, names.join(', '))}`);
  return format as F;
}

export function parseFormat(value: string | undefined): FormatName {
  return parseFormatOf(value, Object.keys(reporters) as FormatName[], (format, names) => `unknown format \`${format}\`: expected one of ${names}`);
}

export function readLedgerOption(value: string | undefined, io: CliIo): Promise<Ledger> {
  return loadLedger(value === undefined ? DEFAULT_LEDGER_DIR : path.resolve(io.cwd, value));
}

/** --config FILE, or the nearest ledgerlint.config.yaml, or none with --no-config. */
export async function readConfigOption(flags: { readonly config?: string; readonly noConfig?: boolean }, io: CliIo): Promise<Config> {
  if (flags.noConfig) return defaultConfig(io.cwd);
  const file = flags.config === undefined ? await findConfigFile(io.cwd) : path.resolve(io.cwd, flags.config);
  if (file === undefined) return defaultConfig(io.cwd);
  const { loadConfig } = await import('../config/load.js');
  return loadConfig(file);
}

/** A whole number of at least `min`, from a flag. */
export function parseCount(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${flag}: expected a whole number of at least ${min}, got \`${value}\``);
  return Number(value);
}
