/**
 * Reads ledger YAML files into schema-checked data that still knows where each
 * value was written, so that every later problem can say file:line:col.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
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
  /** Where the key of a map entry was written: `france:` rather than its value. */
  readonly locateKey: (at: YamlPath) => SourceLocation;
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
      // Refused before reading: parsing YAML with positions takes far more memory than the file.
      const { size } = await stat(file);
      if (size > MAX_LEDGER_FILE_BYTES) {
        problems.push({ file, message: `too big to read: ${megabytes(size)} MB, over the ${megabytes(MAX_LEDGER_FILE_BYTES)} MB limit for one ledger file; split it into several files`, severity: 'error' });
        continue;
      }
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
  // Duplicate keys are found below in one pass: yaml's own `uniqueKeys` check
  // compares every key of a map with every other (minutes for 100,000 keys).
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
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
  const duplicates = duplicateKeyOffsets(doc).map((offset) => ({ ...at(offset), message: 'invalid YAML: Map keys must be unique', severity: 'error' as const }));
  if (duplicates.length > 0) return { problems: [...yamlProblems, ...duplicates] };

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = firstLine(String((error as Error).message));
    const detail = /excessive alias count/i.test(message) ? `more than ${MAX_ALIAS_COUNT} aliases expand here (an alias bomb?)` : message;
    return { problems: [...yamlProblems, { ...at(firstAliasOffset(doc)), message: `invalid YAML: ${detail}`, severity: 'error' }] };
  }
  const locate = (where: YamlPath): SourceLocation => at(offsetOf(doc, where));
  const locateKey = (where: YamlPath): SourceLocation => at(keyOffset(doc, where) ?? offsetOf(doc, where));
  const result = LedgerFileSchema.safeParse(raw ?? {}, { reportInput: true });
  if (!result.success) {
    const problems = preferOwnMessages(result.error.issues).map((issue) => ({
      ...at(issueOffset(doc, issue)),
      message: describeIssue(issue),
      severity: 'error' as const,
    }));
    return { problems: [...yamlProblems, ...problems] };
  }
  return { file: { file, text, data: result.data, locate, locateKey }, problems: yamlProblems };
}

/**
 * A value that fails a built-in check and one of ours (a date in the wrong
 * format fails the pattern and our date check) is reported once, in our words.
 */
function preferOwnMessages(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const key = (issue: z.core.$ZodIssue) => JSON.stringify(issue.path);
  const ownAt = new Set(issues.filter((i) => i.code === 'custom').map(key));
  return issues.filter((issue) => issue.code === 'custom' || !ownAt.has(key(issue)));
}

/** Where each repeated scalar key of a map was written (its second and later uses). */
function duplicateKeyOffsets(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = pair.key.value;
        if (key === '<<') continue; // merge keys may repeat
        if (seen.has(key)) offsets.push(pair.key.range?.[0] ?? 0);
        seen.add(key);
      }
    },
  });
  return offsets;
}

/** Where an alias that failed to resolve (or expanded too far) was written. */
function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
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

/** The offset of the key of the map entry at `where`, if there is one. */
function keyOffset(doc: Document, where: YamlPath): number | undefined {
  const parent = doc.getIn(where.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === where.at(-1));
  return (pair?.key as YamlNode | null | undefined)?.range?.[0];
}

/** Unknown keys and bad record keys point at the key itself, everything else at the value. */
function issueOffset(doc: Document, issue: z.core.$ZodIssue): number {
  const issuePath = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const key = issue.code === 'unrecognized_keys' ? keyOffset(doc, [...issuePath, issue.keys[0]!])
    : issue.code === 'invalid_key' ? keyOffset(doc, issuePath)
    : undefined;
  return key ?? offsetOf(doc, issuePath);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `\`${issue.path.map(String).join('.')}\`: ` : '';
  if (issue.code === 'unrecognized_keys') return `${field}unknown key ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
  if (issue.code === 'invalid_key') return `${field}${issue.issues[0]?.message ?? issue.message}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${field}missing: ${issue.message.replace(/^Invalid input: /, '')}`;
  return `${field}${issue.message}`;
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES': return 'permission denied';
    case 'EISDIR': return 'is a directory, expected a file';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR':
    case 'EEXIST': return 'a part of the path is a file, not a directory';
    case 'EROFS': return 'read-only file system';
    default: return String((error as Error).message ?? error);
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

