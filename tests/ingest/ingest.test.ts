/**
 * Ingest: bytes or text → Article. Blocks keep exact offsets into the text,
 * document dates come from datelines, dated titles and front matter, and bad
 * input becomes a Problem instead of a crash.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceSpan, type Block } from '../../src/ingest/article.js';
import { ingest, readArticle, type Article } from '../../src/ingest/index.js';
import { precisionOf } from '../../src/time/partial-date.js';
import { expectWellFormed } from '../helpers.js';

const SOURCES = 'sources';
const sourceFiles = readdirSync(SOURCES).filter((f) => f.endsWith('.txt')).sort();

function articleOf(file: string, input: string | Uint8Array): Article {
  const { article } = ingest(file, input);
  if (!article) throw new Error(`no article for ${file}`);
  expectWellFormed({ article, claims: [] });
  return article;
}

/** The source text a range of a block's readable text maps back to. */
function mapped(article: Article, block: Block, word: string): string {
  const at = block.text.indexOf(word);
  expect(at, `"${word}" in block text ${JSON.stringify(block.text)}`).toBeGreaterThanOrEqual(0);
  const span = sourceSpan(block, at, at + word.length);
  return article.text.slice(span.start, span.end);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('plain text', () => {
  it('reads the four sample articles', () => {
    expect(sourceFiles).toHaveLength(4);
  });

  it.each(sourceFiles)('%s: every non-empty line is one block, at its exact offsets', (file) => {
    const text = readFileSync(path.join(SOURCES, file), 'utf8');
    const { article, problems } = ingest(file, text);
    expect(problems).toEqual([]);
    expect(article!.format).toBe('text');
    const lines = text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
    expect(article!.blocks.map((b) => b.text)).toEqual(lines);
    for (const block of article!.blocks) {
      expect(block.kind).toBe('line');
      expect(text.slice(block.span.start, block.span.end)).toBe(block.text);
    }
    expectWellFormed({ article, claims: [] });
  });

  it('keeps exact offsets with CRLF line endings', () => {
    const text = 'First line\r\n\r\n  Second line  \r\nThird';
    const article = articleOf('crlf.txt', text);
    expect(article.blocks.map((b) => [b.text, b.span.start, b.span.end])).toEqual([
      ['First line', 0, 10],
      ['Second line', 16, 27],
      ['Third', 31, 36],
    ]);
    for (const b of article.blocks) expect(text.slice(b.span.start, b.span.end)).toBe(b.text);
  });

  it('keeps exact offsets with lone-CR line endings', () => {
    const text = 'Old Mac line\r\rNext one\rLast';
    const article = articleOf('cr.txt', text);
    expect(article.blocks.map((b) => [b.text, b.span.start, b.span.end])).toEqual([
      ['Old Mac line', 0, 12],
      ['Next one', 14, 22],
      ['Last', 23, 27],
    ]);
    for (const b of article.blocks) expect(text.slice(b.span.start, b.span.end)).toBe(b.text);
  });

  it('reads the dateline "Feb 27, 2025 / 21:17" as the article date', () => {
    const text = 'NAVIGATION MENU\nFeb 27, 2025 / 21:17\n\nA headline about partners\n\nBody text.';
    const article = articleOf('a.txt', text);
    expect(article.date?.date).toEqual({ year: 2025, month: 2, day: 27 });
    expect(article.date?.source).toBe('dateline');
    expect(text.slice(article.date!.span!.start, article.date!.span!.end)).toBe('Feb 27, 2025');
    expect(article.titleDate).toBeUndefined();
    // Plain text with a dateline: the title is the next line.
    expect(article.title?.text).toBe('A headline about partners');
  });

  it('reads the dateline of the real Feb 2025 article', () => {
    const file = '2025-02-27-hanoi-times-diplomacy-through-csp.txt';
    const article = articleOf(file, readFileSync(path.join(SOURCES, file), 'utf8'));
    expect(article.date).toMatchObject({ date: { year: 2025, month: 2, day: 27 }, source: 'dateline' });
    expect(article.text.slice(article.date!.span!.start, article.date!.span!.end)).toBe('Feb 27, 2025');
  });

  it('reads a wire dateline that opens the first paragraph', () => {
    const text = 'Ministers meet in the capital\nLIMA, 14 Nov 2024 (Andina) - Peru and its neighbours signed the accord on Thursday.\n';
    const article = articleOf('a.txt', text);
    expect(article.date).toMatchObject({ date: { year: 2024, month: 11, day: 14 }, source: 'dateline' });
    expect(text.slice(article.date!.span!.start, article.date!.span!.end)).toBe('14 Nov 2024');
  });

  it('does not take a dated sentence with a dash for a dateline', () => {
    const article = articleOf('a.txt', 'Heads of state met on 14 Nov 2024 in Lima - and signed nothing.\n');
    expect(article.date).toBeUndefined();
  });

  it('reads a title ending "(Oct 2025)" as a month-precision title date', () => {
    const text = 'A caption above the title\nVietnam and Its Partners (Oct 2025)\nBody text.';
    const article = articleOf('a.txt', text);
    expect(article.titleDate?.date).toEqual({ year: 2025, month: 10 });
    expect(precisionOf(article.titleDate!.date)).toBe('month');
    expect(article.titleDate?.source).toBe('title');
    expect(text.slice(article.titleDate!.span!.start, article.titleDate!.span!.end)).toBe('Oct 2025');
    expect(article.title?.text).toBe('Vietnam and Its Partners (Oct 2025)');
    expect(article.date).toBeUndefined();
  });

  it('gives the real Oct 2025 article its title date', () => {
    const file = '2025-10-elite-diplomatic-sphere-14-csps.txt';
    const article = articleOf(file, readFileSync(path.join(SOURCES, file), 'utf8'));
    expect(article.titleDate).toMatchObject({ date: { year: 2025, month: 10 }, source: 'title' });
    expect(article.date).toBeUndefined();
  });

  it('gives no date to an article without a dateline or dated title', () => {
    const article = articleOf('a.txt', 'Diplomatic mark\nVietnam upgraded ties in 2023 and again in March 2025.\n');
    expect(article.date).toBeUndefined();
    expect(article.titleDate).toBeUndefined();
    const undated = articleOf('u.txt', readFileSync(path.join(SOURCES, 'undated-diplomatic-mark-csp-timeline.txt'), 'utf8'));
    expect(undated.date).toBeUndefined();
    expect(undated.titleDate).toBeUndefined();
  });

  it('does not take a list line "China (May 2008)" near the top for a dated title', () => {
    const text = 'Feb 27, 2025 / 21:17\nVietnam has comprehensive strategic partnerships with ten countries:\nChina (May 2008)\nRussia (July 2012)\n';
    const article = articleOf('a.txt', text);
    expect(article.date?.source).toBe('dateline');
    expect(article.titleDate).toBeUndefined();
  });
});

describe('markdown', () => {
  const md = [
    '---', //                                          line 1
    'title: Vietnam and its partners', //              line 2
    'date: 2025-03-01', //                             line 3
    '---',
    '',
    "# Vietnam's **partners** today",
    '',
    'Vietnam has [fourteen](https://example.com/csp) comprehensive strategic `partners` now.',
    '',
    '- China',
    '- Russia',
    '',
    '1. India',
    '2. Japan',
    '',
    '| Partner | Since |',
    '| --- | --- |',
    '| Malaysia | 2024 |',
    '',
  ].join('\n');

  it('reads title and date from the front matter', () => {
    const { article, problems } = ingest('a.md', md);
    expect(problems).toEqual([]);
    expect(article!.format).toBe('markdown');
    expect(article!.title?.text).toBe('Vietnam and its partners');
    expect(md.slice(article!.title!.span.start, article!.title!.span.end)).toBe('Vietnam and its partners');
    expect(article!.date).toMatchObject({ date: { year: 2025, month: 3, day: 1 }, source: 'front-matter' });
    expect(md.slice(article!.date!.span!.start, article!.date!.span!.end)).toBe('2025-03-01');
  });

  it('reads front matter with CRLF line endings at the right offsets', () => {
    const text = '---\r\ntitle: Partners\r\ndate: 2025-03-01\r\n---\r\n\r\nHello **bold** there.\r\n';
    const { article, problems } = ingest('a.md', text);
    expect(problems).toEqual([]);
    expect(text.slice(article!.title!.span.start, article!.title!.span.end)).toBe('Partners');
    expect(text.slice(article!.date!.span!.start, article!.date!.span!.end)).toBe('2025-03-01');
    expect(mapped(article!, article!.blocks[0]!, 'bold')).toBe('bold');
  });

  it('warns about a front-matter date that is not a date, at its line', () => {
    const text = '---\ntitle: Soon\ndate: soon\n---\n\nText here.\n';
    const { article, problems } = ingest('bad.md', text);
    expect(problems).toEqual([
      { file: 'bad.md', line: 3, column: 7, message: 'front matter `date: soon` is not a date: expected YYYY-MM-DD', severity: 'warning' },
    ]);
    expect(article!.date).toBeUndefined();
    expect(article!.title?.text).toBe('Soon');
  });

  it('counts the line of a bad date after other keys and with CRLF', () => {
    const text = '---\r\ntitle: T\r\nauthor: A\r\ndate: 2025-02-30\r\n---\r\nBody.\r\n';
    const { problems } = ingest('bad.md', text);
    expect(problems).toEqual([
      { file: 'bad.md', line: 4, column: 7, message: 'front matter `date: 2025-02-30` is not a date: expected YYYY-MM-DD', severity: 'warning' },
    ]);
  });

  it('cuts headings, paragraphs, list items and table cells into blocks', () => {
    const article = articleOf('a.md', md);
    expect(article.blocks.map((b) => [b.kind, b.text, b.list])).toEqual([
      ['heading', "Vietnam's partners today", undefined],
      ['paragraph', 'Vietnam has fourteen comprehensive strategic partners now.', undefined],
      ['list-item', 'China', { id: 0, ordered: false }],
      ['list-item', 'Russia', { id: 0, ordered: false }],
      ['list-item', 'India', { id: 1, ordered: true }],
      ['list-item', 'Japan', { id: 1, ordered: true }],
      ['table-cell', 'Partner', undefined],
      ['table-cell', 'Since', undefined],
      ['table-cell', 'Malaysia', undefined],
      ['table-cell', '2024', undefined],
    ]);
    // A block's span covers its source, markup included.
    expect(md.slice(article.blocks[0]!.span.start, article.blocks[0]!.span.end)).toBe("# Vietnam's **partners** today");
    expect(md.slice(article.blocks[4]!.span.start, article.blocks[4]!.span.end)).toBe('India');
  });

  it('strips inline markup from block text but maps offsets back to the source', () => {
    const article = articleOf('a.md', md);
    const [heading, paragraph] = article.blocks;
    expect(mapped(article, heading!, 'partners')).toBe('partners');
    expect(mapped(article, heading!, "Vietnam's")).toBe("Vietnam's");
    expect(mapped(article, heading!, 'today')).toBe('today');
    expect(mapped(article, paragraph!, 'fourteen')).toBe('fourteen');
    expect(mapped(article, paragraph!, 'comprehensive strategic')).toBe('comprehensive strategic');
    expect(mapped(article, paragraph!, 'partners')).toBe('partners');
    expect(mapped(article, paragraph!, 'now.')).toBe('now.');
    for (const cell of article.blocks.filter((b) => b.kind === 'table-cell')) expect(mapped(article, cell, cell.text)).toBe(cell.text);
    // A range across markup starts and ends on the right words.
    const at = paragraph!.text.indexOf('fourteen');
    const span = sourceSpan(paragraph!, at, paragraph!.text.indexOf(' now'));
    expect(md.slice(span.start, span.end)).toBe('fourteen](https://example.com/csp) comprehensive strategic `partners');
  });

  it('maps words on an indented continuation line of a list item back to the source', () => {
    const text = '- item one\n  continued lazily\n';
    const article = articleOf('wrap.md', text);
    expect(article.blocks[0]!.text).toBe('item one\ncontinued lazily');
    expect(mapped(article, article.blocks[0]!, 'lazily')).toBe('lazily');
  });

  it('maps words on the second line of a blockquote back to the source', () => {
    const text = '> Vietnam has partners\n> with eleven countries.\n';
    const article = articleOf('quote.md', text);
    expect(mapped(article, article.blocks[0]!, 'eleven')).toBe('eleven');
  });
});

describe('bad input through ingest(path, bytes)', () => {
  it('warns about an empty file', () => {
    const { article, problems } = ingest('empty.txt', new Uint8Array());
    expect(problems).toEqual([{ file: 'empty.txt', message: 'empty file: nothing to check', severity: 'warning' }]);
    expect(article?.blocks).toEqual([]);
  });

  it('warns about a file of whitespace only', () => {
    const { article, problems } = ingest('blank.txt', utf8('  \n\t\r\n '));
    expect(problems).toEqual([{ file: 'blank.txt', message: 'only whitespace: nothing to check', severity: 'warning' }]);
    expect(article?.blocks).toEqual([]);
  });

  it('refuses a file with a NUL byte, naming its offset', () => {
    const { article, problems } = ingest('bin.txt', new Uint8Array([0x41, 0x42, 0x43, 0x00, 0x44]));
    expect(article).toBeUndefined();
    expect(problems).toEqual([{ file: 'bin.txt', message: 'binary file (NUL byte at offset 3): expected text', severity: 'error' }]);
  });

  it('refuses invalid UTF-8, naming the byte offset of the first bad byte', () => {
    const { article, problems } = ingest('latin1.txt', new Uint8Array([0x41, 0x42, 0xc3, 0x28, 0x43]));
    expect(article).toBeUndefined();
    expect(problems).toEqual([{ file: 'latin1.txt', message: 'not valid UTF-8 (first bad byte at offset 2): save the file as UTF-8', severity: 'error' }]);
  });

  it('counts multi-byte characters before the bad byte in bytes', () => {
    // "€" is three bytes; the stray 0xFF is at byte 4.
    const { problems } = ingest('euro.txt', new Uint8Array([0xe2, 0x82, 0xac, 0x41, 0xff]));
    expect(problems).toEqual([{ file: 'euro.txt', message: 'not valid UTF-8 (first bad byte at offset 4): save the file as UTF-8', severity: 'error' }]);
  });

  it('counts the UTF-8 BOM in the offset of a bad byte', () => {
    const { problems } = ingest('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff]));
    expect(problems[0]?.message).toBe('not valid UTF-8 (first bad byte at offset 4): save the file as UTF-8');
  });

  it('is not misled by a genuine U+FFFD before the bad byte', () => {
    const { problems } = ingest('fffd.txt', new Uint8Array([0x41, 0xef, 0xbf, 0xbd, 0x42, 0xff]));
    expect(problems[0]?.message).toBe('not valid UTF-8 (first bad byte at offset 5): save the file as UTF-8');
  });

  it('strips a UTF-8 BOM: offsets count from after it', () => {
    const { article, problems } = ingest('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Feb 27, 2025 / 21:17\nHeadline')]));
    expect(problems).toEqual([]);
    expect(article!.text).toBe('Feb 27, 2025 / 21:17\nHeadline');
    expect(article!.blocks.map((b) => [b.text, b.span.start])).toEqual([
      ['Feb 27, 2025 / 21:17', 0],
      ['Headline', 21],
    ]);
    expect(article!.date?.span).toEqual({ start: 0, end: 12 });
  });

  it('decodes UTF-16LE with a BOM, with a warning', () => {
    const bytes = new Uint8Array(Buffer.from('\ufeffVietnam’s partners\nSecond line', 'utf16le'));
    const { article, problems } = ingest('wide.txt', bytes);
    expect(problems).toEqual([{ file: 'wide.txt', message: 'decoded as UTF-16LE; UTF-8 is expected', severity: 'warning' }]);
    expect(article!.text).toBe('Vietnam’s partners\nSecond line');
    expect(article!.blocks.map((b) => [b.text, b.span.start])).toEqual([
      ['Vietnam’s partners', 0],
      ['Second line', 19],
    ]);
  });

  it('refuses UTF-16LE with an odd number of bytes', () => {
    const { article, problems } = ingest('odd.txt', new Uint8Array([0xff, 0xfe, 0x41]));
    expect(article).toBeUndefined();
    expect(problems).toEqual([{ file: 'odd.txt', message: 'not valid UTF-16LE', severity: 'error' }]);
  });

  it('reports a missing file from readArticle', async () => {
    const missing = path.join('tests', 'no-such-dir', 'missing.txt');
    expect(await readArticle(missing)).toEqual({
      problems: [{ file: missing, message: 'cannot read: no such file or directory', severity: 'error' }],
    });
  });

  it('reads a real file from readArticle', async () => {
    const file = path.join(SOURCES, '2025-11-csp-investment-outlook.txt');
    const { article, problems } = await readArticle(file);
    expect(problems).toEqual([]);
    expect(article!.path).toBe(file);
    expect(article!.blocks[0]!.text).toMatch(/^As of November 2025, Vietnam has established/);
  });
});

describe('pathological Markdown', () => {
  it('reads 5,000 nested block quotes without overflowing the stack', () => {
    const { article, problems } = ingest('deep.md', `${'>'.repeat(5000)} Vietnam has nine partners.\n`);
    expect(problems).toEqual([]);
    expect(article!.blocks.map((b) => b.text)).toEqual(['Vietnam has nine partners.']);
  });

  it('cuts a list item over 16 kB into list-item blocks of the same list, every offset kept', () => {
    const text = `- ${'China (May 2008), '.repeat(2000)}\n`;
    const { article } = ingest('long.md', text);
    const blocks = article!.blocks;
    expect(blocks.length).toBeGreaterThan(1);
    expect(new Set(blocks.map((b) => `${b.kind} ${b.list?.id}`))).toEqual(new Set(['list-item 0']));
    for (const block of blocks) expect(block.text.length).toBeLessThanOrEqual(16 * 1024);
    expect(blocks.map((b) => b.text).join('').replace(/\s+/g, '')).toBe('China (May 2008), '.repeat(2000).replace(/\s+/g, ''));
  });
});
