/**
 * A catalogue of bad input through the CLI function `run(argv, io)`: each case
 * gives one clear line naming the file (and the line where it applies), fatal
 * problems exit 2, and a per-file problem never stops the other files. Every
 * case is listed, with its message and exit code, in docs/robustness.md.
 *
 * Big inputs are generated here into a temporary folder; nothing is timed.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { ingest } from '../../src/ingest/index.js';
import { dayNumber } from '../../src/time/partial-date.js';

const repo = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repo, 'tests/fixtures/robustness');

async function cli(argv: string[], cwd: string) {
  const result = await runCli(argv, cwd);
  return { ...result, lines: result.stdout.split('\n').filter(Boolean) };
}

function scratch(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledgerlint-robust-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A claim the built-in ledger refutes: nine CSP countries on 2025-02-27 (there were ten). */
const CLAIM = 'Vietnam has comprehensive strategic partnerships with nine countries.';
const DATED_MD = `---\ndate: 2025-02-27\n---\n${CLAIM}\n`;
const FINDING = '`nine` countries as of 2025-02-27';
/** One good file beside every bad one: it must still be checked. */
const GOOD = { 'good.md': DATED_MD };
const GOOD_FINDING = `good.md:4:55  error  ${FINDING} (front-matter)`;

/** The problem lines of a stylish report (file: severity: message). */
/** Big inputs are slow to parse (remark reads about a megabyte a second); nothing is timed, this only bounds a hang. */
const BIG_TIMEOUT = 180_000;

const problemLines = (stdout: string) => stdout.split('\n').filter((l) => /^\S+(?::\d+:\d+)?: (?:error|warning): /.test(l));

describe('unusable or empty articles: one line each, the other files still checked', () => {
  const cases: [string, string | Uint8Array, string, number][] = [
    ['empty.txt', '', 'empty.txt: warning: empty file: nothing to check', 1],
    ['blank.md', ' \n\t\r\n  \n', 'blank.md: warning: only whitespace: nothing to check', 1],
    ['binary.txt', Uint8Array.from([0x48, 0x69, 0x00, 0x01, 0x02]), 'binary.txt: error: binary file (NUL byte at offset 2): expected text', 2],
    ['latin1.md', Uint8Array.from([...Buffer.from('Caf'), 0xe9, 0x0a]), 'latin1.md: error: not valid UTF-8 (first bad byte at offset 3): save the file as UTF-8', 2],
    ['overlong.txt', Uint8Array.from([0x41, 0xc0, 0xaf]), 'overlong.txt: error: not valid UTF-8 (first bad byte at offset 1): save the file as UTF-8', 2],
    ['truncated.txt', Uint8Array.from([...Buffer.from('ab'), 0xe2, 0x82]), 'truncated.txt: error: not valid UTF-8 (first bad byte at offset 2): save the file as UTF-8', 2],
    ['bad-utf16.txt', Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'bad-utf16.txt: error: not valid UTF-16LE', 2],
  ];
  it.each(cases)('%s', async (name, content, line, code) => {
    const dir = scratch({ ...GOOD, [name]: content });
    const result = await cli(['check', '.'], dir);
    expect(problemLines(result.stdout)).toEqual([line]);
    expect(result.stdout).toContain(GOOD_FINDING);
    expect(result.code).toBe(code);
  });
});

describe('encodings and line endings keep offsets and line:column exact', () => {
  const utf16 = (text: string, endian: 'le' | 'be') => {
    const body = Buffer.from(text, 'utf16le');
    if (endian === 'be') body.swap16();
    return Uint8Array.from([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
  };
  const cases: [string, string | Uint8Array, string[]][] = [
    ['bom.md', Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(DATED_MD)]), [`bom.md:4:55  error  ${FINDING} (front-matter)`]],
    ['utf16le.md', utf16(DATED_MD, 'le'), ['utf16le.md: warning: decoded as UTF-16LE; UTF-8 is expected', `utf16le.md:4:55  error  ${FINDING} (front-matter)`]],
    ['utf16be.md', utf16(DATED_MD, 'be'), ['utf16be.md: warning: decoded as UTF-16BE; UTF-8 is expected', `utf16be.md:4:55  error  ${FINDING} (front-matter)`]],
    ['crlf.md', DATED_MD.replace(/\n/g, '\r\n'), [`crlf.md:4:55  error  ${FINDING} (front-matter)`]],
    ['crlf.txt', `Feb 27, 2025\r\n\r\nSome words.\r\n${CLAIM}\r\n`, [`crlf.txt:4:55  error  ${FINDING} (dateline)`]],
    ['cr.txt', `Feb 27, 2025\r\rSome words.\r${CLAIM}\r`, [`cr.txt:4:55  error  ${FINDING} (dateline)`]],
    ['cr.md', `# Title\r\rFeb 27, 2025\r\rSome words.\r${CLAIM}\r`, [`cr.md:6:55  error  ${FINDING} (dateline)`]],
  ];
  it.each(cases)('%s', async (name, content, expected) => {
    const dir = scratch({ [name]: content });
    const result = await cli(['check', name], dir);
    // The finding's line, not the reading printed under it.
    expect(result.lines.filter((l) => !/^[✔✖]|claims? checked|^\s+read as:/.test(l)).map((l) => l.replace(/\): the ledger.*$/, ')'))).toEqual(expected);
    expect(result.code).toBe(1);
  });

  it('a BOM is not part of the text: offsets count from after it', async () => {
    const { article } = ingest('bom.md', Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(DATED_MD)]));
    expect(article!.text).toBe(DATED_MD);
  });
});

