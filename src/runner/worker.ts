/**
 * A pool worker: checks one article per task. The ledger is loaded once per
 * worker (the main thread has already validated it).
 */
import { readFile } from 'node:fs/promises';
import type { FileResult } from '../check.js';
import { buildLexicon, type Lexicon } from '../extract/index.js';
import { loadLedger } from '../ledger/load.js';
import type { ArticleOptions } from './options.js';
import { checkBytes, unreadable } from './check-bytes.js';

const lexicons = new Map<string, Promise<Lexicon>>();

export default async function checkInWorker({ file, options }: { file: string; options: ArticleOptions }): Promise<FileResult> {
  let lexicon = lexicons.get(options.ledgerDir);
  if (!lexicon) lexicons.set(options.ledgerDir, (lexicon = loadLedger(options.ledgerDir).then(buildLexicon)));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return unreadable(file, error);
  }
  return checkBytes(file, bytes, await lexicon, options);
}
