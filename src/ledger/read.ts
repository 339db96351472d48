/**
 * Reads ledger YAML files into schema-checked data that still knows where each
 * value was written, so that every later problem can say file:line:col.
 */
import { describeFsError } from '../fs-error.js';
import type { Problem } from '../problem.js';
import { parseYamlText, type ParsedYaml } from '../yaml/parse.js';
import { LedgerFileSchema, type LedgerFileData } from './schema.js';
import { readLedgerSources } from './sources.js';

export type { YamlPath } from '../yaml/parse.js';
/** Re-exported for older importers; it lives in src/fs-error.ts. */
export { describeFsError };

export interface LedgerFile extends ParsedYaml<LedgerFileData> {
  readonly file: string;
  readonly text: string;
}

export async function readLedgerFiles(root: string): Promise<{ files: LedgerFile[]; problems: Problem[] }> {
  const { sources, problems } = await readLedgerSources(root);
  const files: LedgerFile[] = [];
  for (const { file, text } of sources) {
    const parsed = parseLedgerText(file, text);
    problems.push(...parsed.problems);
    if (parsed.file) files.push(parsed.file);
  }
  return { files, problems };
}

export function parseLedgerText(file: string, text: string): { file?: LedgerFile; problems: Problem[] } {
  const parsed = parseYamlText(file, text, LedgerFileSchema);
  return { ...(parsed.value ? { file: { file, text, ...parsed.value } } : {}), problems: parsed.problems };
}