describe('front matter', () => {
  it('unterminated: a warning at line 1, and the rest is still checked', async () => {
    const dir = scratch({ ...GOOD, 'open.md': `---\ntitle: T\ndate: 2025-02-27\n${CLAIM}\n` });
    const result = await cli(['check', '.'], dir);
    expect(problemLines(result.stdout)).toEqual(['open.md:1:1: warning: front matter is not closed: expected a `---` line after it; its `title:` and `date:` are not read']);
    expect(result.stdout).toContain(GOOD_FINDING);
    expect(result.code).toBe(1);
  });

  it('a thematic break above prose is not taken for front matter', () => {
    expect(ingest('a.md', `---\n\n${CLAIM}\n`).problems).toEqual([]);
  });

  it('`date` that is not a date: a warning naming the line', async () => {
    const dir = scratch({ 'a.md': `---\ntitle: T\ndate: someday\n---\n${CLAIM}\n`, 'b.md': `---\ndate: 2025-02-30\n---\n${CLAIM}\n` });
    const result = await cli(['check', '.'], dir);
    expect(problemLines(result.stdout)).toEqual([
      'a.md:3:7: warning: front matter `date: someday` is not a date: expected YYYY-MM-DD',
      'b.md:2:7: warning: front matter `date: 2025-02-30` is not a date: expected YYYY-MM-DD',
    ]);
    expect(result.code).toBe(0); // the claims are unverifiable without a date
  });

  it('`date` in the future: a warning naming the line, and the claims judged at it, past the ledger\'s review', async () => {
    const dir = scratch({ 'a.md': `---\ndate: 2999-01-01\n---\n${CLAIM}\n` });
    const result = await cli(['check', 'a.md', '--format', 'json'], dir);
    const report = JSON.parse(result.stdout) as { files: { problems: { message: string }[]; verdicts: { status: string; message: string }[] }[] };
    expect(report.files[0]!.problems.map((p) => p.message)).toEqual(['front matter `date: 2999-01-01` is in the future: claims are judged at that date']);
    expect(report.files[0]!.verdicts.map((v) => [v.status, v.message])).toContainEqual(['unverifiable', "not reported, time unclear: the ledger's `vietnam-csp` is reviewed to 2026-11-23"]);
  });

  it('"the future" is after today, whole month or year included', () => {
    const today = dayNumber(2025, 6, 15);
    const warnings = (date: string) => ingest('a.md', `---\ndate: ${date}\n---\nx\n`, { today }).problems.map((p) => p.message);
    expect(warnings('2025-06-15')).toEqual([]);
    expect(warnings('2025-06')).toEqual([]);
    expect(warnings('2025')).toEqual([]);
    expect(warnings('2025-06-16')).toEqual(['front matter `date: 2025-06-16` is in the future: claims are judged at that date']);
    expect(warnings('2025-07')).toHaveLength(1);
  });
});

