/**
 * Paragraphs of the sample articles in sources/, so the archive also carries
 * real prose — real claims included — between its templated paragraphs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SOURCES = fileURLToPath(new URL('../../sources', import.meta.url));

let cached: string[] | undefined;

/** Every line of the sample articles long enough to be a paragraph, in file order. */
export function sampleParagraphs(): string[] {
  cached ??= readdirSync(SOURCES)
    .filter((name) => /\.(?:txt|md)$/.test(name))
    .sort()
    .flatMap((name) => readFileSync(path.join(SOURCES, name), 'utf8').split(/\r?\n/))
    .map((line) => line.trim())
    .filter((line) => line.length >= 60);
  return cached;
}
