/** `ledgerlint merge FILES…`: the shards' JSON or SARIF reports as one. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../../fs-error.js';
import { mergeReports, MergeError } from '../../report/merge.js';
import { UsageError, type CliIo } from '../io.js';
import { writeAtomic, writing } from '../write-atomic.js';

export interface MergeFlags {
  readonly files: readonly string[];
  readonly format?: string;
  readonly output?: string;
}

export async function mergeCommand(flags: MergeFlags, io: CliIo): Promise<number> {
  if (flags.files.length === 0) throw new UsageError('merge: give the JSON or SARIF reports of the shards');
  if (flags.format !== undefined && flags.format !== 'json' && flags.format !== 'sarif') {
    throw new UsageError(`merge: --format ${flags.format}: shards merge as they were written, json or sarif`);
  }
  const texts: string[] = [];
  for (const file of flags.files) {
    try {
      texts.push(await readFile(path.resolve(io.cwd, file), 'utf8'));
    } catch (error) {
      throw new UsageError(`merge: cannot read ${file}: ${describeFsError(error)}`);
    }
  }
  let merged;
  try {
    merged = mergeReports(texts, flags.files);
  } catch (error) {
    if (error instanceof MergeError) throw new UsageError(`merge: ${error.message}`);
    throw error;
  }
  if (flags.format !== undefined && flags.format !== merged.format) throw new UsageError(`merge: --format ${flags.format}, but the reports are ${merged.format}`);
  if (flags.output) await writing(flags.output, (file) => writeAtomic(file, merged.text), io);
  else io.stdout(merged.text);
  return exitCodeOfMerged(merged.text, merged.format);
}

/** The exit code the single run would have had: 2 unusable input, 1 errors, else 0. */
function exitCodeOfMerged(text: string, format: 'json' | 'sarif'): number {
  const doc = JSON.parse(text);
  if (format === 'sarif') return doc.runs[0].invocations[0].exitCode;
  return doc.summary.unusable > 0 ? 2 : doc.summary.errors > 0 ? 1 : 0;
}
