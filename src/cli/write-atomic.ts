/**
 * Reports are written to a temporary file beside the target and renamed into
 * place, so an interrupted run never leaves half a report.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../fs-error.js';
import { OutputError, type CliIo } from './io.js';

export async function writeAtomic(file: string, content: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Runs a write to a path the user gave, turning a failure into one line that names it as given. */
export async function writing(file: string, write: (resolved: string) => Promise<void>, io: CliIo): Promise<void> {
  try {
    await write(path.resolve(io.cwd, file));
  } catch (error) {
    throw new OutputError(`cannot write ${file}: ${describeFsError(error)}`);
  }
}
