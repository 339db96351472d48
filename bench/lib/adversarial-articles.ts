/**
 * Whole adversarial articles for the backtracking benchmark: each is built at
 * three sizes, each double the last, so its time growth shows through the
 * whole pipeline — remark, the sentence splitter, every pattern, compromise,
 * chrono and the rules.
 */
import { repeated } from './adversarial.js';

export interface AdversarialArticle {
  readonly name: string;
  /** Its extension picks Markdown or plain text. */
  readonly file: string;
  /** The sizes, in the article's own unit (names, levels, bytes …). */
  readonly sizes: readonly [number, number, number];
  readonly build: (size: number) => string;
}

const NAMES = ['China', 'Russia', 'India', 'South Korea', 'the United States', 'Japan', 'Australia', 'France', 'Malaysia', 'New Zealand', 'Indonesia', 'Singapore', 'Thailand', 'the United Kingdom'];
const names = (count: number, separator = ', ') => Array.from({ length: count }, (_, i) => NAMES[i % NAMES.length]).join(separator);
const dateline = 'Feb 27, 2025 / 21:17\n';

export const ADVERSARIAL_ARTICLES: readonly AdversarialArticle[] = [
  {
    name: 'comma-separated country names after a count',
    file: 'a.txt',
    sizes: [2_500, 5_000, 10_000],
    build: (n) => `${dateline}Vietnam has comprehensive strategic partnerships with ${n} countries: ${names(n)}.\n`,
  },
  {
    name: 'a line of digits (bytes)',
    file: 'a.txt',
    sizes: [256_000, 512_000, 1_024_000],
    build: (n) => `${dateline}Comprehensive strategic partnerships: ${repeated('0123456789', n)}\n`,
  },
  {
    name: 'nested parentheses (levels)',
    file: 'a.txt',
    sizes: [1_250, 2_500, 5_000],
    build: (n) => `${dateline}Vietnam's comprehensive strategic partners ${'('.repeat(n)}China (May 2008)${')'.repeat(n)} number 14.\n`,
  },
  {
    name: '"and and and …" in a list (words)',
    file: 'a.txt',
    sizes: [2_500, 5_000, 10_000],
    build: (n) => `${dateline}Vietnam has comprehensive strategic partnerships with 3 countries: China and ${'and '.repeat(n)}Russia and India.\n`,
  },
  {
    name: 'repeated "(May 2008)" entries',
    file: 'a.txt',
    sizes: [1_000, 2_000, 4_000],
    build: (n) => `${dateline}Vietnam's comprehensive strategic partners: ${Array.from({ length: n }, (_, i) => `${NAMES[i % NAMES.length]} (May 2008)`).join(', ')}.\n`,
  },
  {
    name: 'repeated "Comprehensive Strategic Partnership"',
    file: 'a.txt',
    sizes: [500, 1_000, 2_000],
    build: (n) => `${dateline}${'Comprehensive Strategic Partnership '.repeat(n)}with 14 countries.\n`,
  },
  {
    name: 'counts with units, one after another',
    file: 'a.txt',
    sizes: [250, 500, 1_000],
    build: (n) => `${dateline}Vietnam has comprehensive strategic partnerships with ${Array.from({ length: n }, (_, i) => `${i % 20} countries`).join(', ')}.\n`,
  },
  {
    name: 'a run of spaces after a count (a block is at most 16 kB)',
    file: 'a.txt',
    sizes: [3_750, 7_500, 15_000],
    build: (n) => `${dateline}Vietnam has comprehensive strategic partnerships with 14 countries${' '.repeat(n)}!\n`,
  },
  {
    name: 'runs of spaces between list words',
    file: 'a.txt',
    sizes: [1_250, 2_500, 5_000],
    build: (n) => `${dateline}Vietnam's comprehensive strategic partners are China,${' '.repeat(n)}Russia${' '.repeat(n)}and India, updated to${' '.repeat(n)}June 2025.\n`,
  },
  {
    name: 'a Markdown heading of names (bytes; headings are not cut)',
    file: 'a.md',
    sizes: [128_000, 256_000, 512_000],
    build: (n) => `---\ndate: 2025-02-27\n---\n\n# Comprehensive strategic partners ${repeated('China, Russia and India ', n)}\n`,
  },
  {
    name: 'a Markdown list item of dated names (bytes; list items are not cut)',
    file: 'a.md',
    sizes: [128_000, 256_000, 512_000],
    build: (n) => `---\ndate: 2025-02-27\n---\n\n- Comprehensive strategic partners: ${repeated('China (May 2008), ', n)}\n`,
  },
  {
    name: 'a Markdown table of partners (rows)',
    file: 'a.md',
    sizes: [500, 1_000, 2_000],
    build: (n) => `---\ndate: 2025-02-27\n---\n\nComprehensive strategic partners:\n\n| partner | since |\n| --- | --- |\n${Array.from({ length: n }, (_, i) => `| ${NAMES[i % NAMES.length]} | May 2008 |`).join('\n')}\n`,
  },
  {
    name: 'nested block quotes (levels)',
    file: 'a.md',
    sizes: [1_250, 2_500, 5_000],
    build: (n) => `---\ndate: 2025-02-27\n---\n\n${'>'.repeat(n)} Vietnam has comprehensive strategic partnerships with 14 countries.\n`,
  },
];
