/**
 * YAML read with positions and checked by a zod schema, for the ledger and
 * the config alike: a problem names file:line:col, aliases are capped and
 * duplicate keys refused.
 */
import { isAlias, isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../problem.js';

export type YamlPath = readonly (string | number)[];

/** A place in a file, 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Aliases are a YAML feature no ledger or config needs many of; a cap stops an alias bomb. */
const MAX_ALIAS_COUNT = 100;

export interface ParsedYaml<T> {
  readonly data: T;
  /** Where the value at a path was written (the nearest written ancestor if it is missing). */
  readonly locate: (at: YamlPath) => SourceLocation;
  /** Where the key of a map entry was written: `france:` rather than its value. */
  readonly locateKey: (at: YamlPath) => SourceLocation;
}

/** Parses YAML text and checks it against a zod schema; every problem says file:line:col. */
export function parseYamlText<S extends z.ZodType>(file: string, text: string, schema: S): { value?: ParsedYaml<z.output<S>>; problems: Problem[] } {
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
  const result = schema.safeParse(raw ?? {}, { reportInput: true });
  if (!result.success) {
    const problems = preferOwnMessages(result.error.issues).map((issue) => ({
      ...at(issueOffset(doc, issue)),
      message: describeIssue(issue),
      severity: 'error' as const,
    }));
    return { problems: [...yamlProblems, ...problems] };
  }
  return { value: { data: result.data, locate, locateKey }, problems: yamlProblems };
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

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

