/**
 * A ledger's files as text, before any YAML is parsed: enough to hash the
 * ledger and find it already compiled, so that an unchanged ledger never
 * pays for parsing and validation.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeFsError } from '../fs-error.js';
import type { Problem } from '../problem.js';

export interface LedgerSource {
  readonly file: string;
  readonly text: string;
}

/**
 * The largest ledger file read: fifty times the largest real one (the
 * built-in files are under 20 kB), read in about two seconds. A 100 MB file
 * would take minutes and exhaust the heap before a problem could be reported.
 */
export const MAX_LEDGER_FILE_BYTES = 1024 * 1024;

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}


async function listYamlFiles(root: string): Promise<string[]> {
  const info = await stat(root);
  if (info.isFile()) return [root];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export async function readLedgerSources(root: string): Promise<{ sources: LedgerSource[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const sources: LedgerSource[] = [];
  let paths: string[];
  try {
    paths = await listYamlFiles(root);
  } catch (error) {
    return { sources, problems: [{ file: root, message: describeFsError(error), severity: 'error' }] };
  }
  if (paths.length === 0) {
    problems.push({ file: root, message: 'no ledger files: expected *.yaml files', severity: 'error' });
  }
  for (const file of paths) {
    try {
      // Refused before reading: parsing YAML with positions takes far more memory than the file.
      const { size } = await stat(file);
      if (size > MAX_LEDGER_FILE_BYTES) {
        problems.push({ file, message: `too big to read: ${megabytes(size)} MB, over the ${megabytes(MAX_LEDGER_FILE_BYTES)} MB limit for one ledger file; split it into several files`, severity: 'error' });
        continue;
      }
      sources.push({ file, text: await readFile(file, 'utf8') });
    } catch (error) {
      problems.push({ file, message: describeFsError(error), severity: 'error' });
    }
  }
  return { sources, problems };
}

/** The same ledger gets the same names and hash wherever it lies and however its path was written. */
export function relativeName(root: string, file: string): string {
  return path.relative(path.resolve(root), path.resolve(file)).split(path.sep).join('/') || path.basename(file);
}

export function ledgerHash(sources: readonly LedgerSource[], root: string): string {
  const hash = createHash('sha256');
  for (const source of sources) hash.update(relativeName(root, source.file)).update('\0').update(source.text).update('\0');
  return hash.digest('hex').slice(0, 16);
}
