/**
 * The remark plugin: the same findings as the CLI, as vfile messages placed
 * on the claim's words, through a real unified pipeline; the tree untouched;
 * an unusable ledger or option a fatal message with its reason.
 */
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import { loadLedger } from '../src/ledger/load.js';
import { remarkLedgerlint as fromIndex } from '../src/index.js';
import remarkLedgerlintDefault, { remarkLedgerlint, type RemarkLedgerlintOptions } from '../src/remark-plugin.js';
import { realLedger } from './helpers.js';

// Counted, to show the plugin loads its ledger once, not once per file.
vi.mock('../src/ledger/load.js', async (original) => {
  const actual = await original<typeof import('../src/ledger/load.js')>();
  return { ...actual, loadLedger: vi.fn(actual.loadLedger) };
});

const STALE = '---\ndate: 2025-02-27\n---\n# Ties\n\nVietnam has comprehensive strategic partnerships with nine countries.\n';
const TRUE = '---\ndate: 2025-11-05\n---\nVietnam has comprehensive strategic partnerships with 14 countries.\n';

/** Parse and run, as remark-cli and the language server do (no compiler: nothing is written back). */
async function lintFile(file: VFile, options?: RemarkLedgerlintOptions): Promise<VFile> {
  const processor = unified().use(remarkParse).use(remarkLedgerlint, options ?? { ledger: (await realLedger()).ledger });
  await processor.run(processor.parse(file), file);
  return file;
}

const lint = (value: string, options?: RemarkLedgerlintOptions, filePath = 'news/a.md') => lintFile(new VFile({ path: filePath, value }), options);

describe('remarkLedgerlint', () => {
  it('reports a stale count as a message on its words, with rule, source, severity, fix and ledger note', async () => {
    const file = await lint(STALE);
    expect(file.messages).toHaveLength(1);
    const [message] = file.messages;
    expect(message!.reason).toBe('`nine` countries as of 2025-02-27 (front-matter): the ledger has `10` countries at that date; nine was true from 2024-11-21 to 2025-02-25 (suggest: ten countries)');
    expect(message!.place).toEqual({ start: { line: 6, column: 55, offset: 87 }, end: { line: 6, column: 69, offset: 101 } });
    expect(STALE.slice(87, 101)).toBe('nine countries');
    expect(message!).toMatchObject({ line: 6, column: 55, ruleId: 'stale-count', source: 'ledgerlint', fatal: true, file: 'news/a.md' });
    expect(message!.actual).toBe('nine countries');
    expect(message!.expected).toEqual(['ten countries']);
    expect(message!.note!.split('\n')[0]).toBe('The ledger has `10`; the article has `9`.');
    expect(message!.url).toMatch(/^file:\/\/.*\/docs\/rules\/stale-count\.md$/);
    expect(String(message)).toBe(`news/a.md:6:55-6:69: ${message!.reason}`);
  });

  it('gives no message for an article whose claims are all true, nor for an empty one', async () => {
    expect((await lint(TRUE)).messages).toEqual([]);
    expect((await lint('')).messages).toEqual([]);
    expect((await lint('Nothing about any ledger here.\n')).messages).toEqual([]);
  });

  it('leaves the tree unchanged', async () => {
    const { ledger } = await realLedger();
    const processor = unified().use(remarkParse).use(remarkLedgerlint, { ledger });
    const file = new VFile({ path: 'a.md', value: STALE });
    const tree = processor.parse(file);
    const before = structuredClone(tree);
    expect(await processor.run(tree, file)).toEqual(before);
    expect(file.messages).toHaveLength(1);
  });

  it('judges undated articles at `asOf`, as the CLI\'s --as-of', async () => {
    const undated = 'Vietnam has comprehensive strategic partnerships with nine countries.\n';
    const { ledger } = await realLedger();
    expect((await lint(undated, { ledger })).messages).toEqual([]);
    const file = await lint(undated, { ledger, asOf: '2025-05-01' });
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['stale-count', 1, 55]]);
  });

  it('reads a .txt file as plain text, and a file with no path as Markdown', async () => {
    const { ledger } = await realLedger();
    const text = 'Feb 27, 2025 / 21:17\nVietnam has comprehensive strategic partnerships with nine countries.\n';
    expect((await lint(text, { ledger }, 'a.txt')).messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['stale-count', 2, 55]]);
    const file = await lintFile(new VFile(STALE), { ledger });
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['stale-count', 6]]);
  });

  it('loads a ledger folder relative to the file\'s cwd, once per plugin instance', async () => {
    vi.mocked(loadLedger).mockClear();
    const processor = unified().use(remarkParse).use(remarkLedgerlint, { ledger: 'ledger' });
    const files = [STALE, TRUE, STALE].map((value) => new VFile({ path: 'a.md', value, cwd: process.cwd() }));
    const [a, b] = await Promise.all(files.map(async (file) => { await processor.run(processor.parse(file), file); return file; }));
    expect(a!.messages.map((m) => m.ruleId)).toEqual(['stale-count']);
    expect(b!.messages).toEqual([]);
    expect(vi.mocked(loadLedger).mock.calls).toEqual([[path.resolve('ledger')]]);
  });

  it('reports a problem with the article itself as a warning at its line, rule `input`', async () => {
    const file = await lint('---\ntitle: Ties\n\nVietnam has comprehensive strategic partnerships with 14 countries.\n');
    expect(file.messages.map((m) => [String(m), m.fatal, m.ruleId, m.source])).toEqual([
      ['news/a.md:1:1: front matter is not closed: expected a `---` line after it; its `title:` and `date:` are not read', false, 'input', 'ledgerlint'],
    ]);
  });

  it('turns an unusable ledger into a fatal message that names the folder and the reason', async () => {
    const file = await lint(STALE, { ledger: 'no-such-ledger' });
    expect(file.messages.map((m) => [String(m), m.fatal, m.ruleId, m.source])).toEqual([
      ['news/a.md:1:1: the ledger cannot be used: no-such-ledger: no such file or directory', true, 'ledger', 'ledgerlint'],
    ]);
  });

  it('turns a bad asOf into a fatal message', async () => {
    const { ledger } = await realLedger();
    const file = await lint(STALE, { ledger, asOf: '2025-13' });
    expect(file.messages.map((m) => [m.reason, m.fatal, m.ruleId])).toEqual([
      ['ledgerlint option `asOf`: `2025-13` has no month 13, or `today`', true, 'options'],
    ]);
  });

  it('is the package\'s `ledgerlint/remark` default export and a named export of the library', () => {
    expect(remarkLedgerlintDefault).toBe(remarkLedgerlint);
    expect(fromIndex).toBe(remarkLedgerlint);
  });
});
