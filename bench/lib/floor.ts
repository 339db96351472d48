/**
 * The floor every figure is a ratio to: read each file, decode it, and parse
 * it with remark (remark-parse, remark-gfm, remark-frontmatter, configured as
 * src/ingest does) — no extraction. Plain-text files are parsed by remark too,
 * as the issue defines the floor ("read files + remark-parse"); the time
 * without that (src/ingest splits plain text into lines) is kept apart.
 */
import { readFile } from 'node:fs/promises';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

export interface PassTime {
  readonly seconds: number;
  /** The same pass as src/ingest needs it: plain text read and decoded but not parsed by remark. */
  readonly markdownOnlySeconds: number;
  readonly bytes: number;
  readonly files: number;
}

/** One single-threaded pass over `files`, timed. */
export async function floorPass(files: readonly string[]): Promise<PassTime> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let reading = 0;
  let parsingMarkdown = 0;
  let parsingPlain = 0;
  let bytes = 0;
  for (const file of files) {
    const started = performance.now();
    const data = await readFile(file);
    bytes += data.length;
    const text = decoder.decode(data);
    const read = performance.now();
    parser.parse(text);
    const parsed = performance.now() - read;
    reading += read - started;
    if (MARKDOWN.test(file)) parsingMarkdown += parsed;
    else parsingPlain += parsed;
  }
  return { seconds: (reading + parsingMarkdown + parsingPlain) / 1000, markdownOnlySeconds: (reading + parsingMarkdown) / 1000, bytes, files: files.length };
}