describe('paths', () => {
  it('a folder given as a path is searched; one with no articles is a warning', async () => {
    const dir = scratch({ ...GOOD, 'empty-folder/notes.pdf': 'x' });
    const result = await cli(['check', 'good.md', 'empty-folder'], dir);
    expect(problemLines(result.stdout)).toEqual(['empty-folder: warning: no articles found: expected .md or .txt files']);
    expect(result.stdout).toContain(GOOD_FINDING);
    expect(result.code).toBe(1);
  });

  const cases: [string, (dir: string) => void, string][] = [
    ['missing.md', () => {}, 'missing.md: error: cannot read: no such file or directory'],
    ['broken.md', (dir) => symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'broken.md')), 'broken.md: error: cannot read: no such file or directory'],
    ['loop.md', (dir) => { symlinkSync(path.join(dir, 'loop2.md'), path.join(dir, 'loop.md')); symlinkSync(path.join(dir, 'loop.md'), path.join(dir, 'loop2.md')); }, 'loop.md: error: cannot read: too many levels of symbolic links'],
    ['articles/*.md', (dir) => mkdirSync(path.join(dir, 'articles')), 'articles/*.md: error: cannot read: no such file or directory (a pattern that matched no file: ledgerlint does not expand patterns; give a folder to search it)'],
    ['good.md/x.md', () => {}, 'good.md/x.md: error: cannot read: a part of the path is a file, not a directory'],
  ];
  it.each(cases)('%s: exit 2, and the other files still checked', async (given, setup, line) => {
    const dir = scratch(GOOD);
    setup(dir);
    const result = await cli(['check', given, 'good.md'], dir);
    expect(problemLines(result.stdout)).toEqual([line]);
    expect(result.stdout).toContain(GOOD_FINDING);
    expect(result.code).toBe(2);
  });

  it('a broken symlink and a symlink loop found in a folder are reported and skipped', async () => {
    const dir = scratch(GOOD);
    symlinkSync(path.join(dir, 'nowhere.md'), path.join(dir, 'broken.md'));
    symlinkSync(path.join(dir, 'loop2.txt'), path.join(dir, 'loop.txt'));
    symlinkSync(path.join(dir, 'loop.txt'), path.join(dir, 'loop2.txt'));
    const result = await cli(['check', '.'], dir);
    expect(problemLines(result.stdout)).toEqual([
      'broken.md: error: cannot read: no such file or directory',
      'loop.txt: error: cannot read: too many levels of symbolic links',
      'loop2.txt: error: cannot read: too many levels of symbolic links',
    ]);
    expect(result.stdout).toContain(GOOD_FINDING);
    expect(result.code).toBe(2);
  });
});

