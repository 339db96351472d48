/**
 * Reads ledgerlint.config.yaml. A config that cannot be used stops the run
 * (exit 2) with every problem at file:line:col; paths in it are relative to
 * the folder it lives in.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../fs-error.js';
import { UnusableInputError } from '../problem.js';
import { parseYamlText } from '../yaml/parse.js';
import type { Config } from './find.js';
import { ConfigSchema } from './schema.js';

export async function loadConfig(file: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UnusableInputError([{ file, message: `cannot read: ${describeFsError(error)}`, severity: 'error' }], 'the config');
  }
  const { value, problems } = parseYamlText(file, text, ConfigSchema);
  if (!value || problems.some((p) => p.severity === 'error')) throw new UnusableInputError(problems, 'the config');
  const { data } = value;
  const root = path.dirname(file);
  const resolve = (p: string) => path.resolve(root, p);
  return {
    file,
    root,
    ...(data.ledger ? { ledger: resolve(data.ledger) } : {}),
    ...(data.paths ? { paths: data.paths.map(resolve) } : {}),
    ...(data.include ? { include: data.include } : {}),
    ignore: data.ignore ?? [],
    ...(data.asOf ? { asOf: data.asOf } : {}),
    rules: data.rules ?? {},
  };
}
