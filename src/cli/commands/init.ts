/** `ledgerlint init`: writes a commented starter ledgerlint.config.yaml, never over an existing one. */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../../config/find.js';
import { starterConfig } from '../../config/starter.js';
import { UsageError, type CliIo } from '../io.js';
import { writeAtomic, writing } from '../write-atomic.js';

export async function initCommand(io: CliIo): Promise<number> {
  for (const name of CONFIG_FILE_NAMES) {
    if (await exists(path.join(io.cwd, name))) throw new UsageError(`init: ${name} already exists; edit it, or delete it to start again`);
  }
  await writing(CONFIG_FILE_NAMES[0], (file) => writeAtomic(file, starterConfig()), io);
  io.stderr(`wrote ${CONFIG_FILE_NAMES[0]}: every key is commented; \`ledgerlint check\` now reads it\n`);
  return 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
