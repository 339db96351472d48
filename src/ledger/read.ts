/**
 * Reads ledger YAML files into schema-checked data that still knows where each
 * value was written, so that every later problem can say file:line:col.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isMap, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problem.js';
import type { SourceLocation } from './model.js';
import { LedgerFileSchema, type LedgerFileData } from './schema.js';

export type YamlPath = readonly (string | number)[];

export interface LedgerFile {
  readonly file: string;
  readonly text: string;
  readonly data: LedgerFileData;
  /** Where the value at a path was written (the nearest written ancestor if it is missing). */
  readonly locate: (at: YamlPath) => SourceLocation;
}

/** Aliases are a YAML feature no ledger needs many of; a cap stops an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export async function readLedgerFiles(
  root: string,
): Promise<{ files: LedgerFile[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const files: LedgerFile[] = [];
  let paths: string[];
  try {
    paths = await listYamlFiles(root);
  } catch (error) {
    return { files, problems: [{ file: root, message: describeFsError(error), severity: 'error' }] };
  }
  if (paths.length === 0) {
    problems.push({ file: root, message: 'no ledger files: expected *.yaml files', severity: 'error' });
  }
  for (const file of paths) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      problems.push({ file, message: describeFsError(error), severity: 'error' });
      continue;
    }
    const parsed = parseLedgerText(file, text);
    problems.push(...parsed.problems);
    if (parsed.file) files.push(parsed.file);
  }
  return { files, problems };
}

export function parseLedgerText(file: string, text: string): { file?: LedgerFile; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number): SourceLocation => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const yamlProblems: Problem[] = [...doc.errors, ...doc.warnings].map((error) => ({
    ...at(error.pos[0]),
    message: `invalid YAML: ${firstLine(error.message)}`,
    severity: doc.errors.includes(error) ? 'error' : 'warning',
  }));
  if (doc.errors.length > 0) return { problems: yamlProblems };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    return { problems: [...yamlProblems, { ...at(0), message: `invalid YAML: ${firstLine(String((error as Error).message))}`, severity: 'error' }] };
  }
  const locate = (where: YamlPath): SourceLocation => at(offsetOf(doc, where));
  const result = LedgerFileSchema.safeParse(raw ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      ...at(issueOffset(doc, issue)),
      message: describeIssue(issue),
      severity: 'error' as const,
    }));
    return { problems: [...yamlProblems, ...problems] };
  }
  return { file: { file, text, data: result.data, locate }, problems: yamlProblems };
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

/** The start offset of the node at `where`, or of its nearest existing ancestor. */
function offsetOf(doc: Document, where: YamlPath): number {
  for (let depth = where.length; depth >= 0; depth--) {
    const node = doc.getIn(where.slice(0, depth), true) as YamlNode | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) return node.range[0];
  }
  return 0;
}

/** Unknown keys point at the key itself, everything else at the value. */
function issueOffset(doc: Document, issue: z.core.$ZodIssue): number {
  const issuePath = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const parent = doc.getIn(issuePath, true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === issue.keys[0]);
      const range = (pair?.key as YamlNode | null | undefined)?.range;
      if (range) return range[0];
    }
  }
  return offsetOf(doc, issuePath);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `\`${issue.path.map(String).join('.')}\`: ` : '';
  if (issue.code === 'unrecognized_keys') return `${field}unknown key ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
  if (issue.code === 'invalid_union') {
    const inner = issue.errors.flat()[0];
    if (inner) return `${field}${inner.message}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${field}missing, expected ${issue.expected}`;
  return `${field}${issue.message}`;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': return 'permission denied';
    case 'EISDIR': return 'is a directory, expected a file';
    case 'ELOOP': return 'too many levels of symbolic links';
    default: return String((error as Error).message ?? error);
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