describe('big and deep articles complete and report', () => {
  // Was: minutes (the ICU sentence segmenter is quadratic in a block's length); long blocks are now cut at sentence ends.
  it.each(['long.txt'])('a 5 MB single line (%s)', async (name) => {
    const filler = 'The delegation discussed trade, energy and education at length. ';
    const line = `${filler.repeat(Math.ceil((5 * 1024 * 1024) / filler.length))}${CLAIM} ${filler}`;
    const dir = scratch({ [name]: `Feb 27, 2025\n\n${line}\n` });
    const result = await cli(['check', name], dir);
    expect(result.code).toBe(1);
    const column = line.indexOf('nine countries') + 1;
    expect(result.stdout).toContain(`${name}:3:${column}  error  ${FINDING} (dateline)`);
  }, BIG_TIMEOUT);

  it('a 5 MB line with no sentence ends and no spaces', async () => {
    const dir = scratch({ 'blob.txt': `${'x'.repeat(5 * 1024 * 1024)}😀${CLAIM}\n` });
    const result = await cli(['check', 'blob.txt', '--as-of', '2025-02-27'], dir);
    expect([0, 1]).toContain(result.code);
    expect(result.stdout).toMatch(/claims? checked/);
  }, BIG_TIMEOUT);

  it('a 20 MB article', async () => {
    const dir = scratch();
    const fd = openSync(path.join(dir, 'big.txt'), 'w');
    writeSync(fd, `Feb 27, 2025\n${CLAIM}\n`);
    const chunk = `${'Officials in Hanoi and their counterparts met again this week to review trade, energy, education and culture. '.repeat(9)}\n\n`.repeat(100);
    let lines = 3;
    for (let written = 0; written < 20 * 1024 * 1024; written += chunk.length) {
      writeSync(fd, chunk);
      lines += 200;
    }
    writeSync(fd, `${CLAIM}\n`);
    closeSync(fd);
    const result = await cli(['check', 'big.txt'], dir);
    expect(result.code).toBe(1);
    expect(problemLines(result.stdout)).toEqual([]);
    expect(result.stdout.split('\n').filter((l) => l.includes('  error  ')).map((l) => l.split('  ')[0])).toEqual(['big.txt:2:55', `big.txt:${lines}:55`]);
  }, BIG_TIMEOUT);

  it('10,000 list items', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `- Item ${i}: officials met in Hanoi.`).join('\n');
    const dir = scratch({ 'list.md': `${DATED_MD}\n${items}\n\n${CLAIM}\n` });
    const result = await cli(['check', 'list.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`list.md:10007:55  error  ${FINDING}`);
  });

  it('a list of 2,000 partners after a count', async () => {
    const items = Array.from({ length: 2_000 }, (_, i) => `- ${['China', 'Russia', 'India', 'Japan'][i % 4]} (May 2008)`).join('\n');
    const dir = scratch({ 'list.md': `${DATED_MD.replace(CLAIM, 'Vietnam has comprehensive strategic partnerships with nine countries:')}${items}\n` });
    const result = await cli(['check', 'list.md'], dir);
    expect([0, 1]).toContain(result.code);
    expect(result.stdout).toMatch(/claims? checked/);
  }, BIG_TIMEOUT);

  it.each([
    ['lists', (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n')],
    ['block quotes', (depth: number) => `${'> '.repeat(depth)}deep`],
    ['mixed lists and quotes', (depth: number) => `${'> - '.repeat(depth)}deep`],
  ])('500 levels of nested %s', async (_name, nest) => {
    const dir = scratch({ 'deep.md': `${DATED_MD}\n${nest(500)}\n\n${CLAIM}\n` });
    const result = await cli(['check', 'deep.md'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^deep\\.md:\\d+:55  error  ${FINDING.replace(/[`]/g, '.')}`, 'm'));
  }, BIG_TIMEOUT);
});

describe('bad ledgers: exit 2, file:line:col, nothing checked', () => {
  const ENTITIES = 'entities:\n  x: { name: Xland, type: country }\n  y: { name: Yland, type: country, since: 2010-01-01 }\n';
  const collection = (member: string, since: string) =>
    `collections:\n  - id: c\n    title: C\n    complete: true\n    terms: [widget partnership]\n    units:\n      country: {}\n    members:\n      - entity: ${member}\n        since: ${since}\n        sources: [https://example.org/s]\n`;
  const cases: [string, Record<string, string>, (string | RegExp)[]][] = [
    ['duplicate ids across files', { 'a.yaml': `version: 1\n${ENTITIES}`, 'b.yaml': 'version: 1\nentities:\n  x: { name: Xland Two, type: country }\n' }, [/^L\/b\.yaml:3:3: error: duplicate entity `x`: already declared at \/.*\/L\/a\.yaml:3:3$/]],
    ['duplicate keys in one file', { 'a.yaml': 'version: 1\nentities:\n  x: { name: Xland, type: country }\n  x: { name: X2, type: country }\n' }, ['L/a.yaml:4:3: error: invalid YAML: Map keys must be unique']],
    ['an unknown reference', { 'a.yaml': `version: 1\n${ENTITIES}${collection('zed', '2001')}` }, ['L/a.yaml:13:17: error: unknown entity `zed`: declare it under `entities`']],
    ['an impossible date', { 'a.yaml': `version: 1\n${ENTITIES}${collection('x', '2025-02-30')}` }, ['L/a.yaml:14:16: error: `collections.0.members.0.since`: `2025-02-30` does not exist: 2025-02 has 28 days']],
    ['a member date before the entity existed', { 'a.yaml': `version: 1\n${ENTITIES}${collection('y', '2001')}` }, ['L/a.yaml:14:16: error: `y` joins in 2001, before the entity existed (1 January 2010)']],
    ['a YAML alias bomb', { 'a.yaml': `version: 1\nentities:\n  a: &a [x, x, x, x, x, x, x, x, x]\n${'bcdefghi'.split('').map((k, i) => `  ${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`).join('\n')}\n` }, ['L/a.yaml:4:10: error: invalid YAML: more than 100 aliases expand here (an alias bomb?)']],
    ['a ledger folder with no YAML', { 'notes.txt': 'x' }, ['L: error: no ledger files: expected *.yaml files']],
  ];
  it.each(cases)('%s', async (_name, files, expected) => {
    const dir = scratch({ ...GOOD, ...Object.fromEntries(Object.entries(files).map(([f, c]) => [`L/${f}`, c])) });
    const result = await cli(['check', 'good.md', '--ledger', 'L'], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(expected.length + 1);
    expected.forEach((line, i) => (typeof line === 'string' ? expect(lines[i]).toBe(line) : expect(lines[i]).toMatch(line)));
    expect(lines.at(-1)).toBe('ledgerlint: the ledger cannot be used; run `ledgerlint ledger validate` for details');
  });

  // known miss: src/ledger/validate.ts names the first declaration by its absolute path
  // ("already declared at /tmp/…/L/a.yaml:3:3") while the problem's own file is shown relative to cwd.
  it.fails('duplicate ids name the first declaration relative to the working folder', async () => {
    const dir = scratch({ ...GOOD, 'L/a.yaml': 'version: 1\nentities:\n  x: { name: Xland, type: country }\n', 'L/b.yaml': 'version: 1\nentities:\n  x: { name: Xland Two, type: country }\n' });
    const result = await cli(['check', 'good.md', '--ledger', 'L'], dir);
    expect(result.stderr.split('\n')[0]).toBe('L/b.yaml:3:3: error: duplicate entity `x`: already declared at L/a.yaml:3:3');
  });

  it('a missing ledger folder', async () => {
    const result = await cli(['check', 'good.md', '--ledger', 'nowhere'], scratch(GOOD));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('nowhere: error: no such file or directory\nledgerlint: the ledger cannot be used; run `ledgerlint ledger validate` for details\n');
  });

  it('a 100 MB ledger file is refused, before reading it, with the size limit', async () => {
    const dir = scratch(GOOD);
    mkdirSync(path.join(dir, 'L'));
    const fd = openSync(path.join(dir, 'L/big.yaml'), 'w');
    writeSync(fd, 'version: 1\nentities:\n');
    const chunk = Array.from({ length: 20_000 }, (_, i) => `  e${i}: { name: "Entity ${i}", type: country }\n`).join('');
    for (let written = 0, k = 0; written < 100 * 1024 * 1024; written += chunk.length, k++) writeSync(fd, chunk.replace(/^ {2}e/gm, `  e${k}-`));
    closeSync(fd);
    const result = await cli(['check', 'good.md', '--ledger', 'L'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^L\/big\.yaml: error: too big to read: 1\d\d(?:\.\d)? MB, over the 1 MB limit for one ledger file; split it into several files$/);
  });

  it('a ledger file just under the limit is read (duplicate keys found in one pass)', async () => {
    const entities = Array.from({ length: 18_000 }, (_, i) => `  e${i}: { name: "Entity ${i}", type: country }`).join('\n');
    const dir = scratch({ ...GOOD, 'L/a.yaml': `version: 1\nentities:\n${entities}\n  e5: { name: Again, type: country }\n` });
    const result = await cli(['check', 'good.md', '--ledger', 'L'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('L/a.yaml:18003:3: error: invalid YAML: Map keys must be unique');
  });
});

describe('output paths', () => {
  it('--output in a missing folder: the folder is created', async () => {
    const dir = scratch(GOOD);
    const result = await cli(['check', 'good.md', '--format', 'json', '--output', 'new/deeper/report.json'], dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('');
    expect(JSON.parse((await import('node:fs')).readFileSync(path.join(dir, 'new/deeper/report.json'), 'utf8')).version).toBe(1);
  });

  it('--output under a file: exit 2 and one line', async () => {
    const dir = scratch(GOOD);
    const result = await cli(['check', 'good.md', '--output', 'good.md/report.txt'], dir);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'ledgerlint: cannot write good.md/report.txt: a part of the path is a file, not a directory\n' });
  });

  it('--report-dir under a file: exit 2', async () => {
    const dir = scratch(GOOD);
    const result = await cli(['check', 'good.md', '--report-dir', 'good.md/reports'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^ledgerlint: cannot write .*good\.md\/reports\/report\.md: a part of the path is a file, not a directory\n$/);
  });

  it('--report-dir under a file names the path as given', async () => {
    const dir = scratch(GOOD);
    const result = await cli(['check', 'good.md', '--report-dir', 'good.md/reports'], dir);
    expect(result.stderr).toBe('ledgerlint: cannot write good.md/reports/report.md: a part of the path is a file, not a directory\n');
  });
});

describe('fixtures', () => {
  it('character references in Markdown keep the offsets after them (tests/fixtures/robustness)', async () => {
    const result = await cli(['check', '.'], fixtures);
    expect(problemLines(result.stdout)).toEqual([]);
    expect(result.stdout.split('\n').filter((l) => l.includes('  error  ')).map((l) => l.replace(/  error  (.{40}).*  (\S+)$/, ' $1 $2'))).toEqual([
      'character-references.md:5:60 `nine` countries as of 2025-02-27 (front stale-count',
    ]);
  });
});
